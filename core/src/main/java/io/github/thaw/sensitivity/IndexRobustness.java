package io.github.thaw.sensitivity;

import io.github.thaw.index.Aggregation;
import io.github.thaw.index.DateRule;
import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ReadingRule;
import io.github.thaw.index.StatusScores;
import io.github.thaw.index.Structure;
import io.github.thaw.index.Weights;
import io.github.thaw.internal.index.VariantEvaluator;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The index under every method choice an analyst could defend, varied jointly: the uncertainty and
 * sensitivity analysis of the OECD/JRC handbook on composite indicators, in the design of COINr's
 * {@code get_sensitivity}, for an ordinal, dependency-gated process index.
 *
 * <p>Nine choices ({@link #FACTORS}) are the inputs of a Saltelli design of N base samples ({@code
 * (9 + 2) N} evaluations); each is a uniform on [0, 1) mapped onto its options:
 *
 * <ul>
 *   <li>{@code scores}: thirds 0, 1/3, 2/3, 1; Peace Accords Matrix implementation 0, 0, 2/3, 1;
 *       strict 0, 0.1, 0.4, 1; quarters 0, 0.25, 0.5, 1 (each with probability 1/4);
 *   <li>{@code milestoneWeights} and {@code dimensionWeights}: every model weight multiplied by its
 *       own factor uniform on [0.5, 1.5]; the factor's value picks the whole vector (one of
 *       2<sup>31</sup>, drawn by a hash), so that the weights of a level are one input;
 *   <li>{@code dimensionAggregation}: arithmetic mean of the dimensions, or no dimensions at all
 *       (milestones pooled, as the Peace Accords Matrix aggregate does);
 *   <li>{@code gating}: capped by prerequisites, or not;
 *   <li>{@code readingRule}: latest, conservative, optimistic, most reliable;
 *   <li>{@code dateRule}: end, start or middle of a month or year;
 *   <li>{@code disputeWindow}: 7, 31 or 90 days;
 *   <li>{@code unscored}: context ({@code scored: false}) left out, or counted.
 * </ul>
 *
 * <p>Geometric and weakest-link aggregation are left out, at both levels. Every score set gives 0
 * to {@code NOT_STARTED}, and a geometric mean needs strictly positive values (OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008). The index's own shift of c = 1/99 keeps the mean
 * defined but not meaningful here: one milestone completed and one not started give 9.1 instead of
 * 50, a figure set by c, a number no source supports, so over this process the geometric variants
 * measured the count of zeros, not progress. Weakest link answers another question (the bottleneck)
 * and collapses the same way. The spreads are over the 2N independent rows of A and B; first-order
 * indices use Saltelli's 2010 estimator and total indices Jansen's, as {@link Sobol}.
 *
 * <pre>{@code
 * RobustnessResult r = IndexRobustness.of(model, LocalDate.of(2025, 9, 30))
 *     .change(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 30))
 *     .analyze(4096, 42);
 * System.out.println(r.describe());
 * }</pre>
 */
public final class IndexRobustness {
  /** The names of the method choices varied, in input order. */
  public static final List<String> FACTORS =
      List.of(
          "scores",
          "milestoneWeights",
          "dimensionWeights",
          "dimensionAggregation",
          "gating",
          "readingRule",
          "dateRule",
          "disputeWindow",
          "unscored");

  /** The named score sets, in the order the {@code scores} factor picks them. */
  public static final Map<String, StatusScores> SCORE_SETS = scoreSets();

  private static final StatusScores[] SCORES = SCORE_SETS.values().toArray(new StatusScores[0]);

  /** The points of each score set per status level, as the variant evaluator takes them. */
  private static final double[][] SCORE_POINTS = scorePoints();

  /** Arithmetic means by dimension, or milestones pooled (null); no geometric mean, see above. */
  private static final Aggregation[] DIMENSION_AGGREGATION = {Aggregation.ARITHMETIC, null};

  private static final Gating[] GATING = {Gating.CAP_BY_PREREQUISITES, Gating.NONE};
  private static final int[] WINDOWS = {7, 31, 90};
  private static final double WEIGHT_SPREAD = 0.5;
  private static final long MILESTONE_STREAM = 0x6d696c65L;
  private static final long DIMENSION_STREAM = 0x64696d65L;

  private final ProcessModel model;
  private final LocalDate asOf;
  private final LocalDate from;
  private final LocalDate to;
  private final String[] milestoneIds;
  private final double[] milestoneWeights;
  private final String[] dimensionIds;
  private final double[] dimensionWeights;

  private IndexRobustness(ProcessModel model, LocalDate asOf, LocalDate from, LocalDate to) {
    this.model = Objects.requireNonNull(model, "model");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(
          "change from " + from + " to " + to + ": 'from' must not be after 'to'");
    }
    List<Milestone> ms = model.milestones();
    milestoneIds = new String[ms.size()];
    milestoneWeights = new double[ms.size()];
    for (int m = 0; m < ms.size(); m++) {
      milestoneIds[m] = ms.get(m).id().value();
      milestoneWeights[m] = ms.get(m).weight();
    }
    List<Dimension> ds = model.dimensions();
    dimensionIds = new String[ds.size()];
    dimensionWeights = new double[ds.size()];
    for (int d = 0; d < ds.size(); d++) {
      dimensionIds[d] = ds.get(d).id();
      dimensionWeights[d] = ds.get(d).weight();
    }
  }

  private static double[][] scorePoints() {
    double[][] out = new double[SCORES.length][Status.values().length];
    for (int i = 0; i < SCORES.length; i++) {
      for (int l = 0; l < out[i].length; l++) {
        out[i][l] = SCORES[i].points(Status.ofLevel(l));
      }
    }
    return out;
  }

  private static Map<String, StatusScores> scoreSets() {
    Map<String, StatusScores> out = new LinkedHashMap<>();
    out.put("thirds", StatusScores.defaults());
    out.put("pam-implementation", StatusScores.implementation());
    out.put("strict", StatusScores.of(0, 0.1, 0.4, 1));
    out.put("quarters", StatusScores.of(0, 0.25, 0.5, 1));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The analysis of a model's index at a date; the change runs over the year before it.
   *
   * @param model the model
   * @param asOf the date of the value
   * @return the analysis, to configure or run
   */
  public static IndexRobustness of(ProcessModel model, LocalDate asOf) {
    return new IndexRobustness(model, asOf, asOf.minusYears(1), asOf);
  }

  /**
   * The same analysis with the change taken between two other dates.
   *
   * @param from the earlier date
   * @param to the later date
   * @return a new analysis
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public IndexRobustness change(LocalDate from, LocalDate to) {
    return new IndexRobustness(model, asOf, from, to);
  }

  /**
   * The method a point of the unit cube stands for, one coordinate per factor.
   *
   * @param x nine numbers in [0, 1), in {@link #FACTORS} order
   * @return the method
   * @throws IllegalArgumentException if x does not have one coordinate per factor
   */
  public IndexMethod variant(double[] x) {
    if (x.length != FACTORS.size()) {
      throw new IllegalArgumentException(
          "expected " + FACTORS.size() + " coordinates, one per factor, got " + x.length);
    }
    IndexMethod.Builder b =
        IndexMethod.builder()
            .scores(SCORES[pick(x[0], SCORES.length)])
            .milestoneWeights(perturbed(milestoneIds, milestoneWeights, x[1], MILESTONE_STREAM))
            .dimensionWeights(perturbed(dimensionIds, dimensionWeights, x[2], DIMENSION_STREAM))
            .milestoneAggregation(Aggregation.ARITHMETIC);
    Aggregation top = DIMENSION_AGGREGATION[pick(x[3], DIMENSION_AGGREGATION.length)];
    if (top == null) {
      b.structure(Structure.POOLED);
    } else {
      b.structure(Structure.BY_DIMENSION).dimensionAggregation(top);
    }
    return b.gating(GATING[pick(x[4], 2)])
        .readingRule(ReadingRule.values()[pick(x[5], ReadingRule.values().length)])
        .dateRule(DateRule.values()[pick(x[6], DateRule.values().length)])
        .disputeWindowDays(WINDOWS[pick(x[7], WINDOWS.length)])
        .includeUnscored(pick(x[8], 2) == 1)
        .build();
  }

  private static int pick(double u, int choices) {
    return Math.min(choices - 1, Math.max(0, (int) (u * choices)));
  }

  /**
   * Every weight times its own multiplier uniform on [1 - spread, 1 + spread], the multipliers a
   * hash of the factor's value and the element's position, so the same value gives the same vector.
   */
  private static Weights perturbed(String[] ids, double[] weights, double u, long stream) {
    double[] w = perturbed(weights, u, stream, new double[weights.length]);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      out.put(ids[i], w[i]);
    }
    return Weights.fromModel().with(out);
  }

  /** The perturbed weights written into {@code out}, position by position. */
  private static double[] perturbed(double[] weights, double u, long stream, double[] out) {
    long key = (long) (u * (1L << 31));
    long base = mix(key ^ stream);
    for (int i = 0; i < weights.length; i++) {
      double r = (mix(base + i * 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53;
      out[i] = weights[i] * (1 - WEIGHT_SPREAD + 2 * WEIGHT_SPREAD * r);
    }
    return out;
  }

  /**
   * The values of variants without building their methods: what {@code variant(x).evaluate(model,
   * date).value()} gives, bit for bit, with the counted statuses read once per combination of the
   * discrete evidence choices and date (see {@link VariantEvaluator}). One thread.
   */
  final class Variants {
    private final VariantEvaluator index = new VariantEvaluator(model);
    private final double[] mw = new double[milestoneWeights.length];
    private final double[] dw = new double[dimensionWeights.length];
    private double[] weightsOf;

    /**
     * The value of the variant x at a date.
     *
     * @param x nine numbers in [0, 1)
     * @param day the epoch day
     * @return the value
     */
    double value(double[] x, long day) {
      if (weightsOf == null || weightsOf[1] != x[1] || weightsOf[2] != x[2]) {
        perturbed(milestoneWeights, x[1], MILESTONE_STREAM, mw);
        perturbed(dimensionWeights, x[2], DIMENSION_STREAM, dw);
        weightsOf = x.clone();
      }
      int scores = pick(x[0], SCORES.length);
      return index.value(
          SCORE_POINTS[scores],
          SCORES[scores].scale(),
          mw,
          dw,
          DIMENSION_AGGREGATION[pick(x[3], DIMENSION_AGGREGATION.length)] == null,
          pick(x[8], 2) == 1,
          GATING[pick(x[4], 2)] == Gating.CAP_BY_PREREQUISITES,
          // The engine codes the evidence rules by their enums' ordinals, as variant(x) picks them.
          pick(x[5], ReadingRule.values().length),
          pick(x[6], DateRule.values().length),
          WINDOWS[pick(x[7], WINDOWS.length)],
          day);
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Runs the analysis.
   *
   * @param variants N, the base samples, at least 2; a power of two suits the Sobol' points
   * @param seed the seed of the scrambled Sobol' points
   * @return the spreads and the factors' indices
   * @throws IllegalArgumentException if variants is below 2 or the model cannot be indexed
   */
  public RobustnessResult analyze(int variants, long seed) {
    if (variants < 2) {
      throw new IllegalArgumentException(
          "variants must be at least 2 (a power of two suits Sobol' points), found " + variants);
    }
    int n = variants;
    int k = FACTORS.size();
    List<Parameter> ps = new ArrayList<>(k);
    for (String name : FACTORS) {
      ps.add(Parameter.uniform(name, 0, 1));
    }
    double[] a = new double[n * k];
    double[] b = new double[n * k];
    SaltelliDesign.fill(Sampling.SCRAMBLED_SOBOL, n, k, seed, a, b);
    double[] unitA = a.clone();
    double[] unitB = b.clone();
    Variants fast = new Variants();
    long asOfDay = asOf.toEpochDay();
    double[] y = Evaluator.evaluate(x -> fast.value(x, asOfDay), ps, n, a, b, 1);

    double[] values = Arrays.copyOf(y, 2 * n);
    double[] change = new double[2 * n];
    double[] row = new double[k];
    int rose = 0;
    for (int j = 0; j < 2 * n; j++) {
      System.arraycopy(j < n ? unitA : unitB, (j % n) * k, row, 0, k);
      change[j] = fast.value(row, to.toEpochDay()) - fast.value(row, from.toEpochDay());
      rose += change[j] > 1e-9 ? 1 : 0;
    }
    List<RobustnessResult.Factor> factors = new ArrayList<>(k);
    boolean constant = Arrays.stream(values).allMatch(v -> v == values[0]);
    if (constant) {
      for (String name : FACTORS) {
        factors.add(new RobustnessResult.Factor(name, 0, 0));
      }
    } else {
      SobolResult s = Estimator.estimate(ps, n, y, Sampling.SCRAMBLED_SOBOL, 0, 0.95, 1, seed);
      for (int i = 0; i < k; i++) {
        factors.add(
            new RobustnessResult.Factor(FACTORS.get(i), s.firstOrder()[i], s.totalOrder()[i]));
      }
    }
    Arrays.sort(values);
    Arrays.sort(change);
    return new RobustnessResult(
        asOf,
        n,
        new RobustnessResult.Spread(
            quantile(values, 0.05),
            quantile(values, 0.5),
            quantile(values, 0.95),
            values[0],
            values[values.length - 1]),
        new RobustnessResult.Change(
            from,
            to,
            quantile(change, 0.05),
            quantile(change, 0.5),
            quantile(change, 0.95),
            rose / (2.0 * n)),
        factors);
  }

  /** Linear interpolation between order statistics (R's type 7) of a sorted sample. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
