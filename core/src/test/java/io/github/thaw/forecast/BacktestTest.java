package io.github.thaw.forecast;

import static io.github.thaw.forecast.Models.milestone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The backtest on a synthetic process of known dynamics: independent milestones whose every step
 * takes an exponential time at one known rate, each event published on the day it happened.
 */
class BacktestTest {
  static final double RATE = 0.04; // per month, every step
  static final int MILESTONES = 60;
  static final LocalDate START = LocalDate.of(2010, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);

  /** The record: each milestone starts NOT_STARTED on START and steps up at exponential times. */
  static ProcessModel synthetic(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ProcessModel.Builder b =
        ProcessModel.builder("Synthetic")
            .asOf(PartialDate.of(AS_OF))
            .dimension(Dimension.of("d", "D"));
    int sources = 0;
    for (int m = 0; m < MILESTONES; m++) {
      String id = "m" + m;
      b.milestone(milestone(id, List.of(), List.of()));
      String s = "s" + sources++;
      b.source(new Source(s, "O", "T", PartialDate.of(START), s + ".txt"));
      b.event(Event.status(PartialDate.of(START), id, Status.NOT_STARTED, s));
      double months = 0;
      for (int level = 1; level <= 3; level++) {
        months += -Math.log(1 - r.nextDouble()) / RATE;
        LocalDate day = START.plusDays(Math.round(months * Months.DAYS));
        if (day.isAfter(AS_OF)) {
          break;
        }
        s = "s" + sources++;
        b.source(new Source(s, "O", "T", PartialDate.of(day), s + ".txt"));
        b.event(Event.status(PartialDate.of(day), id, Status.values()[level], s));
      }
    }
    return b.build();
  }

  /** The true chance of at least k more steps within t months: an Erlang(k, RATE) CDF. */
  static double erlangCdf(int k, double t) {
    double x = RATE * t;
    double term = Math.exp(-x);
    double below = 0;
    for (int j = 0; j < k; j++) {
      below += term;
      term *= x / (j + 1);
    }
    return 1 - below;
  }

  @Test
  @Tag("calibration")
  void thawBeatsPersistenceAndComesNearTheKnownTruth() {
    // GIVEN a record of known dynamics WHEN backtested every 3 months, 6 months ahead
    ProcessModel model = synthetic(7);
    BacktestResult r =
        Backtest.builder(model)
            .from(LocalDate.of(2012, 1, 1))
            .every(3)
            .lead(6)
            .samples(4_000)
            .build()
            .run();
    // THEN the origins run from 2012-01-31 to the last whose target ends by the as-of date
    assertThat(r.origins().size()).isEqualTo(18);
    assertThat(r.origins().get(17).date()).isEqualTo(LocalDate.of(2016, 4, 30));
    assertThat(r.origins().get(17).target()).isEqualTo(LocalDate.of(2016, 10, 31));
    // AND the true probabilities, computed here from the known rate and the status at the origin
    double truth = 0;
    double[] diff = new double[r.outcomes().size()];
    int i = 0;
    for (BacktestResult.Origin o : r.origins()) {
      double t = o.date().until(o.target(), ChronoUnit.DAYS) / Months.DAYS;
      for (BacktestResult.Outcome x : o.outcomes()) {
        int k =
            x.question() == BacktestResult.Question.ADVANCES ? 1 : 3 - x.statusAtOrigin().ordinal();
        double p = erlangCdf(k, t);
        double bTruth = Scoring.brier(p, x.happened());
        truth += bTruth;
        diff[i++] = Scoring.brier(x.thaw(), x.happened()) - bTruth;
      }
    }
    int n = diff.length;
    truth /= n;
    double meanDiff = java.util.Arrays.stream(diff).average().orElseThrow();
    double sd =
        Math.sqrt(
            java.util.Arrays.stream(diff).map(d -> (d - meanDiff) * (d - meanDiff)).sum()
                / (n - 1));
    double se = sd / Math.sqrt(n);
    // Thaw's Brier is within three standard errors of the truth's (paired over events)...
    assertThat(r.thaw().brier() - truth).isBetween(-3 * se, 3 * se);
    // ... and clearly better than persistence's and the base rate's
    assertThat(r.thaw().brier()).isLessThan(r.persistence().brier() - 0.02);
    assertThat(r.thaw().brier()).isLessThan(r.baseRate().brier());
    assertThat(r.thaw().crps().getAsDouble()).isLessThan(r.persistence().crps().getAsDouble());
    // AND every score is finite, and the reliability table counts every event
    assertThat(r.thaw().log()).isFinite();
    assertThat(r.persistence().log()).isFinite();
    assertThat(r.reliability().stream().mapToLong(BacktestResult.ReliabilityBin::count).sum())
        .isEqualTo(n);
    System.out.printf(
        "synthetic backtest: %d events, Brier Thaw %.4f, truth %.4f (se %.4f), persistence %.4f,"
            + " base rate %.4f%n",
        n, r.thaw().brier(), truth, se, r.persistence().brier(), r.baseRate().brier());
  }

  @Test
  void badRangesAreRefusedPlainly() {
    ProcessModel model = synthetic(7);
    assertThatThrownBy(
            () ->
                Backtest.builder(model)
                    .from(LocalDate.of(2014, 1, 1))
                    .to(LocalDate.of(2013, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "backtest starts 2014-01-01, after its end 2013-01-01; choose an earlier start");
    assertThatThrownBy(() -> Backtest.builder(model).lead(0))
        .hasMessage("backtest lead must be at least 1 month, got 0");
    assertThatThrownBy(() -> Backtest.builder(model).every(-1))
        .hasMessage("backtest step must be at least 1 month, got -1");
    assertThatThrownBy(() -> Backtest.builder(model).from(LocalDate.of(2009, 6, 1)).build())
        .hasMessage(
            "origin 2009-06-30 is before anything in model 'Synthetic' was known: its first"
                + " source was published 2010-01-01, and a backtest forecasts only from what had"
                + " been published; start at 2010-01-31 or later");
    assertThatThrownBy(
            () ->
                Backtest.builder(model)
                    .from(LocalDate.of(2013, 1, 5))
                    .to(LocalDate.of(2013, 1, 20))
                    .build())
        .hasMessage(
            "no origin between 2013-01-05 and 2013-01-20: origins are month ends, from the end"
                + " of 2013-01 every 1 months; choose a later end");
    assertThatThrownBy(() -> Backtest.builder(model).lead(90).build())
        .hasMessage(
            "a lead of 90 months leaves no origin: model 'Synthetic' was first published"
                + " 2010-01-01 and its reference date is 2016-12-31; choose a lead of at most 83"
                + " months");
    assertThat(Backtest.builder(model).lead(83).build().origins())
        .containsExactly(LocalDate.of(2010, 1, 31));
    assertThatThrownBy(() -> Backtest.builder(model).to(LocalDate.of(2016, 9, 30)).build())
        .hasMessage(
            "origin 2016-09-30 plus 6 months is 2017-03-31, after the model's reference date"
                + " 2016-12-31, so what happened then is not known yet; end the origins by"
                + " 2016-06-30");
  }

  @Test
  void theSameSeedGivesTheSameScores() {
    ProcessModel model = synthetic(3);
    Backtest b =
        Backtest.builder(model).from(LocalDate.of(2015, 1, 1)).every(6).samples(500).build();
    BacktestResult one = b.run();
    BacktestResult two = b.run();
    assertThat(one.thaw()).isEqualTo(two.thaw());
    assertThat(one.table()).isEqualTo(two.table()).contains("persistence").contains("base rate");
  }
}
