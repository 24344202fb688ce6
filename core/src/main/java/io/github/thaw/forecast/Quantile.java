package io.github.thaw.forecast;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * The quantile function of a {@link StepDuration}, with what it derives from the parameters made
 * once: a PERT's tabulated beta quantile, the Commons Statistics distribution of the other
 * families. A forecast plan makes one per duration, so the simulation's inner loop calls this final
 * class and nothing else. Immutable and thread-safe.
 */
final class Quantile {
  private static final int CACHED = 64;

  /** Recent PERT quantiles, whose tables take about half a millisecond to make. */
  private static final Map<StepDuration.Pert, Quantile> RECENT =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StepDuration.Pert, Quantile> eldest) {
          return size() > CACHED;
        }
      };

  private static final Quantile NEVER = new Quantile(false, null, null, 0, 0);

  private final boolean pert;
  // PERT: offset + scale * beta quantile.
  private final BetaTable table;
  private final ContinuousDistribution distribution;
  private final double offset;
  private final double scale;

  private Quantile(
      boolean pert,
      BetaTable table,
      ContinuousDistribution distribution,
      double offset,
      double scale) {
    this.pert = pert;
    this.table = table;
    this.distribution = distribution;
    this.offset = offset;
    this.scale = scale;
  }

  /**
   * The quantile function of a duration; PERTs with the same points share one.
   *
   * @param d the duration
   * @return its quantile function
   */
  static Quantile of(StepDuration d) {
    if (d instanceof StepDuration.Pert p) {
      synchronized (RECENT) {
        Quantile q = RECENT.get(p);
        if (q == null) {
          q =
              new Quantile(
                  true, new BetaTable(p.alpha(), p.beta()), null, p.min(), p.max() - p.min());
          RECENT.put(p, q);
        }
        return q;
      }
    } else if (d instanceof StepDuration.Triangular t) {
      return new Quantile(false, null, t.distribution(), 0, 1);
    } else if (d instanceof StepDuration.Lognormal l) {
      return new Quantile(false, null, l.distribution(), 0, 1);
    } else if (d instanceof StepDuration.Exponential e) {
      return new Quantile(false, null, e.distribution(), 0, 1);
    } else if (d instanceof StepDuration.Never) {
      return NEVER;
    }
    throw new AssertionError(d);
  }

  /**
   * The duration with probability {@code u} of not being exceeded.
   *
   * @param u a probability in [0, 1]
   * @return months; {@code +∞} for never, and at {@code u = 1} for unbounded families
   * @throws IllegalArgumentException if {@code u} is NaN or outside [0, 1]
   */
  double quantile(double u) {
    // Small enough to be inlined into a simulation's inner loop; the rare cases live elsewhere.
    if (table != null && u >= 0 && u < 1) {
      return offset + scale * table.quantile(u);
    }
    return otherQuantile(u);
  }

  private double otherQuantile(double u) {
    if (!(u >= 0 && u < 1)) {
      if (u == 1) {
        return pert ? offset + scale : upperBound();
      }
      throw new IllegalArgumentException(ForecastMessages.probability(u));
    }
    return distribution == null
        ? Double.POSITIVE_INFINITY
        : distribution.inverseCumulativeProbability(u);
  }

  private double upperBound() {
    return distribution == null ? Double.POSITIVE_INFINITY : distribution.getSupportUpperBound();
  }
}
