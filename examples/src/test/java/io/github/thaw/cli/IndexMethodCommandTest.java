package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The index command's method-related output: components, presets and the method range. */
class IndexMethodCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void indexJsonCarriesBothComponentsOfTheLibraryResult() throws Exception {
    Run r = thaw("index", "--as-of", "2025-09-30", "--json");
    assertThat(r.code()).isZero();
    JsonNode components = JSON.readTree(r.out()).get("components");

    IndexResult expected =
        IndexMethod.defaults().evaluate(TurkiyeArmenia.model(), LocalDate.of(2025, 9, 30));
    assertThat(components.get("agreement").asDouble())
        .isCloseTo(expected.agreement(), within(1e-9));
    assertThat(components.get("implementation").asDouble())
        .isCloseTo(expected.implementation(), within(1e-9));
    assertThat(expected.implementation()).isLessThan(expected.value());
    assertThat(expected.agreement()).isGreaterThan(expected.value());
  }

  @Test
  void pamImplementationPresetIsTheImplementationComponent() throws Exception {
    JsonNode defaults = JSON.readTree(thaw("index", "--as-of", "2025-09-30", "--json").out());
    Run r = thaw("index", "--as-of", "2025-09-30", "--method", "pam-implementation", "--json");
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).get("value").asDouble())
        .isCloseTo(defaults.get("components").get("implementation").asDouble(), within(1e-9));
  }

  @Test
  void indexTextStatesTheComponents() {
    Run r = thaw("index", "--as-of", "2025-09-30");
    assertThat(r.out()).contains("Components: agreement ").contains(", implementation ");
  }
}
