package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComponentsTest {
  private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-9);

  @Test
  void workedExampleComponentsMatchHandComputation() {
    // GIVEN the worked example at 2025-01-01: counted envoys COMPLETED, crossing AGREED,
    // border-opening AGREED (capped, weight 2), flights COMPLETED, railway AGREED.
    IndexResult r = IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF);

    // THEN agreement: every milestone is at AGREED or beyond, so both dimensions are 100.
    assertThat(r.agreement()).isCloseTo(100.0, EXACT);
    // implementation: borders (1·1 + 1·0 + 2·0) / 4 = 25, transport (1 + 0) / 2 = 50; mean 37.5.
    assertThat(r.implementation()).isCloseTo(37.5, EXACT);
    assertThat(r.value()).isCloseTo(175.0 / 3, EXACT);
  }

  @Test
  void componentsFollowGatingAndLevels() {
    // GIVEN four milestones NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED in one dimension
    IndexResult r = IndexMethod.legacy().evaluate(Examples.levels(0, 1, 2, 3), Examples.AS_OF);

    // THEN agreement 3/4, implementation (0 + 0 + 2/3 + 1) / 4
    assertThat(r.agreement()).isCloseTo(75.0, EXACT);
    assertThat(r.implementation()).isCloseTo((2.0 / 3 + 1) / 4 * 100, EXACT);
    // and the value lies between the two, as 1/3 for AGREED does
    assertThat(r.value()).isBetween(r.implementation(), r.agreement());
  }

  @Test
  void pamImplementationPresetEqualsTheImplementationComponent() {
    IndexResult defaults = IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF);
    IndexResult implementation =
        IndexMethod.pamImplementation().evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(implementation.value()).isCloseTo(defaults.implementation(), EXACT);
    assertThat(implementation.method().scores()).isEqualTo(StatusScores.implementation());
    assertThat(StatusScores.implementation()).hasToString("0, 0, 2/3, 1");
    assertThat(StatusScores.agreement()).hasToString("0, 1, 1, 1");
  }

  @Test
  void pamKeepsItsExactAggregateAndGainsComponents() {
    // PAM pools 5 milestones, codes 3 (envoys), 1, 2 (border-opening ungated), 3, 1 → 10/15
    IndexResult pam = IndexMethod.pam().evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(pam.value()).isEqualTo(10.0 * 100 / 15);
    assertThat(pam.agreement()).isCloseTo(100.0, EXACT);
    assertThat(pam.implementation()).isCloseTo((1 + 0 + 2.0 / 3 + 1 + 0) / 5 * 100, EXACT);
  }

  @Test
  void weakestLinkAndGeometricComponentsStayWithinTheirScores() {
    IndexMethod weakest =
        IndexMethod.legacy().toBuilder().aggregation(Aggregation.WEAKEST_LINK).build();
    IndexResult r = weakest.evaluate(Examples.levels(1, 2, 3), Examples.AS_OF);
    assertThat(r.agreement()).isCloseTo(100.0, EXACT);
    assertThat(r.implementation()).isCloseTo(0.0, EXACT);

    IndexMethod geometric =
        IndexMethod.legacy().toBuilder().aggregation(Aggregation.GEOMETRIC).build();
    IndexResult g = geometric.evaluate(Examples.levels(2, 3), Examples.AS_OF);
    double c = Aggregation.GEOMETRIC_SHIFT;
    double expected = 100 * (Math.sqrt((2.0 / 3 + c) * (1 + c)) - c);
    assertThat(g.implementation()).isCloseTo(expected, EXACT);
    assertThat(g.agreement()).isCloseTo(100.0, EXACT);
  }

  @Test
  void trajectoryCarriesComponentsEqualToPointEvaluations() {
    ProgressIndex index = IndexMethod.legacy().prepare(Examples.worked());
    Trajectory t = index.monthly(LocalDate.of(2021, 1, 1), Examples.AS_OF);
    for (TrajectoryPoint p : t.points()) {
      IndexResult at = index.at(p.date());
      assertThat(p.agreement()).as("agreement at %s", p.date()).isEqualTo(at.agreement());
      assertThat(p.implementation())
          .as("implementation at %s", p.date())
          .isEqualTo(at.implementation());
    }
    assertThat(t.points().get(t.points().size() - 1).implementation()).isCloseTo(37.5, EXACT);
  }
}
