package io.github.thaw.model;

/**
 * The documented limits of every input that drives memory, time or the precision of the arithmetic.
 * Each is far beyond what a real analysis needs and is refused beyond with a message naming the
 * value (by the file readers with file, line and column; by the command line naming the option).
 * {@code docs/limits.md} lists them with their reasons.
 *
 * <p>Weights are at most 1e6, so that a sum of a million of them stays far from overflow and exact
 * to far better than the 0.01 point the index is printed with (a number too small for a double is
 * refused where it is written); AHP entries within Saaty's 1/9–9 scale extended to 1/1000–1000,
 * where the principal eigenvector is computed reliably.
 */
public final class Limits {
  /** The largest weight: {@value}. */
  public static final double MAX_WEIGHT = 1e6;

  /** The weight rule as messages state it. */
  public static final String WEIGHT_RANGE = "a number from 0 to 1e6";

  /** The largest AHP entry, and the reciprocal of the smallest: {@value}. */
  public static final double MAX_AHP_ENTRY = 1000;

  /** The latest horizon of a forecast, in years after its as-of date: {@value}. */
  public static final int MAX_HORIZON_YEARS = 100;

  /** The latest year any date may reach, the as-of date, the horizon and its default included. */
  public static final int MAX_YEAR = 9999;

  /** The most paths of one forecast run: {@value}. */
  public static final long MAX_FORECAST_SAMPLES = 1_000_000_000L;

  /**
   * The most milestone-checkpoints a forecast counts per worker: {@value} (milestones × monthly
   * checkpoints to the horizon, 8 bytes each).
   */
  public static final long MAX_FORECAST_CELLS = 64_000_000L;

  /** The most threads a command may ask for; runs use no more workers than processors: {@value}. */
  public static final int MAX_THREADS = 256;

  /** The most base samples of one Sobol' analysis: {@value} (2^20). */
  public static final int MAX_SOBOL_BASE_SAMPLES = 1 << 20;

  /**
   * The most model evaluations of one Sobol' analysis, (parameters + 2) × base samples: {@value}.
   * The design and the outputs take about 24 bytes an evaluation, so this stays within half a GiB.
   */
  public static final long MAX_SOBOL_EVALUATIONS = 20_000_000L;

  /** The longest duration parameter (minimum, mode, maximum, median, p90), in months: {@value}. */
  public static final double MAX_DURATION_MONTHS = 12_000;

  /**
   * The highest freeze rate, shocks per year: {@value}, about three a day, which already freezes a
   * process at once. A path draws up to rate × years shocks, so this bounds a path's cost (at most
   * 100,000 over the longest horizon); a rate of 1e9 never finished.
   */
  public static final double MAX_FREEZE_RATE_PER_YEAR = 1000;

  /**
   * The most problems listed for one file, of any kind (model, scenario, method, transitions):
   * {@value}; later ones are counted in one last problem.
   */
  public static final int MAX_PROBLEMS = 1000;

  /**
   * The most milestones the dependency-graph chart draws: {@value}; a larger model's graph is
   * unreadable as a picture and is exported for a graph tool instead ({@code export --format dot}).
   */
  public static final int MAX_GRAPH_MILESTONES = 2_000;

  /**
   * The most milestones of a model the HTML report describes: {@value}; beyond it the page (one
   * table row a milestone) outgrows a browser and a 1 GiB heap.
   */
  public static final int MAX_REPORT_MILESTONES = 100_000;

  /** The longest text value (a name, note, title or description) in characters: {@value}. */
  public static final int MAX_TEXT_LENGTH = 65_536;

  private Limits() {}

  /**
   * Whether a value is an acceptable weight.
   *
   * @param w the value
   * @return true for numbers from 0 to {@link #MAX_WEIGHT}
   */
  public static boolean isWeight(double w) {
    return w >= 0 && w <= MAX_WEIGHT;
  }
}
