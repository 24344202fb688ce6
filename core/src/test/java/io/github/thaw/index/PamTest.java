package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import org.junit.jupiter.api.Test;

class PamTest {

  /** PAM's aggregate: the sum of 0–3 codes over 3 × provisions, times 100, divided once. */
  static double pam(int sum, int provisions) {
    return sum * 100.0 / (3 * provisions);
  }

  @Test
  void reproducesPamOnTheWorkedExample() {
    // Codes: envoys 3, crossing 1, border-opening 2 (not capped: PAM has no gating), flights 3,
    // railway 1 (latest report). Sum 10 over 5 provisions: 10 / 15 × 100.
    IndexResult r = IndexMethod.pam().evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.value()).isEqualTo(pam(10, 5)).isEqualTo(66.66666666666667);
    // Each dimension alone: borders 3 + 1 + 2 of 9, transport 3 + 1 of 6.
    assertThat(r.dimensions())
        .containsExactly(entry("borders", 600.0 / 9), entry("transport", 400.0 / 6));
    assertThat(r.findings()).isEmpty();
    // The band: railway at IN_PROGRESS gives 11 / 15.
    assertThat(r.high()).isEqualTo(pam(11, 5));
  }

  @Test
  void reproducesPamOnATwelveProvisionAccord() {
    // An accord of twelve provisions coded 3, 3, 2, 2, 2, 1, 1, 1, 1, 0, 0, 0 (sum 16).
    ProcessModel accord = Examples.levels(3, 3, 2, 2, 2, 1, 1, 1, 1, 0, 0, 0);

    assertThat(IndexMethod.pam().evaluate(accord, Examples.AS_OF).value())
        .isEqualTo(pam(16, 12))
        .isEqualTo(44.44444444444444);
  }

  @Test
  void dividesOnceSoTheLastDigitMatches() {
    // One provision coded 1: 1 × 100 / 3 = 33.333333333333336, where (1 / 3) × 100 would give
    // 33.33333333333333.
    double value = IndexMethod.pam().evaluate(Examples.levels(1), Examples.AS_OF).value();

    assertThat(value).isEqualTo(33.333333333333336).isNotEqualTo(1 / 3.0 * 100);
  }

  @Test
  void ignoresDimensionsWeightsAndPrerequisites() {
    // Two dimensions, unequal model weights, a hard dependency: PAM counts codes 3 and 2 only.
    ProcessModel m =
        ProcessModel.builder("Ignored")
            .dimension(new Dimension("a", "A", 5, ""))
            .dimension(Dimension.of("b", "B"))
            .milestone(Milestone.builder("p", "P", "a").weight(10).build())
            .milestone(Milestone.builder("q", "Q", "b").requires("p").build())
            .source(new Source("s1", "", "", null, ""))
            .event(Examples.status("2020-01-01", "p", Status.IN_PROGRESS, "s1"))
            .event(Examples.status("2020-01-01", "q", Status.COMPLETED, "s1"))
            .build();

    IndexResult r = IndexMethod.pam().evaluate(m, Examples.AS_OF);

    assertThat(r.value()).isEqualTo(pam(5, 2));
    assertThat(r.milestone("q").weight()).isEqualTo(0.5);
  }
}
