package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.forecast.Backtest;
import io.github.thaw.forecast.BacktestResult;
import io.github.thaw.forecast.Forecast;
import io.github.thaw.model.Limits;
import io.github.thaw.model.ProcessModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Rolling-origin forecasts from what was known at each origin, scored against what happened. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Rolling-origin backtest: at each month-end origin a forecast from what had been published"
          + " by then, scored against what the record says happened by the origin plus the lead.",
      "Brier and log scores of 'advances at least one status' and 'completes', CRPS of the index;"
          + " baselines persistence and base rate (docs/forecasting.md, Backtest)."
    })
final class BacktestCommand implements Callable<Integer> {
  @Mixin ModelOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "First origin: the end of this date's month. Default: the month anything in the model"
              + " was first published.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "No origin after this date. Default: the last month end whose lead ends by the model's"
              + " reference date.")
  LocalDate to;

  @Option(
      names = "--every",
      paramLabel = "N",
      description = "Months between origins. Default: ${DEFAULT-VALUE}.")
  int every = Backtest.DEFAULT_EVERY_MONTHS;

  @Option(
      names = "--lead",
      paramLabel = "N",
      description = "Months from each origin to the date scored. Default: ${DEFAULT-VALUE}.")
  int lead = Backtest.DEFAULT_LEAD_MONTHS;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Paths per origin. Default: ${DEFAULT-VALUE}.")
  long samples = Forecast.DEFAULT_SAMPLES;

  @Option(names = "--seed", paramLabel = "N", description = "Seed. Default: ${DEFAULT-VALUE}.")
  long seed = Forecast.DEFAULT_SEED;

  @Override
  public Integer call() throws IOException {
    OptionLimits.range(spec.commandLine(), "--samples", samples, 1, Limits.MAX_FORECAST_SAMPLES);
    OptionLimits.range(spec.commandLine(), "--every", every, 1, 1200);
    OptionLimits.range(spec.commandLine(), "--lead", lead, 1, 1200);
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    ProcessModel m = options.load();
    Backtest.Builder b = Backtest.builder(m).every(every).lead(lead).samples(samples).seed(seed);
    if (from != null) {
      b.from(from);
    }
    if (to != null) {
      b.to(to);
    }
    Backtest backtest;
    try {
      backtest = b.build();
    } catch (IllegalArgumentException e) {
      // A range that yields no origin to score is a usage error, said plainly.
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    BacktestResult r = backtest.run();
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      out.println(Json.write(json(r)));
    } else {
      out.printf("Backtest of '%s'%n%n", m.name());
      out.print(r.table());
    }
    out.flush();
    return 0;
  }

  static ObjectNode json(BacktestResult r) {
    ObjectNode root = Json.object();
    root.put("lead", r.lead());
    root.put("samples", r.samples());
    root.put("seed", r.seed());
    ArrayNode origins = root.putArray("origins");
    for (BacktestResult.Origin o : r.origins()) {
      ObjectNode n = origins.addObject();
      n.put("date", o.date().toString());
      n.put("target", o.target().toString());
      n.put("knownEvents", o.knownEvents());
      ObjectNode index = n.putObject("index");
      index.put("atOrigin", o.indexAtOrigin());
      index.put("p10", o.indexForecast().p10());
      index.put("p50", o.indexForecast().p50());
      index.put("p90", o.indexForecast().p90());
      index.put("observed", o.indexObserved());
      index.put("crpsThaw", o.crpsThaw());
      index.put("crpsPersistence", o.crpsPersistence());
      ArrayNode outcomes = n.putArray("outcomes");
      for (BacktestResult.Outcome x : o.outcomes()) {
        ObjectNode e = outcomes.addObject();
        e.put("milestone", x.milestone().value());
        e.put("question", x.question().label());
        e.put("statusAtOrigin", x.statusAtOrigin().name());
        e.put("statusAtTarget", x.statusAtTarget().name());
        e.put("thaw", x.thaw());
        e.put("baseRate", x.baseRate());
        e.put("happened", x.happened());
      }
    }
    ObjectNode scores = root.putObject("scores");
    score(scores.putObject("thaw"), r.thaw());
    score(scores.putObject("persistence"), r.persistence());
    score(scores.putObject("baseRate"), r.baseRate());
    scores.put("events", r.outcomes().size());
    scores.put("logEpsilon", io.github.thaw.forecast.Scoring.LOG_EPSILON);
    ArrayNode reliability = root.putArray("reliability");
    for (BacktestResult.ReliabilityBin bin : r.reliability()) {
      ObjectNode n = reliability.addObject();
      n.put("low", bin.low());
      n.put("high", bin.high());
      n.put("predicted", bin.predicted());
      n.put("observed", bin.observed());
      n.put("count", bin.count());
    }
    ArrayNode dates = root.putArray("knowledgeDates");
    r.knowledgeDates().forEach(d -> dates.add(d.toString()));
    root.put("evidence", r.evidence());
    return root;
  }

  private static void score(ObjectNode n, BacktestResult.Score s) {
    n.put("brier", s.brier());
    n.put("log", s.log());
    if (s.crps().isPresent()) {
      n.put("crps", s.crps().getAsDouble());
    }
  }
}
