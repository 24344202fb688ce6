package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Event;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random reversals: the record's hazard, the simulation against closed forms, determinism. */
class ReversalsTest {
  private static final long PATHS = 40_000;
  private static final YearMonth HORIZON = YearMonth.of(2026, 12);

  @Test
  void theHazardIsHalfADecreaseMoreOverTheExposureAtAgreedOrAbovePlusThePrior() {
    // GIVEN a year's record, 2020-01-01 to 2021-01-01 (366 days), of four milestones
    ProcessModel model =
        Models.builder()
            .milestone(Models.milestone("a", List.of(), List.of()))
            .milestone(Models.milestone("b", List.of(), List.of()))
            .milestone(Models.milestone("c", List.of(), List.of()))
            .milestone(Models.milestone("d", List.of(), List.of()))
            // a: agreed 1 March, back to not started 1 July, agreed again 1 October
            .event(Models.status("2020-01-01", "a", Status.NOT_STARTED))
            .event(Models.status("2020-03-01", "a", Status.AGREED))
            .event(Models.status("2020-07-01", "a", Status.NOT_STARTED))
            .event(Models.status("2020-10-01", "a", Status.AGREED))
            // b: agreed all year, in progress 1 May, agreed again 1 August
            .event(Models.status("2020-01-01", "b", Status.AGREED))
            .event(Models.status("2020-05-01", "b", Status.IN_PROGRESS))
            .event(Models.status("2020-08-01", "b", Status.AGREED))
            // c: never agreed, so never exposed
            .event(Models.status("2020-01-01", "c", Status.NOT_STARTED))
            // d: completed, then back to agreed on 1 September: a fall of two levels
            .event(Models.status("2020-01-01", "d", Status.COMPLETED))
            .event(Models.status("2020-09-01", "d", Status.AGREED))
            .build();
    Calibration c = Calibration.fromHistory(model, LocalDate.of(2021, 1, 1));

    // THEN by hand: decreases a 1, b 1, d 2; days at AGREED or above a 122 + 92, b 366, d 366
    int decreases = 1 + 1 + 2;
    double months = (122 + 92 + 366 + 366) / (365.2425 / 12);
    assertThat(c.decreases()).isEqualTo(decreases);
    assertThat(c.reversalExposureMonths()).isCloseTo(months, within(1e-9));
    assertThat(c.reversals().hazard()).isCloseTo((4 + 0.5) / (months + 360), within(1e-12));
  }

  @Test
  void aLowerReportFromAnotherSourceIsADisagreementAFallOnlyWhenTheClaimIsWithdrawn() {
    // GIVEN milestone a agreed per source s on 1 March 2024, then NOT_STARTED per source t: s's
    // claim stays live (a dispute); and milestone b agreed per s, then NOT_STARTED per s itself:
    // s withdrew its claim, so b fell
    ProcessModel model =
        Models.builder()
            .source(new Source("t", "Other outlet", "Title", null, "t.txt"))
            .milestone(Models.milestone("a", List.of(), List.of()))
            .milestone(Models.milestone("b", List.of(), List.of()))
            .event(Models.status("2024-03-01", "a", Status.AGREED))
            .event(status("2024-04-30", "a", Status.NOT_STARTED, "t"))
            .event(Models.status("2024-03-01", "b", Status.AGREED))
            .event(Models.status("2024-04-30", "b", Status.NOT_STARTED))
            .build();
    Calibration c = Calibration.fromHistory(model, Models.AS_OF);

    // THEN the model reads a as disputed and b as fallen, and only b's fall counts
    assertThat(model.stateAt("a", LocalDate.of(2024, 4, 30)).isDisputed()).isTrue();
    assertThat(model.stateAt("b", LocalDate.of(2024, 4, 30)).isDisputed()).isFalse();
    assertThat(c.decreases()).isEqualTo(1);
  }

  private static Event status(String date, String milestone, Status status, String source) {
    return Event.status(PartialDate.parse(date), milestone, status, List.of(source), "");
  }

  @Test
  void aRecordWithoutDecreasesGetsThePriorFloor() {
    ProcessModel model =
        Models.builder()
            .milestone(Models.milestone("a", List.of(), List.of()))
            .event(Models.status("2024-01-01", "a", Status.AGREED))
            .build();
    Calibration c = Calibration.fromHistory(model, Models.AS_OF);
    double months = 366 / (365.2425 / 12); // 2024 is a leap year
    assertThat(c.decreases()).isZero();
    assertThat(c.reversals().hazard()).isCloseTo(0.5 / (months + 360), within(1e-12));
    assertThat(c.reversals().isActive()).isTrue();
  }

  /** One milestone, not started, one step up at rate up, reversals at hazard down. */
  private static ForecastSummary oneMilestone(Status start, double up, double down, long seed) {
    ProcessModel.Builder b =
        Models.builder().milestone(Models.milestone("a", List.of(), List.of()));
    if (start != Status.NOT_STARTED) {
      b.event(Models.status("2024-12-01", "a", start));
    }
    return Forecast.builder(b.build())
        .asOf(Models.AS_OF)
        .horizon(HORIZON)
        .transitions(
            Transitions.builder(StepDuration.never())
                .step(
                    Step.NOT_STARTED_TO_AGREED,
                    up > 0 ? StepDuration.exponential(up) : StepDuration.never())
                .build())
        .rates(Rates.POINT)
        .tempo(Tempo.NONE)
        .reversals(Reversals.of(down))
        .indexFan(false)
        .samples(PATHS)
        .build()
        .run(seed);
  }

  @Test
  void oneStepUpAndDownMatchesTheTwoStateMarkovChain() {
    // GIVEN NOT_STARTED -> AGREED at lambda = 0.1 a month and AGREED -> NOT_STARTED at mu = 0.05
    double lambda = 0.1;
    double mu = 0.05;
    ForecastSummary s = oneMilestone(Status.NOT_STARTED, lambda, mu, 3);
    // THEN P(AGREED at t) = lambda / (lambda + mu) (1 - e^{-(lambda + mu) t}) from NOT_STARTED
    double t = Months.between(Models.AS_OF, HORIZON.atEndOfMonth());
    double exact = lambda / (lambda + mu) * (1 - Math.exp(-(lambda + mu) * t));
    double se = Math.sqrt(exact * (1 - exact) / PATHS);
    double agreed = s.milestone("a").statusAtHorizon().get(Status.AGREED);
    assertThat(agreed).isCloseTo(exact, within(4 * se));
    // AND without reversals it is the plain exponential, 1 - e^{-lambda t}, far from it
    double none =
        oneMilestone(Status.NOT_STARTED, lambda, 0, 3)
            .milestone("a")
            .statusAtHorizon()
            .get(Status.AGREED);
    assertThat(none).isCloseTo(1 - Math.exp(-lambda * t), within(4 * se));
    assertThat(none - agreed).isGreaterThan(20 * se);
  }

  @Test
  void completedFallsTooOneLevelAtATime() {
    // GIVEN a milestone COMPLETED that cannot climb (every step never) and falls at mu
    double mu = 0.03;
    ForecastSummary s = oneMilestone(Status.COMPLETED, 0, mu, 5);
    // THEN the number of falls by t is Poisson(mu t) until it reaches NOT_STARTED
    double t = Months.between(Models.AS_OF, HORIZON.atEndOfMonth());
    double x = mu * t;
    double p0 = Math.exp(-x);
    double p1 = x * p0;
    double p2 = x * x / 2 * p0;
    var atHorizon = s.milestone("a").statusAtHorizon();
    double se = Math.sqrt(0.25 / PATHS);
    assertThat(atHorizon.get(Status.COMPLETED)).isCloseTo(p0, within(4 * se));
    assertThat(atHorizon.get(Status.IN_PROGRESS)).isCloseTo(p1, within(4 * se));
    assertThat(atHorizon.get(Status.AGREED)).isCloseTo(p2, within(4 * se));
    assertThat(atHorizon.get(Status.NOT_STARTED)).isCloseTo(1 - p0 - p1 - p2, within(4 * se));
    // AND it counts as completed, having been so at the as-of date
    assertThat(s.pCompletedByHorizon("a")).isEqualTo(1.0);
  }

  @Test
  void theIndexFallsBelowItsStartOnlyWithAHazard() {
    ProcessModel model = Models.random(30, 3);
    Transitions t = Calibration.fromHistory(model, Models.AS_OF).transitions();
    ForecastSummary without =
        Forecast.builder(model).transitions(t).horizon(HORIZON).samples(4000).build().run(9);
    ForecastSummary with =
        Forecast.builder(model)
            .transitions(t)
            .reversals(Reversals.of(0.05))
            .horizon(HORIZON)
            .samples(4000)
            .build()
            .run(9);
    double start = without.index().get(0).p10();
    assertThat(with.index().get(0).p10()).isEqualTo(start);
    for (IndexFanPoint p : without.index()) {
      assertThat(p.p10()).isGreaterThanOrEqualTo(start);
    }
    assertThat(with.index().get(with.index().size() - 1).p10()).isLessThan(start);
  }

  @Test
  void threadsShardsAndTheEventByEventSimulationGiveTheWholeRunBitForBit() {
    ProcessModel model = Models.random(30, 3);
    Forecast f =
        Forecast.builder(model)
            .reversals(Reversals.of(0.02))
            .tempo(Tempo.of(0.4))
            .samples(2500)
            .build();
    ForecastSummary whole = f.run(5);
    assertThat(f.run(5)).isEqualTo(whole);
    assertThat(f.withThreads(2).run(5)).isEqualTo(whole);
    ForecastSummary combined =
        f.runShard(5, 0, 1100).combine(f.withThreads(2).runShard(5, 1100, 1400));
    assertThat(combined).isEqualTo(whole);
    assertThat(combined.milestones()).isEqualTo(whole.milestones());
    assertThat(combined.index()).isEqualTo(whole.index());
    // every milestone is already simulated event by event when reversals are on
    assertThat(f.eventByEvent().run(5).milestones()).isEqualTo(whole.milestones());
    assertThat(f.run(6).milestones()).isNotEqualTo(whole.milestones());
  }

  @Test
  void noMilestoneIsMoreLikelyDoneThanItsPrerequisitesWithReversals() {
    ProcessModel model = Models.random(30, 4);
    ForecastSummary s =
        Forecast.builder(model).reversals(Reversals.of(0.05)).samples(2000).build().run(1);
    for (var m : model.milestones()) {
      for (var q : m.requires()) {
        List<Double> mine = s.milestone(m.id().value()).pCompletedBy();
        List<Double> theirs = s.milestone(q.value()).pCompletedBy();
        for (int k = 0; k < mine.size(); k++) {
          assertThat(mine.get(k)).isLessThanOrEqualTo(theirs.get(k));
        }
      }
    }
  }

  @Test
  void theBuilderTakesItsOwnThenTheTransitionsThenTheRecordsHazard() {
    ProcessModel model = Models.random(30, 3);
    Calibration c = Calibration.fromHistory(model, Models.AS_OF);
    assertThat(Forecast.builder(model).build().reversals()).isEqualTo(c.reversals());
    Transitions withFile = c.transitions().toBuilder().reversals(Reversals.of(0.01)).build();
    assertThat(Forecast.builder(model).transitions(withFile).build().reversals())
        .isEqualTo(Reversals.of(0.01));
    assertThat(
            Forecast.builder(model)
                .overrides(base -> base.toBuilder().reversals(Reversals.of(0.01)).build())
                .build()
                .reversals())
        .isEqualTo(Reversals.of(0.01));
    assertThat(
            Forecast.builder(model)
                .transitions(withFile)
                .reversals(Reversals.NONE)
                .build()
                .reversals())
        .isEqualTo(Reversals.NONE);
    // transitions given in code describe the dynamics whole: no floor is added to them
    assertThat(Forecast.builder(model).transitions(c.transitions()).build().reversals())
        .isEqualTo(Reversals.NONE);
    // and a forecast with other transitions keeps the reversals unless they set their own
    Forecast f = Forecast.builder(model).build();
    assertThat(f.withTransitions(c.transitions()).reversals()).isEqualTo(c.reversals());
    assertThat(f.withTransitions(withFile).reversals()).isEqualTo(Reversals.of(0.01));
  }

  @Test
  void aHazardOutsideItsRangeIsRefusedWithTheValue() {
    assertThatThrownBy(() -> Reversals.of(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "reversal hazard must be a number from 0 (no random reversals) to 1.0 per month, got"
                + " -0.1");
    assertThatThrownBy(() -> Reversals.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got NaN");
  }
}
