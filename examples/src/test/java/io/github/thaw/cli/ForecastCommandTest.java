package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  static JsonNode json(Run r) throws Exception {
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void theJsonIsIdenticalOnOneAndTwoThreads() {
    Run one = thaw("forecast", "--json", "--seed", "11", "--threads", "1");
    Run two = thaw("forecast", "--json", "--seed", "11", "--threads", "2");
    assertThat(one.code()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(two.err()).isEmpty();
  }

  @Test
  void theJsonHasTheDocumentedKeys() throws Exception {
    JsonNode root = json(thaw("forecast", "--json", "--samples", "1000", "--horizon", "2028-12"));
    assertThat(root.get("horizon").asText()).isEqualTo("2028-12");
    assertThat(root.get("samples").asLong()).isEqualTo(1000);
    assertThat(root.get("seed").asLong()).isEqualTo(11);
    assertThat(root.get("asOf").asText()).isEqualTo("2025-09-30");
    JsonNode border = root.get("milestones").get("border-opening");
    assertThat(border.get("pCompletedByHorizon").isNumber()).isTrue();
    assertThat(border.get("completion").get("p90").asText()).isEqualTo("after-horizon");
    assertThat(border.get("heldBackLastBy").has("railway-rehabilitation")).isTrue();
    assertThat(border.get("pCompletedBy").get("2028-12-31").isNumber()).isTrue();
    JsonNode index = root.get("index");
    assertThat(index.get(0).get("date").asText()).isEqualTo("2025-09-30");
    assertThat(index.get(index.size() - 1).get("date").asText()).isEqualTo("2028-12-31");
    for (JsonNode p : index) {
      assertThat(p.get("p10").asDouble()).isLessThanOrEqualTo(p.get("p50").asDouble());
      assertThat(p.get("p50").asDouble()).isLessThanOrEqualTo(p.get("p90").asDouble());
    }
    assertThat(
            root.get("calibration")
                .get("steps")
                .get("NOT_STARTED->AGREED")
                .get("transitions")
                .asInt())
        .isEqualTo(13);
  }

  @Test
  void noMilestoneIsForecastLikelierDoneThanItsPrerequisites() throws Exception {
    JsonNode milestones = json(thaw("forecast", "--json", "--samples", "3000")).get("milestones");
    List<String> checked = new ArrayList<>();
    for (Milestone m : TurkiyeArmenia.model().milestones()) {
      for (MilestoneId q : m.requires()) {
        double dependent = milestones.get(m.id().value()).get("pCompletedByHorizon").asDouble();
        double prerequisite = milestones.get(q.value()).get("pCompletedByHorizon").asDouble();
        assertThat(dependent).as(m.id() + " vs " + q).isLessThanOrEqualTo(prerequisite);
        checked.add(m.id() + "<-" + q);
      }
    }
    assertThat(checked).hasSize(4);
  }

  @Test
  void theTextShowsTheRatesTheTableTheFanAndWhatHoldsBack() {
    Run r = thaw("forecast", "--samples", "1000");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Step rates from the record of 'Türkiye–Armenia normalization'")
        .contains("Forecast of 'Türkiye–Armenia normalization' from 2025-09-30 to 2030-09")
        .containsPattern("border-opening +NOT_STARTED +0\\.\\d{3} ")
        .contains("Index fan (P10 / P50 / P90):")
        // the as-of checkpoint shows the band: the crossing (AGREED..IN_PROGRESS) and the border
        // opening (NOT_STARTED..AGREED) start each path at one of their live readings
        .contains("  2025-09-30   15.38   15.38   20.51")
        .containsPattern("border-opening: railway-rehabilitation \\d+\\.\\d%");
  }

  @Test
  void aScenarioCompletingTheRailwayRaisesTheBordersChance(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("railway.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "name: railway",
            "changes:",
            "  - setStatus: {milestone: railway-rehabilitation, status: COMPLETED, date: 2026-06-01}",
            ""),
        StandardCharsets.UTF_8);
    double baseline =
        json(thaw("forecast", "--json", "--samples", "3000"))
            .get("milestones")
            .get("border-opening")
            .get("pCompletedByHorizon")
            .asDouble();
    JsonNode with =
        json(thaw("forecast", "--json", "--samples", "3000", "--scenario", file.toString()));
    assertThat(with.get("scenario").asText()).isEqualTo("railway");
    // The railway is what holds the opening back last on most paths: its chance rises by more
    // than a third (0.085 → 0.124 measured; it doubled before the common tempo, which makes the
    // border's own steps slow on the paths where the railway was).
    assertThat(with.get("milestones").get("border-opening").get("pCompletedByHorizon").asDouble())
        .isGreaterThan(4 * baseline / 3);
  }

  @Test
  void aTransitionsFileOverridesTheCalibration(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "softFactor: 1",
            "milestones:",
            "  border-opening:",
            "    NOT_STARTED->AGREED: {distribution: never}",
            "    AGREED->IN_PROGRESS: {distribution: never}",
            ""),
        StandardCharsets.UTF_8);
    JsonNode root =
        json(thaw("forecast", "--json", "--samples", "500", "--transitions", file.toString()));
    assertThat(root.get("milestones").get("border-opening").get("pCompletedByHorizon").asDouble())
        .isZero();
    assertThat(root.get("transitions").get("softFactor").asDouble()).isEqualTo(1.0);
    assertThat(
            root.get("transitions")
                .get("milestones")
                .get("border-opening")
                .get("NOT_STARTED->AGREED")
                .asText())
        .isEqualTo("never");
  }

  @Test
  void aBadTransitionsFileExitsThreeWithEveryProblemLocated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "defaults: {distribution: pert, min: 1, max: 3}",
            "milestones:",
            "  border-openin: {NOT_STARTED->AGREED: {distribution: never}}",
            ""),
        StandardCharsets.UTF_8);
    Run r = thaw("forecast", "--transitions", file.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines())
        .containsExactly(
            file + ":1:11: defaults: a pert duration needs min, mode, max; 'mode' is missing");
    Files.writeString(
        file,
        "milestones:\n  border-openin: {NOT_STARTED->AGREED: {distribution: never}}\n",
        StandardCharsets.UTF_8);
    Run unknown = thaw("forecast", "--transitions", file.toString());
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(unknown.err().lines())
        .containsExactly(
            file
                + ":2:18: milestones.border-openin: transitions for Milestone 'border-openin' is"
                + " not in model 'Türkiye–Armenia normalization' (did you mean 'border-opening'?)");
  }

  @Test
  void aBadHorizonIsAUsageError() {
    Run r = thaw("forecast", "--horizon", "2030-13");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("month '2030-13' is not of the form YYYY-MM");
  }

  @Test
  void theRecordsReversalHazardRunsAndSaysWhereItComesFrom(@TempDir Path dir) throws Exception {
    // GIVEN the reference forecast with the defaults, and with a transitions file turning
    // reversals off
    Path off = dir.resolve("no-reversals.yaml");
    Files.writeString(off, "reversals: {hazard: 0}\n", StandardCharsets.UTF_8);
    JsonNode on = json(thaw("forecast", "--json", "--samples", "2000"));
    JsonNode none =
        json(thaw("forecast", "--json", "--samples", "2000", "--transitions", off.toString()));
    // THEN the record's milestone-months at AGREED or above, with no decrease, give by hand
    // (0 + 1/2) / (T + 360)
    JsonNode r = on.get("reversals");
    // the border opening's NOT_STARTED (s004, 12 September 2025) five days after s001's AGREED is
    // a dispute between live readings, not a fall, so the record shows no decrease
    assertThat(r.get("decreases").asInt()).isZero();
    double months = r.get("exposureMonths").asDouble();
    assertThat(months).isBetween(150.0, 165.0);
    assertThat(r.get("hazard").asDouble()).isCloseTo(0.5 / (months + 360), within(1e-12));
    assertThat(r.get("from").asText()).isEqualTo("record");
    assertThat(none.get("reversals").get("hazard").asDouble()).isZero();
    assertThat(none.get("reversals").get("from").asText()).isEqualTo("transitions");
    // AND the text names the hazard and its evidence
    assertThat(thaw("forecast", "--samples", "100").out())
        .contains(
            "Random reversals: a milestone at AGREED or above falls one level at 0.0010 a month,"
                + " one in 1034 months (from the record: 0 decreases in 157.0 milestone-months at"
                + " AGREED or above, with a prior of 0.5 in 360; a transitions file's reversals:"
                + " {hazard: 0} turns them off).");
    assertThat(thaw("forecast", "--samples", "100", "--transitions", off.toString()).out())
        .contains(
            "Random reversals: off, statuses only rise unless a scenario sets them back (as set).");
  }

  @Test
  void ratesPosteriorIsTheDefaultAndPointIsThePlugInForecast(@TempDir Path dir) throws Exception {
    // GIVEN the reference model forecast with the defaults and as the plug-in forecast: point
    // rates and no common tempo
    Path noTempo = dir.resolve("no-tempo.yaml");
    Files.writeString(noTempo, "tempo: {dispersion: 0}\n", StandardCharsets.UTF_8);
    JsonNode posterior = json(thaw("forecast", "--json", "--samples", "4000"));
    JsonNode point =
        json(
            thaw(
                "forecast",
                "--json",
                "--samples",
                "4000",
                "--rates",
                "point",
                "--transitions",
                noTempo.toString()));
    assertThat(point.get("tempo").get("dispersion").asDouble()).isZero();
    // The record's 14 advances fall on 6 days, D = (6² + …) / 14 = 4.29 (Calibration's
    // clustering), which makes the default tempo 2 · 3.29 · (1/14 + 1/N') wide
    JsonNode calibration = posterior.get("calibration");
    assertThat(calibration.get("advances").asInt()).isEqualTo(14);
    assertThat(calibration.get("advanceDays").asInt()).isEqualTo(6);
    double d = calibration.get("clustering").asDouble();
    double ahead = 14 * 60.0 / 44.5;
    assertThat(posterior.get("tempo").get("dispersion").asDouble())
        .isCloseTo(2 * (d - 1) * (1.0 / 14 + 1 / ahead), within(0.02));
    // THEN the JSON says which rates were used, and the calibration shows each posterior
    assertThat(posterior.get("rates").asText()).isEqualTo("posterior");
    assertThat(point.get("rates").asText()).isEqualTo("point");
    JsonNode last = posterior.get("calibration").get("steps").get("IN_PROGRESS->COMPLETED");
    double shape = last.get("posterior").get("shape").asDouble();
    double rate = last.get("posterior").get("rate").asDouble();
    double centre = posterior.get("calibration").get("priorCentre").asDouble();
    assertThat(shape).isEqualTo(last.get("transitions").asInt() + 24 * centre);
    // the centre is the plain mean of the three steps' rates under their hyperprior (four
    // transitions in 48 months), each step's exposure counted at the milestones' own paces, which
    // the record puts
    // near 1 (their variance is small): so the centre is near the same mean over plain exposures
    double byHand = 0;
    for (JsonNode step : posterior.get("calibration").get("steps")) {
      byHand +=
          (step.get("transitions").asInt() + 4.0) / (step.get("exposureMonths").asDouble() + 48);
    }
    assertThat(centre).isCloseTo(byHand / 3, within(byHand / 3 * 0.15));
    assertThat(rate - 24).isCloseTo(last.get("exposureMonths").asDouble(), within(3.0));
    // AND the exposures per dimension add up to each step's, and pooling is off by default
    assertThat(posterior.get("partialPooling").asBoolean()).isFalse();
    double byDimension = 0;
    int seenByDimension = 0;
    for (JsonNode g : calibration.get("groups")) {
      if (g.get("step").asText().equals("IN_PROGRESS->COMPLETED")) {
        byDimension += g.get("exposureMonths").asDouble();
        seenByDimension += g.get("transitions").asInt();
      }
    }
    assertThat(byDimension).isCloseTo(last.get("exposureMonths").asDouble(), within(1e-9));
    assertThat(seenByDimension).isEqualTo(last.get("transitions").asInt());
    // AND the crossing, resting on one transition, is less certain with drawn rates
    double crossingPosterior =
        posterior
            .get("milestones")
            .get("third-country-crossing")
            .get("pCompletedByHorizon")
            .asDouble();
    double crossingPoint =
        point.get("milestones").get("third-country-crossing").get("pCompletedByHorizon").asDouble();
    // Half the paths start the disputed crossing IN_PROGRESS, half AGREED. By hand over 60 months
    // at the point rates, ignoring the soft speed-up: 1 - e^{-0.0917*60} = 0.996 from IN_PROGRESS,
    // 1 - (b e^{-a t} - a e^{-b t}) / (b - a) = 0.52 from AGREED (a = 0.0153, b = 0.0917), so at
    // least about (0.996 + 0.52) / 2 = 0.758; 0.02 allows for 4,000 paths.
    assertThat(crossingPoint).isGreaterThan(0.74);
    assertThat(crossingPosterior).isLessThan(crossingPoint - 0.05);
  }

  @Test
  void aTransitionsFilesPriorReplacesTheRecordsAndSaysSo(@TempDir Path dir) throws Exception {
    // GIVEN a transitions file that sets every step's prior to 1.5 transitions in 24 months
    Path file = dir.resolve("prior.yaml");
    Files.writeString(file, "prior: {transitions: 1.5, months: 24}\n", StandardCharsets.UTF_8);
    JsonNode given =
        json(thaw("forecast", "--json", "--samples", "500", "--transitions", file.toString()));
    JsonNode record = json(thaw("forecast", "--json", "--samples", "500"));
    // THEN the JSON names the prior and where it came from
    assertThat(given.get("prior").get("transitions").asDouble()).isEqualTo(1.5);
    assertThat(given.get("prior").get("months").asDouble()).isEqualTo(24);
    assertThat(given.get("prior").get("from").asText()).isEqualTo("transitions");
    assertThat(record.get("prior").get("from").asText()).isEqualTo("record");
    assertThat(record.get("prior").get("months").asDouble()).isEqualTo(24);
    assertThat(record.get("prior").get("transitions").asDouble())
        .isCloseTo(24 * record.get("calibration").get("priorCentre").asDouble(), within(1e-12));
    // AND each step's posterior is the record's count and exposure plus the file's prior
    for (JsonNode step : given.get("calibration").get("steps")) {
      JsonNode posterior = step.get("posterior");
      assertThat(posterior.get("shape").asDouble())
          .isCloseTo(step.get("transitions").asInt() + 1.5, within(1e-12));
    }
    // AND the text says so, and point rates report no prior
    assertThat(thaw("forecast", "--samples", "500", "--transitions", file.toString()).out())
        .contains("Gamma(n + 1.5, T + 24), the transitions file's prior (mean 0.0625 a month)");
    assertThat(
            json(thaw("forecast", "--json", "--samples", "500", "--rates", "point")).has("prior"))
        .isFalse();
  }

  @Test
  void aTransitionsFilesPacePriorIsShownWithTheRecordsOdds(@TempDir Path dir) throws Exception {
    // GIVEN a transitions file that gives even odds that the milestones share one pace
    Path file = dir.resolve("paces.yaml");
    Files.writeString(file, "paces: {shared: 0.5}\n", StandardCharsets.UTF_8);
    JsonNode given =
        json(thaw("forecast", "--json", "--samples", "500", "--transitions", file.toString()));
    JsonNode record = json(thaw("forecast", "--json", "--samples", "500"));
    // THEN the JSON shows the prior and the chance given the record, which the reference
    // record's spread of paces makes neither 0 nor 1
    JsonNode c = given.get("calibration");
    assertThat(c.get("pacePrior").get("shared").asDouble()).isEqualTo(0.5);
    assertThat(c.get("pacePrior").get("scale").asDouble())
        .isEqualTo(io.github.thaw.forecast.Calibration.FRAILTY_PRIOR_SCALE);
    double shared = c.get("sharedPaces").asDouble();
    assertThat(shared).isStrictlyBetween(0.0, 1.0);
    // AND φ is the default's shrunk by about the chance of shared paces
    double phi = record.get("calibration").get("frailtyVariance").asDouble();
    assertThat(c.get("frailtyVariance").asDouble())
        .isCloseTo((1 - shared) * phi, within(0.15 * phi));
    assertThat(record.get("calibration").get("sharedPaces").asDouble()).isZero();
    assertThat(record.get("calibration").get("pacePrior").get("shared").asDouble()).isZero();
    // AND the text says so
    assertThat(thaw("forecast", "--samples", "500", "--transitions", file.toString()).out())
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "Chance that all milestones share one pace: 0.50 before the record (paces: in the"
                    + " transitions file), %.3f given it.",
                shared));
  }

  @Test
  void theTextSaysWhereTheRatesCameFrom() {
    assertThat(thaw("forecast", "--samples", "500").out())
        .contains("Rates: drawn per path from their posterior");
    assertThat(thaw("forecast", "--samples", "500", "--rates", "point").out())
        .contains("Rates: point estimates on every path");
  }

  @Test
  void poolingByMilestoneIsTheDefaultAndTheReferenceRecordsPacesDifferLittle(@TempDir Path dir)
      throws Exception {
    // GIVEN the reference model with the default pooling, and with a transitions file asking for
    // none
    Path none = dir.resolve("none.yaml");
    Files.writeString(none, "pooling: none\n", StandardCharsets.UTF_8);
    JsonNode byMilestone = json(thaw("forecast", "--json", "--samples", "500"));
    JsonNode off =
        json(thaw("forecast", "--json", "--samples", "500", "--transitions", none.toString()));
    // THEN the default is pooling by milestone, the file turns it off
    assertThat(byMilestone.get("pooling").asText()).isEqualTo("milestone");
    assertThat(off.get("pooling").asText()).isEqualTo("none");
    // AND the record's milestones spread little more than shared rates would make them: the
    // variance of their paces is small (its posterior mean, below the prior's median) and every
    // factor is near 1
    JsonNode c = byMilestone.get("calibration");
    double phi = c.get("frailtyVariance").asDouble();
    assertThat(phi)
        .isPositive()
        .isLessThan(io.github.thaw.forecast.Calibration.FRAILTY_PRIOR_SCALE);
    assertThat(c.get("frailties")).hasSize(15);
    int seen = 0;
    for (JsonNode f : c.get("frailties")) {
      assertThat(f.get("factor").asDouble()).isBetween(0.75, 1.25);
      assertThat(f.get("shape").asDouble())
          .isCloseTo(1 / phi + f.get("transitions").asInt(), within(1e-9));
      seen += f.get("transitions").asInt();
    }
    assertThat(seen).isEqualTo(16);
    assertThat(thaw("forecast", "--samples", "500").out())
        .containsPattern("Milestones' own paces: variance 0\\.1\\d\\d across milestones");
  }

  @Test
  void badPoolingIsAUsageError() {
    Run r = thaw("forecast", "--pooling", "milestones");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("pooling 'milestones' is not one of none, dimension, milestone");
  }

  @Test
  void badRatesAreAUsageError() {
    Run r = thaw("forecast", "--rates", "mean");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("rates 'mean' is neither 'posterior' nor 'point'");
  }
}
