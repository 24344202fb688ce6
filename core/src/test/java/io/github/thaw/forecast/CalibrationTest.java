package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.milestone;
import static io.github.thaw.forecast.Models.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static final double DAYS = 365.2425 / 12;
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  /**
   * a: AGREED at the window start (2020-01-01), IN_PROGRESS 2021-01-01, then waits. b requires a:
   * AGREED 2022-01-01, then waits. c jumps from NOT_STARTED to COMPLETED on 2023-01-01. d is
   * influenced by c and never moves. e requires b and never moves.
   */
  static ProcessModel history() {
    return Models.builder()
        .milestone(milestone("a", List.of(), List.of()))
        .milestone(milestone("b", List.of("a"), List.of()))
        .milestone(milestone("c", List.of(), List.of()))
        .milestone(milestone("d", List.of(), List.of("c")))
        .milestone(milestone("e", List.of("b"), List.of()))
        .event(status("2020-01-01", "a", Status.AGREED))
        .event(status("2021-01-01", "a", Status.IN_PROGRESS))
        .event(status("2022-01-01", "b", Status.AGREED))
        .event(status("2023-01-01", "c", Status.COMPLETED))
        .build();
  }

  @Test
  void ratesAreTransitionsOverExposureWithCensoringJumpsAndGating() {
    // GIVEN the hand-made history WHEN calibrated to 2025-01-01
    Calibration c = Calibration.fromHistory(history(), AS_OF);
    // THEN the window starts at the first status event
    assertThat(c.from()).isEqualTo(LocalDate.of(2020, 1, 1));
    // AND NOT_STARTED->AGREED: b waited 731 days for it (a was AGREED all along); c's 1096-day
    // wait before its three-level jump is shared by three steps; d waited 1096 days at speed 1,
    // then 731 at speed 1/0.8 once c was complete; e could start only when b was AGREED (1096
    // days). Two transitions.
    double step0 = 731 + 1096 / 3.0 + 1096 + 731 / 0.8 + 1096;
    RateEstimate agreed = c.step(Step.NOT_STARTED_TO_AGREED);
    assertThat(agreed.transitions()).isEqualTo(2);
    assertThat(agreed.exposureMonths()).isCloseTo(step0 / DAYS, within(1e-9));
    assertThat(agreed.rate()).isCloseTo(2 / (step0 / DAYS), within(1e-12));
    assertThat(agreed.basis()).isEqualTo(RateEstimate.Basis.MAXIMUM_LIKELIHOOD);
    // AND AGREED->IN_PROGRESS: a took 366 days; b has waited 1096 (censored); c's share
    double step1 = 366 + 1096 + 1096 / 3.0;
    RateEstimate started = c.step(Step.AGREED_TO_IN_PROGRESS);
    assertThat(started.transitions()).isEqualTo(2);
    assertThat(started.rate()).isCloseTo(2 / (step1 / DAYS), within(1e-12));
    // AND IN_PROGRESS->COMPLETED: a has waited 1461 days (censored); c's share
    double step2 = 1461 + 1096 / 3.0;
    RateEstimate done = c.step(Step.IN_PROGRESS_TO_COMPLETED);
    assertThat(done.transitions()).isEqualTo(1);
    assertThat(done.rate()).isCloseTo(1 / (step2 / DAYS), within(1e-12));
    assertThat(done.medianMonths()).isCloseTo(Math.log(2) * step2 / DAYS, within(1e-9));
  }

  @Test
  void intervalsAreTheExactChiSquareIntervalOfAPoissonRate() {
    RateEstimate e = Calibration.fromHistory(history(), AS_OF).step(Step.NOT_STARTED_TO_AGREED);
    double t = e.exposureMonths();
    // chi-square quantiles: 0.025 with 4 degrees of freedom, 0.975 with 6
    assertThat(e.low()).isCloseTo(0.4844186 / (2 * t), within(1e-7));
    assertThat(e.high()).isCloseTo(14.4493753 / (2 * t), within(1e-7));
  }

  @Test
  void exposuresListEachMilestonesShare() {
    Calibration c = Calibration.fromHistory(history(), AS_OF);
    assertThat(c.exposures())
        .filteredOn(x -> x.milestone().equals(MilestoneId.of("c")))
        .extracting(Exposure::transitions)
        .containsExactly(1, 1, 1);
    assertThat(c.exposures())
        .filteredOn(x -> x.milestone().equals(MilestoneId.of("e")))
        .singleElement()
        .satisfies(x -> assertThat(x.exposureMonths()).isCloseTo(1096 / DAYS, within(1e-9)));
  }

  @Test
  void theSoftFactorChangesHowExposureIsCounted() {
    // With factor 1 soft prerequisites do not speed anything up, so d's wait counts in full.
    Calibration c = Calibration.fromHistory(history(), LocalDate.of(2020, 1, 1), AS_OF, 1);
    double step0 = 731 + 1096 / 3.0 + 1096 + 731 + 1096;
    assertThat(c.step(Step.NOT_STARTED_TO_AGREED).exposureMonths())
        .isCloseTo(step0 / DAYS, within(1e-9));
    assertThat(c.transitions().softFactor()).isEqualTo(1);
  }

  @Test
  void aStepNeverTakenGetsHalfATransitionAndAStepNeverPossibleBorrowsThePooledRate() {
    // GIVEN one milestone IN_PROGRESS from the window start that never completes
    ProcessModel m =
        Models.builder()
            .milestone(milestone("a", List.of(), List.of()))
            .event(status("2023-01-01", "a", Status.IN_PROGRESS))
            .build();
    Calibration c = Calibration.fromHistory(m, AS_OF);
    double months = 731 / DAYS;
    // THEN its step has the floor rate, half a transition over its exposure
    RateEstimate done = c.step(Step.IN_PROGRESS_TO_COMPLETED);
    assertThat(done.basis()).isEqualTo(RateEstimate.Basis.NO_TRANSITION_FLOOR);
    assertThat(done.rate()).isCloseTo(0.5 / months, within(1e-12));
    assertThat(done.low()).isZero();
    assertThat(done.high()).isCloseTo(7.3776 / (2 * months), within(1e-4));
    // AND the steps nobody could take borrow the rate pooled over all steps
    RateEstimate agreed = c.step(Step.NOT_STARTED_TO_AGREED);
    assertThat(agreed.basis()).isEqualTo(RateEstimate.Basis.BORROWED_FROM_ALL_STEPS);
    assertThat(agreed.rate()).isEqualTo(done.rate());
    assertThat(agreed.exposureMonths()).isZero();
    // AND the transitions use each rate
    assertThat(c.transitions().duration("a", Step.AGREED_TO_IN_PROGRESS))
        .isEqualTo(StepDuration.exponential(done.rate()));
    assertThat(c.table())
        .contains("IN_PROGRESS->COMPLETED")
        .contains("no transition floor")
        .contains("borrowed from all steps");
  }

  @Test
  void aRecordWithNothingWaitingCannotBeCalibrated() {
    ProcessModel m =
        Models.builder()
            .milestone(milestone("a", List.of(), List.of()))
            .event(status("2023-01-01", "a", Status.COMPLETED))
            .build();
    assertThatThrownBy(() -> Calibration.fromHistory(m, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model 'Test' has no milestone waiting for a step between 2023-01-01 and 2025-01-01,"
                + " so there is nothing to calibrate from; give the transitions yourself");
  }

  @Test
  void eventsAfterTheAsOfDateAreIgnored() {
    Calibration early = Calibration.fromHistory(history(), LocalDate.of(2021, 6, 1));
    assertThat(early.step(Step.NOT_STARTED_TO_AGREED).transitions()).isZero();
    assertThat(early.step(Step.AGREED_TO_IN_PROGRESS).transitions()).isEqualTo(1);
  }
}
