package io.github.thaw.sensitivity;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.StatusScores;
import io.github.thaw.index.Structure;
import io.github.thaw.index.Weights;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Which assumptions of the index drive its value: a Sobol' analysis of the index at one date over
 * the milestone weights, the dimension weights and the scores of the two middle statuses.
 *
 * <pre>{@code
 * SobolResult r = IndexSensitivity.of(model, date).analyze(1 << 10, 42);
 * System.out.println(r.table());   // ranked by total effect
 * }</pre>
 *
 * <p>Each weight varies uniformly between {@code (1 − spread)} and {@code (1 + spread)} times its
 * value under the base method (default spread 0.5); a weight of 0 stays fixed and is left out.
 * {@code AGREED} varies uniformly in [0.15, 0.50] and {@code IN_PROGRESS} in [0.50, 0.85], so any
 * draw keeps the scale non-decreasing; {@code NOT_STARTED} stays 0 and {@code COMPLETED} 1. The
 * parameter names are {@code milestone:ID}, {@code dimension:ID} and {@code score:STATUS}.
 */
public final class IndexSensitivity {
  private final ProcessModel model;
  private final LocalDate date;
  private final IndexMethod base;
  private final double spread;
  private final Sobol.Options options;

  private IndexSensitivity(
      ProcessModel model, LocalDate date, IndexMethod base, double spread, Sobol.Options options) {
    this.model = Objects.requireNonNull(model, "model");
    this.date = Objects.requireNonNull(date, "date");
    this.base = Objects.requireNonNull(base, "method");
    if (!(spread > 0 && spread < 1)) {
      throw new IllegalArgumentException("weight spread is " + spread + "; it must be in (0, 1)");
    }
    this.spread = spread;
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The analysis of a model's index at a date under the default method.
   *
   * @param model the model
   * @param date the date
   * @return the analysis, to configure or run
   */
  public static IndexSensitivity of(ProcessModel model, LocalDate date) {
    return new IndexSensitivity(model, date, IndexMethod.defaults(), 0.5, Sobol.options());
  }

  /**
   * The same analysis around another base method (its aggregation, gating and structure are kept;
   * its weights give the centre of each weight's range).
   *
   * @param method the base method
   * @return a new analysis
   */
  public IndexSensitivity method(IndexMethod method) {
    return new IndexSensitivity(model, date, method, spread, options);
  }

  /**
   * The same analysis with another relative spread of the weights.
   *
   * @param spread in (0, 1)
   * @return a new analysis
   * @throws IllegalArgumentException if the spread is outside (0, 1)
   */
  public IndexSensitivity weightSpread(double spread) {
    return new IndexSensitivity(model, date, base, spread, options);
  }

  /**
   * The same analysis with other Sobol' options (sampling, bootstrap, threads).
   *
   * @param options the options
   * @return a new analysis
   */
  public IndexSensitivity options(Sobol.Options options) {
    return new IndexSensitivity(model, date, base, spread, options);
  }

  /**
   * The uncertain inputs, in the order the analysis reads them.
   *
   * @return the parameters
   */
  public List<Parameter> parameters() {
    List<Parameter> out = new ArrayList<>();
    for (Milestone m : model.milestones()) {
      double w = centre(base.milestoneWeights(), m.id().value(), m.weight());
      if (w > 0) {
        out.add(Parameter.uniform("milestone:" + m.id(), w * (1 - spread), w * (1 + spread)));
      }
    }
    if (base.structure() == Structure.BY_DIMENSION) {
      for (Dimension d : model.dimensions()) {
        double w = centre(base.dimensionWeights(), d.id(), d.weight());
        if (w > 0) {
          out.add(Parameter.uniform("dimension:" + d.id(), w * (1 - spread), w * (1 + spread)));
        }
      }
    }
    out.add(Parameter.uniform("score:AGREED", 0.15, 0.50));
    out.add(Parameter.uniform("score:IN_PROGRESS", 0.50, 0.85));
    return out;
  }

  private static double centre(Weights weights, String id, double fromModel) {
    Double explicit = weights.explicit().get(id);
    if (explicit != null) {
      return explicit;
    }
    return weights.base() == Weights.Base.EQUAL ? 1.0 : fromModel;
  }

  /**
   * The index value for one draw of the parameters.
   *
   * @return the function the analysis evaluates
   */
  ToDoubleFunction<double[]> function() {
    List<Parameter> parameters = parameters();
    int k = parameters.size();
    String[] names = new String[k];
    for (int i = 0; i < k; i++) {
      names[i] = parameters.get(i).name();
    }
    double scale = base.scores().scale();
    return x -> {
      Weights milestones = Weights.equal();
      Weights dimensions = Weights.equal();
      double agreed = 0;
      double progress = 0;
      for (int i = 0; i < k; i++) {
        String n = names[i];
        if (n.startsWith("milestone:")) {
          milestones = milestones.with(n.substring(10), x[i]);
        } else if (n.startsWith("dimension:")) {
          dimensions = dimensions.with(n.substring(10), x[i]);
        } else if (n.equals("score:AGREED")) {
          agreed = x[i];
        } else {
          progress = x[i];
        }
      }
      IndexMethod m =
          base.toBuilder()
              .milestoneWeights(milestones.with(zeroWeights(true)))
              .dimensionWeights(dimensions.with(zeroWeights(false)))
              .scores(StatusScores.ofPoints(scale, 0, agreed * scale, progress * scale, scale))
              .build();
      return m.evaluate(model, date).value();
    };
  }

  /** Elements whose base weight is 0 keep weight 0; they are not parameters. */
  private java.util.Map<String, Double> zeroWeights(boolean milestones) {
    java.util.Map<String, Double> out = new java.util.HashMap<>();
    if (milestones) {
      for (Milestone m : model.milestones()) {
        if (centre(base.milestoneWeights(), m.id().value(), m.weight()) == 0) {
          out.put(m.id().value(), 0.0);
        }
      }
    } else {
      for (Dimension d : model.dimensions()) {
        if (centre(base.dimensionWeights(), d.id(), d.weight()) == 0) {
          out.put(d.id(), 0.0);
        }
      }
    }
    return out;
  }

  /**
   * Runs the analysis.
   *
   * @param baseSamples N; {@code (k + 2) N} index evaluations follow
   * @param seed the seed
   * @return the indices, ranked by {@link SobolResult#ranked()}
   * @throws IllegalArgumentException if the index does not vary at all over the ranges (for example
   *     when no milestone has progressed)
   */
  public SobolResult analyze(int baseSamples, long seed) {
    return options.analyze(function(), parameters(), baseSamples, seed);
  }
}
