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
    return Models.bRequiresA()
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

  /** Each step's months of exposure of one milestone, 0 where none is listed. */
  private static double[] exposure(Calibration c, String id) {
    double[] out = new double[3];
    for (Exposure x : c.exposures()) {
      if (x.milestone().equals(MilestoneId.of(id))) {
        out[x.step().ordinal()] = x.exposureMonths();
      }
    }
    return out;
  }

  @Test
  void aJumpSharesTheWholeWaitBeforeItEvenWhenItsSpeedChangedMeanwhile() {
    // GIVEN f, influenced by c, waits from 2020 and jumps from NOT_STARTED to IN_PROGRESS on
    // 2024-01-01; c completes on 2022-01-01, halfway through f's wait
    ProcessModel m =
        Models.builder()
            .milestone(milestone("c", List.of(), List.of()))
            .milestone(milestone("f", List.of(), List.of("c")))
            .event(status("2022-01-01", "c", Status.COMPLETED))
            .event(status("2024-01-01", "f", Status.IN_PROGRESS))
            .build();
    Calibration c = Calibration.fromHistory(m, LocalDate.of(2020, 1, 1), AS_OF, 0.8);
    // THEN the wait, 731 days at speed 1 and 730 at speed 1/0.8, is shared by its two steps;
    // f then waits 366 days at speed 1/0.8 for its last step
    double shared = (731 + 730 / 0.8) / 2;
    assertThat(exposure(c, "f"))
        .containsExactly(
            new double[] {shared / DAYS, shared / DAYS, 366 / 0.8 / DAYS}, within(1e-9));
    // AND c's wait of 731 days is shared by its three steps
    double third = 731 / 3.0 / DAYS;
    assertThat(exposure(c, "c")).containsExactly(new double[] {third, third, third}, within(1e-9));
  }

  @Test
  void aFallEndsTheWaitWithoutATransitionAndTheClimbStartsAgain() {
    // GIVEN g AGREED at the window start, back to NOT_STARTED on 2021-01-01 and IN_PROGRESS
    // (two levels at once) on 2022-01-01
    ProcessModel m =
        Models.builder()
            .milestone(milestone("g", List.of(), List.of()))
            .event(status("2020-01-01", "g", Status.AGREED))
            .event(status("2021-01-01", "g", Status.NOT_STARTED))
            .event(status("2022-01-01", "g", Status.IN_PROGRESS))
            .build();
    Calibration c = Calibration.fromHistory(m, LocalDate.of(2023, 1, 1));
    // THEN the 366 days before the fall are exposure to AGREED->IN_PROGRESS with no transition,
    // and only the 365 days after it are shared by the jump's two steps
    assertThat(exposure(c, "g"))
        .containsExactly(
            new double[] {182.5 / DAYS, (366 + 182.5) / DAYS, 365 / DAYS}, within(1e-9));
    assertThat(c.exposures()).extracting(Exposure::transitions).containsExactly(1, 1, 0);
  }

  @Test
  void aWindowStartingBeforeTheRecordCountsTheWaitFromItsStart() {
    Calibration c = Calibration.fromHistory(history(), LocalDate.of(2019, 1, 1), AS_OF, 0.8);
    // a was NOT_STARTED for the 365 days before its first report, AGREED on 2020-01-01
    Exposure a = c.exposures().get(0);
    assertThat(a.milestone()).isEqualTo(MilestoneId.of("a"));
    assertThat(a.step()).isEqualTo(Step.NOT_STARTED_TO_AGREED);
    assertThat(a.transitions()).isEqualTo(1);
    assertThat(a.exposureMonths()).isCloseTo(365 / DAYS, within(1e-9));
  }

  @Test
  void milestonesChangingOnTheSameDayEachCountTheirTransition() {
    // GIVEN x and y, next to each other in the model, both agreed on 2022-01-01
    ProcessModel m =
        Models.builder()
            .milestone(milestone("x", List.of(), List.of()))
            .milestone(milestone("y", List.of(), List.of()))
            .event(status("2022-01-01", "x", Status.AGREED))
            .event(status("2022-01-01", "y", Status.AGREED))
            .build();
    Calibration c = Calibration.fromHistory(m, LocalDate.of(2021, 1, 1), AS_OF, 0.8);
    assertThat(c.step(Step.NOT_STARTED_TO_AGREED).transitions()).isEqualTo(2);
    assertThat(c.exposures())
        .filteredOn(x -> x.step() == Step.NOT_STARTED_TO_AGREED)
        .extracting(Exposure::transitions)
        .containsExactly(1, 1);
  }

  @Test
  void aSoftPrerequisiteCompleteFromTheWindowStartSpeedsUpTheWholeWait() {
    ProcessModel m =
        Models.builder()
            .milestone(milestone("c", List.of(), List.of()))
            .milestone(milestone("d", List.of(), List.of("c")))
            .event(status("2020-01-01", "c", Status.COMPLETED))
            .build();
    Calibration c = Calibration.fromHistory(m, AS_OF);
    assertThat(c.from()).isEqualTo(LocalDate.of(2020, 1, 1));
    // d waited 1827 days, each counting 1/0.8
    assertThat(exposure(c, "d")[0]).isCloseTo(1827 / 0.8 / DAYS, within(1e-9));
  }

  @Test
  void aStepNobodyCouldTakeBorrowsTheRatePooledOverTheOthers() {
    // GIVEN x AGREED from the start, IN_PROGRESS a year later and COMPLETED two years after that
    ProcessModel m =
        Models.builder()
            .milestone(milestone("x", List.of(), List.of()))
            .event(status("2020-01-01", "x", Status.AGREED))
            .event(status("2021-01-01", "x", Status.IN_PROGRESS))
            .event(status("2023-01-01", "x", Status.COMPLETED))
            .build();
    Calibration c = Calibration.fromHistory(m, AS_OF);
    // THEN NOT_STARTED->AGREED, which nobody could take, gets 2 transitions over 366 + 730 days
    RateEstimate agreed = c.step(Step.NOT_STARTED_TO_AGREED);
    double t = 1096 / DAYS;
    assertThat(agreed.basis()).isEqualTo(RateEstimate.Basis.BORROWED_FROM_ALL_STEPS);
    assertThat(agreed.rate()).isCloseTo(2 / t, within(1e-12));
    // AND the interval of 2 events, from a table of Garwood's exact Poisson limits: 0.2422, 7.2247
    assertThat(agreed.low() * t).isCloseTo(0.2422, within(0.00006));
    assertThat(agreed.high() * t).isCloseTo(7.2247, within(0.00006));
    assertThat(agreed.transitions()).isZero();
  }

  @Test
  void oneTransitionHasTheGarwoodLimitsOfOneEvent() {
    // Garwood's exact 95% limits for 1 Poisson event are 0.0253 and 5.5716 (4-decimal table)
    RateEstimate done =
        Calibration.fromHistory(history(), AS_OF).step(Step.IN_PROGRESS_TO_COMPLETED);
    double t = done.exposureMonths();
    assertThat(done.transitions()).isEqualTo(1);
    assertThat(done.low() * t).isCloseTo(0.0253, within(0.00006));
    assertThat(done.high() * t).isCloseTo(5.5716, within(0.00006));
  }

  @Test
  void badWindowsAndFactorsAreRefusedWithTheValues() {
    assertThatThrownBy(
            () -> Calibration.fromHistory(history(), LocalDate.of(2025, 2, 1), AS_OF, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("calibration window starts 2025-02-01, after its end 2025-01-01");
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(
              () -> Calibration.fromHistory(history(), LocalDate.of(2020, 1, 1), AS_OF, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("soft factor must be a finite number > 0, got " + bad);
    }
  }

  @Test
  void theWindowStartsAtTheFirstStatusEventNotAtEarlierContext() {
    ProcessModel m =
        Models.builder()
            .milestone(milestone("a", List.of(), List.of()))
            .event(
                io.github.thaw.model.Event.context(
                    io.github.thaw.model.PartialDate.parse("2018-05-01"), List.of("s"), "talks"))
            .event(status("2020-01-01", "a", Status.AGREED))
            .build();
    assertThat(Calibration.fromHistory(m, AS_OF).from()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void calibratingBeforeTheFirstStatusEventFindsNothingToCalibrate() {
    assertThatThrownBy(() -> Calibration.fromHistory(history(), LocalDate.of(2019, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model 'Test' has no milestone waiting for a step between 2019-06-01 and 2019-06-01,"
                + " so there is nothing to calibrate from; give the transitions yourself");
  }

  @Test
  void eventsAfterTheAsOfDateAreIgnored() {
    Calibration early = Calibration.fromHistory(history(), LocalDate.of(2021, 6, 1));
    assertThat(early.step(Step.NOT_STARTED_TO_AGREED).transitions()).isZero();
    assertThat(early.step(Step.AGREED_TO_IN_PROGRESS).transitions()).isEqualTo(1);
  }
}
