package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Status;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusScoresTest {

  @Test
  void defaultsAreThePamCodingOverThree() {
    StatusScores s = StatusScores.defaults();

    assertThat(s.scale()).isEqualTo(3);
    assertThat(s.points(Status.NOT_STARTED)).isZero();
    assertThat(s.points(Status.AGREED)).isEqualTo(1);
    assertThat(s.points(Status.IN_PROGRESS)).isEqualTo(2);
    assertThat(s.points(Status.COMPLETED)).isEqualTo(3);
    assertThat(s.score(Status.AGREED)).isEqualTo(1.0 / 3);
    assertThat(s.score(Status.IN_PROGRESS)).isEqualTo(2.0 / 3);
    assertThat(s.score(Status.COMPLETED)).isEqualTo(1.0);
    assertThat(s).hasToString("0, 1/3, 2/3, 1");
  }

  @Test
  void customScoresAreKeptAsGiven() {
    StatusScores s = StatusScores.of(0, 0.1, 0.4, 1);

    assertThat(s.score(Status.AGREED)).isEqualTo(0.1);
    assertThat(s.score(Status.IN_PROGRESS)).isEqualTo(0.4);
    assertThat(s.scale()).isEqualTo(1);
    assertThat(s).hasToString("0, 0.1, 0.4, 1");
    assertThat(s).isEqualTo(StatusScores.of(0, 0.1, 0.4, 1)).isNotEqualTo(StatusScores.defaults());
    assertThat(s.hashCode()).isEqualTo(StatusScores.of(0, 0.1, 0.4, 1).hashCode());
  }

  @Test
  void pointsOverAScale() {
    StatusScores s = StatusScores.ofPoints(10, 0, 2, 5, 10);

    assertThat(s.score(Status.AGREED)).isEqualTo(0.2);
    assertThat(s.score(Status.IN_PROGRESS)).isEqualTo(0.5);
    assertThat(s).hasToString("0, 2/10, 5/10, 1");
  }

  @Test
  void equalScoresForNeighbouringStatusesAreAllowed() {
    StatusScores s = StatusScores.of(0, 0, 1, 1);

    assertThat(s.score(Status.AGREED)).isZero();
    assertThat(s.score(Status.COMPLETED)).isEqualTo(1);
  }

  @Test
  void customScoresChangeTheIndexAsComputedByHand() {
    // Worked example with scores 0, 0.1, 0.4, 1:
    // borders   = (1·1 + 1·0.1 + 2·0.1) / 4 = 0.325  (border-opening capped at AGREED)
    // transport = (1·1 + 1·0.1) / 2 = 0.55; with railway at IN_PROGRESS (high): (1 + 0.4) / 2 = 0.7
    IndexMethod m = IndexMethod.legacy().toBuilder().scores(0, 0.1, 0.4, 1).build();

    IndexResult r = m.evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.dimensions().get("borders")).isCloseTo(32.5, within(1e-12));
    assertThat(r.dimensions().get("transport")).isCloseTo(55.0, within(1e-12));
    assertThat(r.value()).isCloseTo(43.75, within(1e-12));
    assertThat(r.high()).isCloseTo((32.5 + 70) / 2, within(1e-12));
  }

  static Stream<Arguments> badScores() {
    return Stream.of(
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.of(0, 1.5, 1.5, 1.5),
            "score of AGREED is 1.5; every score must lie in [0, 1]"),
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.of(-0.1, 0, 0, 1),
            "score of NOT_STARTED is -0.1; every score must lie in [0, 1]"),
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.of(0, Double.NaN, 1, 1),
            "score of AGREED is NaN; every score must lie in [0, 1]"),
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.of(0, 0.5, 0.2, 1),
            "score of IN_PROGRESS (0.2) is below the score of AGREED (0.5); scores must not"
                + " decrease from NOT_STARTED to COMPLETED"),
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.of(0, 1),
            "expected 4 status scores, one each for NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED;"
                + " got 2"),
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.ofPoints(0, 0, 1, 2, 3),
            "score scale is 0.0; it must be a finite number > 0"),
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.ofPoints(Double.NaN, 0, 1, 2, 3),
            "score scale is NaN; it must be a finite number > 0"),
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.ofPoints(3, 0, 1, 4, 3),
            "points of IN_PROGRESS are 4.0; points must lie in [0, 3.0], the scale"),
        Arguments.of(
            (Supplier<StatusScores>) () -> StatusScores.ofPoints(3, 0, 2, 1, 3),
            "points of IN_PROGRESS (1.0) are below the points of AGREED (2.0); points must not"
                + " decrease from NOT_STARTED to COMPLETED"));
  }

  @ParameterizedTest
  @MethodSource("badScores")
  void badScoresAreRefusedNamingTheValue(Supplier<StatusScores> make, String message) {
    assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
