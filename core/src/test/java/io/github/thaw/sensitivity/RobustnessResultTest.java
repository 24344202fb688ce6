package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessResultTest {
  @Test
  void describeGivesTheRowCountThePercentRiseAndTheFactorsByTotalIndex() {
    RobustnessResult r =
        new RobustnessResult(
            LocalDate.of(2025, 1, 1),
            64,
            new RobustnessResult.Spread(20.04, 35.54, 50.0, 12.0, 61.26),
            new RobustnessResult.Change(
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), -2.5, 3.0, 9.96, 0.75),
            List.of(
                new RobustnessResult.Factor("scores", 0.10, 0.20),
                new RobustnessResult.Factor("gating", 0.30, 0.60),
                new RobustnessResult.Factor("dateRule", 0.0, 0.05)));

    String nl = System.lineSeparator();
    assertThat(r.describe())
        .isEqualTo(
            "Index at 2025-01-01 over 128 method variants: P5 20.0, median 35.5, P95 50.0 (min"
                + " 12.0, max 61.3)"
                + nl
                + "Change from 2024-01-01 to 2025-01-01: P5 -2.5, median +3.0, P95 +10.0; it rose"
                + " under 75% of variants"
                + nl
                + "Method choices by total Sobol' index (first-order in brackets):\n"
                + "  gating                0.60  ( 0.30)"
                + nl
                + "  scores                0.20  ( 0.10)"
                + nl
                + "  dateRule              0.05  ( 0.00)"
                + nl);
  }
}
