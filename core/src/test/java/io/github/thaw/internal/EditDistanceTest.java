package io.github.thaw.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest
  @CsvSource({
    "name, name, 0",
    "nmae, name, 1",
    "raiway, railway, 1",
    "kitten, sitting, 3",
    "'', abc, 3",
    "ca, abc, 3"
  })
  void distanceCountsSwapsAsOneEdit(String a, String b, int expected) {
    assertThat(EditDistance.distance(a, b)).isEqualTo(expected);
    assertThat(EditDistance.distance(b, a)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "raiway-rehabilitation, ' (did you mean ''railway-rehabilitation''?)'",
    "zz, ''",
    "nmae, ' (did you mean ''name''?)'"
  })
  void hintsOnlyPlausibleTypos(String wanted, String hint) {
    assertThat(EditDistance.hint(wanted, List.of("railway-rehabilitation", "name", "s1")))
        .isEqualTo(hint);
  }
}
