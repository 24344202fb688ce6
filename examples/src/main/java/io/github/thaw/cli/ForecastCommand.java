package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.forecast.Calibration;
import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastDate;
import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.forecast.IndexFanPoint;
import io.github.thaw.forecast.MilestoneForecast;
import io.github.thaw.forecast.Pooling;
import io.github.thaw.forecast.RateEstimate;
import io.github.thaw.forecast.RatePosterior;
import io.github.thaw.forecast.Rates;
import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepPrior;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.io.ScenarioFiles;
import io.github.thaw.io.TransitionFiles;
import io.github.thaw.model.Limits;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A Monte Carlo forecast: how likely each milestone is done by the horizon, and the index fan. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Monte Carlo forecast: the chance each milestone is done by the horizon, when, what holds it"
          + " back, and the index fan.",
      "Step durations are calibrated on the model's record unless a transitions file says"
          + " otherwise (docs/forecasting.md)."
    })
final class ForecastCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Mixin KnownAtOption knownAt;
  @Mixin MethodOption method;
  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Start date. Default: the model's asOf, else its latest event"
              + " (docs/reference-date.md).")
  LocalDate asOf;

  @Option(
      names = "--horizon",
      paramLabel = "YYYY-MM",
      converter = MonthConverter.class,
      description = "Last month forecast. Default: five years after the start date.")
  YearMonth horizon;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Number of paths. Default: ${DEFAULT-VALUE}.")
  long samples = Forecast.DEFAULT_SAMPLES;

  @Option(names = "--seed", paramLabel = "N", description = "Seed. Default: ${DEFAULT-VALUE}.")
  long seed = Forecast.DEFAULT_SEED;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads; the result does not depend on them. Default: ${DEFAULT-VALUE}.")
  int threads = 1;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description = "Forecast under a scenario file (YAML or JSON).")
  Path scenario;

  @Option(
      names = "--transitions",
      paramLabel = "FILE",
      description = "Transitions file (YAML or JSON) changing the calibrated step durations.")
  Path transitions;

  @Option(
      names = "--rates",
      paramLabel = "posterior|point",
      converter = RatesConverter.class,
      description =
          "Calibrated step rates drawn per path from their posterior, or fixed at the point"
              + " estimate. Default: posterior.")
  Rates rates = Forecast.DEFAULT_RATES;

  @Option(
      names = "--pooling",
      paramLabel = "none|dimension|milestone",
      converter = PoolingConverter.class,
      description =
          "How calibrated step rates are pooled: one rate per step for all milestones (none),"
              + " each dimension's drawn around it, or each milestone's own pace drawn from its"
              + " posterior (empirical Bayes). Default: the transitions file's 'pooling:', else"
              + " milestone.")
  Pooling pooling;

  @Option(names = "--partial-pooling", description = "The same as --pooling dimension.")
  boolean partialPooling;

  @Override
  public Integer call() throws IOException {
    OptionLimits.range(spec.commandLine(), "--samples", samples, 1, Limits.MAX_FORECAST_SAMPLES);
    OptionLimits.range(spec.commandLine(), "--threads", threads, 1, Limits.MAX_THREADS);
    ProcessModel m = knownAt.apply(options.load());
    Scenario s = scenario == null ? null : ScenarioFiles.read(scenario);
    LocalDate start = asOf != null ? asOf : options.referenceDate(m, "--as-of");
    OptionLimits.horizon(spec.commandLine(), start, horizon, Forecast.DEFAULT_HORIZON_YEARS);
    Forecast.Builder b =
        Forecast.builder(m)
            .asOf(start)
            .overrides(transitions == null ? null : TransitionFiles.overrides(transitions))
            .scenario(s)
            .method(method.load(s == null ? m : s.applyTo(m)))
            .samples(samples)
            .threads(threads)
            .rates(rates)
            .pooling(partialPooling ? Pooling.DIMENSION : pooling);
    if (horizon != null) {
      b.horizon(horizon);
    }
    Forecast forecast = b.build();
    Calibration calibration = forecast.calibration().orElse(null);
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = ProgressBar.forTerminal(err, forecast.samples());
    ForecastSummary result = forecast.runShard(seed, 0, forecast.samples(), bar);
    if (bar != null) {
      bar.finish();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      out.println(Json.write(json(result, forecast, calibration)));
    } else {
      if (calibration != null) {
        out.println(calibration.table());
      }
      out.println(ratesLine(forecast));
      out.println(tempoLine(forecast, calibration));
      out.println(reversalsLine(forecast, calibration));
      if (calibration != null) {
        out.println(poolingLines(forecast, calibration));
      }
      out.print(result.table());
    }
    out.flush();
    return 0;
  }

  static ObjectNode json(ForecastSummary r, Forecast f, Calibration calibration) {
    ObjectNode root = Json.object();
    root.put("asOf", r.asOf().toString());
    root.put("horizon", r.horizon().toString());
    root.put("samples", r.samples());
    root.put("seed", r.seed());
    if (f.scenario().isPresent()) {
      root.put("scenario", f.scenario().get().name());
    } else {
      root.putNull("scenario");
    }
    // The rates actually used: posterior only if some step drew its rate per path.
    root.put("rates", (f.posteriors().isEmpty() ? Rates.POINT : f.rates()).label());
    root.set("transitions", transitions(f.transitions()));
    root.putObject("tempo").put("dispersion", f.tempo().dispersion());
    ObjectNode reversals = root.putObject("reversals");
    reversals.put("hazard", f.reversals().hazard());
    reversals.put("from", reversalsFrom(f, calibration));
    if (calibration != null) {
      reversals.put("decreases", calibration.decreases());
      reversals.put("exposureMonths", calibration.reversalExposureMonths());
    } else {
      reversals.putNull("decreases");
      reversals.putNull("exposureMonths");
    }
    if (!f.posteriors().isEmpty()) {
      // The prior every drawn step rate was updated from: the transitions file's, else the
      // record's.
      Optional<StepPrior> given = f.transitions().prior();
      StepPrior used =
          given.orElseGet(() -> calibration == null ? null : calibration.prior(f.pooling()));
      if (used != null) {
        ObjectNode prior = root.putObject("prior");
        prior.put("transitions", used.transitions());
        prior.put("months", used.months());
        prior.put("from", given.isPresent() ? "transitions" : "record");
      }
    }
    root.put("partialPooling", !f.groups().isEmpty());
    root.put("pooling", f.pooling().label());
    if (calibration != null) {
      root.set(
          "calibration",
          calibration(
              calibration,
              f.pooling(),
              f.transitions().prior().orElse(calibration.prior(f.pooling()))));
    }
    ObjectNode milestones = root.putObject("milestones");
    for (MilestoneForecast mf : r.milestones()) {
      ObjectNode n = milestones.putObject(mf.milestone().value());
      n.put("statusAsOf", mf.statusAsOf().name());
      n.put("pCompletedByHorizon", mf.pCompletedByHorizon());
      ObjectNode completion = n.putObject("completion");
      completion.put("p10", date(mf.completionP10()));
      completion.put("p50", date(mf.completionP50()));
      completion.put("p90", date(mf.completionP90()));
      ObjectNode atHorizon = n.putObject("statusAtHorizon");
      for (Map.Entry<Status, Double> e : mf.statusAtHorizon().entrySet()) {
        atHorizon.put(e.getKey().name(), e.getValue());
      }
      ObjectNode held = n.putObject("heldBackLastBy");
      for (Map.Entry<MilestoneId, Double> e : mf.heldBackLastBy().entrySet()) {
        held.put(e.getKey().value(), e.getValue());
      }
      ObjectNode by = n.putObject("pCompletedBy");
      List<LocalDate> dates = r.dates();
      for (int k = 0; k < dates.size(); k++) {
        by.put(dates.get(k).toString(), mf.pCompletedBy().get(k));
      }
    }
    ArrayNode index = root.putArray("index");
    for (IndexFanPoint p : r.index()) {
      ObjectNode n = index.addObject();
      n.put("date", p.date().toString());
      n.put("p10", p.p10());
      n.put("p50", p.p50());
      n.put("p90", p.p90());
    }
    return root;
  }

  /** Says where the rates came from, with each drawn step's posterior mean. */
  static String ratesLine(Forecast f) {
    if (f.posteriors().isEmpty()) {
      return "Rates: point estimates on every path (--rates point, or nothing calibrated).\n";
    }
    StringBuilder s = new StringBuilder("Rates: drawn per path from their posterior, ");
    Optional<StepPrior> given = f.transitions().prior();
    if (given.isPresent()) {
      s.append(
          String.format(
              Locale.ROOT,
              "Gamma(n + %s, T + %s), the transitions file's prior (mean %.4f a month);"
                  + " posterior means",
              plain(given.get().transitions()),
              plain(given.get().months()),
              given.get().mean()));
    } else {
      s.append("Gamma(n + w*c, T + w), c the mean of the steps' rates, with w = ");
      s.append(
          String.format(Locale.ROOT, "%.0f months; posterior means", Calibration.PRIOR_MONTHS));
    }
    for (RatePosterior p : f.posteriors()) {
      s.append(String.format(Locale.ROOT, " %s %.4f", p.step().label(), p.mean()));
    }
    return s.append(" (--rates point for the plug-in forecast).\n").toString();
  }

  /** A number as written in a file: 24 for 24.0, 1.52 for 1.52. */
  private static String plain(double x) {
    return String.valueOf(x).replaceAll("\\.0$", "");
  }

  /** Shows each dimension's exposure per step and, when pooling partially, its shrunk rate. */
  static String poolingLines(Forecast f, Calibration c) {
    boolean on = !f.groups().isEmpty();
    StringBuilder s =
        new StringBuilder(
            on
                ? "Partial pooling by dimension (empirical Bayes, drawn per path around the shrunk"
                    + " rate): transitions/exposure, shrunk rate per step\n"
                : "Exposure by dimension (transitions/months per step; --pooling dimension draws"
                    + " each dimension's rate around the pooled one):\n");
    java.util.Map<String, StringBuilder> rows = new java.util.LinkedHashMap<>();
    for (io.github.thaw.forecast.RateGroup g : c.groups()) {
      StringBuilder row =
          rows.computeIfAbsent(
              g.dimension(), d -> new StringBuilder(String.format(Locale.ROOT, "  %-22s", d)));
      row.append(
          String.format(
              Locale.ROOT, " %s %d/%.1fmo", g.step().label(), g.transitions(), g.exposureMonths()));
      if (on) {
        row.append(String.format(Locale.ROOT, " -> %.4f", g.shrunkRate()));
      }
    }
    rows.values().forEach(r -> s.append(r).append('\n'));
    s.append(frailtyLine(f, c));
    return s.toString();
  }

  /** Says how much milestones differ in pace and whether the paths draw each one's own. */
  static String frailtyLine(Forecast f, Calibration c) {
    double phi = c.frailtyVariance();
    String how =
        f.pooling() == Pooling.MILESTONE
            ? "; each path draws each milestone's own pace from its posterior"
            : " (--pooling milestone draws each milestone's own pace)";
    String shared =
        c.pacePrior().shared() > 0
            ? String.format(
                Locale.ROOT,
                "Chance that all milestones share one pace: %.2f before the record (paces: in the"
                    + " transitions file), %.3f given it.%n",
                c.pacePrior().shared(),
                c.sharedPaces())
            : "";
    return shared + paceLine(phi, how, f, c);
  }

  private static String paceLine(double phi, String how, Forecast f, Calibration c) {
    if (!(phi > 0)) {
      return String.format(
          Locale.ROOT,
          "Milestones' own paces: variance 0 (their transitions spread no more than shared rates"
              + " make them), so every milestone keeps the pooled rates%s.%n",
          f.pooling() == Pooling.MILESTONE ? "" : how);
    }
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Milestones' own paces: variance %.3f across milestones (posterior mean)%s; factor"
                    + " (transitions seen/expected at the steps' rates):%n",
                phi,
                how));
    int k = 0;
    for (io.github.thaw.forecast.MilestoneFrailty m : c.frailties()) {
      s.append(k++ % 3 == 0 ? "  " : "   ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%s %.2f (%d/%.1f)",
                  m.milestone().value(),
                  m.factor(),
                  m.transitions(),
                  m.expectedTransitions()));
      if (k % 3 == 0) {
        s.append('\n');
      }
    }
    if (k % 3 != 0) {
      s.append('\n');
    }
    return s.toString();
  }

  /** Says how much the paths' common tempo varies and where that comes from. */
  static String tempoLine(Forecast f, Calibration c) {
    double v = f.tempo().dispersion();
    String from =
        f.transitions().tempo().isPresent() || c == null
            ? "as set"
            : String.format(
                Locale.ROOT,
                "from the record: %d advances on %d days, clustering D = %.2f",
                c.advances(),
                c.advanceDays(),
                c.clustering());
    return String.format(
        Locale.ROOT,
        "Common tempo: every clock of a path runs at one pace, Gamma with mean 1 and variance %.3f"
            + " (%s; a transitions file's tempo: {dispersion: 0} turns it off).%n",
        v,
        from);
  }

  /** Where the reversal hazard comes from: "transitions" (a file), "record" or "none". */
  private static String reversalsFrom(Forecast f, Calibration c) {
    if (f.transitions().reversals().isPresent()) {
      return "transitions";
    }
    return c != null && f.reversals().equals(c.reversals()) && f.reversals().isActive()
        ? "record"
        : "none";
  }

  /** Says at which hazard statuses fall and where it comes from. */
  static String reversalsLine(Forecast f, Calibration c) {
    double h = f.reversals().hazard();
    String from =
        switch (reversalsFrom(f, c)) {
          case "record" ->
              String.format(
                  Locale.ROOT,
                  "from the record: %d decrease%s in %.1f milestone-months at AGREED or above,"
                      + " with a prior of %.1f in %.0f",
                  c.decreases(),
                  c.decreases() == 1 ? "" : "s",
                  c.reversalExposureMonths(),
                  Calibration.REVERSAL_PRIOR_DECREASES,
                  Calibration.REVERSAL_PRIOR_MONTHS);
          case "transitions" -> "as set";
          default -> "none";
        };
    if (h == 0) {
      return String.format(
          Locale.ROOT,
          "Random reversals: off, statuses only rise unless a scenario sets them back (%s).%n",
          from);
    }
    return String.format(
        Locale.ROOT,
        "Random reversals: a milestone at AGREED or above falls one level at %.4f a month, one in"
            + " %.0f months (%s; a transitions file's reversals: {hazard: 0} turns them off).%n",
        h,
        1 / h,
        from);
  }

  private static String date(ForecastDate d) {
    return d.afterHorizon() ? "after-horizon" : d.date().toString();
  }

  private static ObjectNode transitions(Transitions t) {
    ObjectNode n = Json.object();
    ObjectNode steps = n.putObject("steps");
    t.steps().forEach((step, d) -> steps.put(step.label(), d.toString()));
    ObjectNode own = n.putObject("milestones");
    t.milestones()
        .forEach(
            (id, byStep) -> {
              ObjectNode m = own.putObject(id.value());
              byStep.forEach((step, d) -> m.put(step.label(), d.toString()));
            });
    n.put("softFactor", t.softFactor());
    if (t.freezes().isPresent()) {
      ObjectNode fz = n.putObject("freeze");
      fz.put("ratePerYear", t.freezes().get().ratePerYear());
      fz.put("months", t.freezes().get().months());
    } else {
      n.putNull("freeze");
    }
    return n;
  }

  private static ObjectNode calibration(Calibration c, Pooling pooling, StepPrior prior) {
    ObjectNode n = Json.object();
    n.put("from", c.from().toString());
    n.put("asOf", c.asOf().toString());
    n.put("confidence", Calibration.CONFIDENCE);
    ObjectNode steps = n.putObject("steps");
    for (Step s : Step.values()) {
      RateEstimate e = c.step(s);
      ObjectNode x = steps.putObject(s.label());
      x.put("transitions", e.transitions());
      x.put("exposureMonths", e.exposureMonths());
      x.put("rate", e.rate());
      x.put("low", e.low());
      x.put("high", e.high());
      x.put("basis", e.basis().name());
      RatePosterior p = c.posterior(s, pooling, prior);
      ObjectNode post = x.putObject("posterior");
      post.put("shape", p.shape());
      post.put("rate", p.rate());
      post.put("mean", p.mean());
    }
    ArrayNode groups = n.putArray("groups");
    for (io.github.thaw.forecast.RateGroup g : c.groups()) {
      ObjectNode x = groups.addObject();
      x.put("dimension", g.dimension());
      x.put("step", g.step().label());
      x.put("transitions", g.transitions());
      x.put("exposureMonths", g.exposureMonths());
      x.put("shrunkRate", g.shrunkRate());
      x.put("factor", g.factor());
    }
    ObjectNode tau = n.putObject("betweenGroupVariance");
    for (Step s : Step.values()) {
      tau.put(s.label(), c.betweenGroupVariance(s));
    }
    n.put("frailtyVariance", c.frailtyVariance());
    ObjectNode paces = n.putObject("pacePrior");
    paces.put("scale", c.pacePrior().scale());
    paces.put("shared", c.pacePrior().shared());
    n.put("sharedPaces", c.sharedPaces());
    ArrayNode frailties = n.putArray("frailties");
    for (io.github.thaw.forecast.MilestoneFrailty f : c.frailties()) {
      ObjectNode x = frailties.addObject();
      x.put("milestone", f.milestone().value());
      x.put("transitions", f.transitions());
      x.put("expectedTransitions", f.expectedTransitions());
      x.put("shape", f.shape());
      x.put("rate", f.rate());
      x.put("factor", f.factor());
    }
    n.put("pooledRate", c.pooledRate());
    n.put("priorCentre", c.priorCentre(pooling));
    n.put("priorMonths", Calibration.PRIOR_MONTHS);
    n.put("advances", c.advances());
    n.put("advanceDays", c.advanceDays());
    n.put("clustering", c.clustering());
    return n;
  }
}
