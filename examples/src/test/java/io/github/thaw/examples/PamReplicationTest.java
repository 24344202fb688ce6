package io.github.thaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.io.MethodFiles;
import io.github.thaw.io.ModelFiles;
import io.github.thaw.model.ProcessModel;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Peace Accords Matrix formulas as published in Joshi, Quinn and Regan's replication code,
 * reproduced by the method files in {@code examples/pam/} on a hand-coded accord, against sums
 * written out here by hand.
 *
 * <p>Codes of the accord (examples/pam/security-accord.yaml): ceasefire 3, demobilisation 2,
 * disarmament 1, military reform 0, police reform 2, withdrawal 3; paramilitary and reintegration
 * are not in the accord. Sum 11 over six provisions present.
 */
class PamReplicationTest {
  private static final Path DIR = Path.of("pam");
  private static final LocalDate AT = LocalDate.of(2021, 1, 1);

  private static double index(String method) throws Exception {
    ProcessModel accord = ModelFiles.read(DIR.resolve("security-accord.yaml"));
    IndexMethod m = MethodFiles.read(DIR.resolve(method));
    return m.evaluate(accord, AT).value();
  }

  @Test
  void aggregateIsTheSumOverThreeTimesTheProvisions() throws Exception {
    // 11 / (3 × 6) × 100
    assertThat(index("aggregate.yaml")).isEqualTo(1100.0 / 18);
  }

  @Test
  void strictSecurityIndexDividesByTwentyFour() throws Exception {
    // 11 / 24 × 100 = 45.83…
    assertThat(index("security-strict.yaml")).isEqualTo(1100.0 / 24);
  }

  @Test
  void lenientSecurityIndexDividesByThreeTimesTheProvisionsPresent() throws Exception {
    // 11 / (3 × 6) × 100 = 61.11…
    assertThat(index("security-lenient.yaml")).isEqualTo(1100.0 / 18);
  }

  @Test
  void frequencyWeightsEnterNumeratorAndDenominator() throws Exception {
    // weighted codes: .153·3 + .132·2 + .148·1 + .138·0 + .127·2 + .074·3 = 1.347
    double weightedCodes = 0.459 + 0.264 + 0.148 + 0 + 0.254 + 0.222;
    // the eight published weights sum to 1.000; without paramilitary (.085) and reintegration
    // (.143) to .772
    double all = 0.153 + 0.132 + 0.148 + 0.138 + 0.085 + 0.127 + 0.143 + 0.074;
    assertThat(all).isCloseTo(1.0, within(1e-12));
    assertThat(index("security-strict-weighted.yaml"))
        .isCloseTo(weightedCodes / (3 * 1.0) * 100, within(1e-9)); // 44.9
    assertThat(index("security-lenient-weighted.yaml"))
        .isCloseTo(weightedCodes / (3 * 0.772) * 100, within(1e-9)); // 58.16…
  }
}
