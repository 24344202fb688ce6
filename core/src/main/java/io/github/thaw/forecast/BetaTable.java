package io.github.thaw.forecast;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The quantile function of a beta distribution on [0, 1], tabulated for fast inversion. Commons
 * Statistics inverts the beta CDF by root finding, several microseconds a draw; a forecast draws
 * millions. The table holds the exact CDF (Commons Statistics) at {@value #CELLS} + 1 equally
 * spaced points and inverts it by linear interpolation within the cell that holds the probability,
 * so a quantile is never further from the exact one than one cell, 1/{@value #CELLS} of the range,
 * and is exact at the grid points. A guide table finds the cell in O(1).
 */
final class BetaTable {
  static final int CELLS = 1024;

  private final double alpha;
  private final double beta;
  private final double[] cdf = new double[CELLS + 1];
  private final int[] guide = new int[CELLS];

  BetaTable(double alpha, double beta) {
    this.alpha = alpha;
    this.beta = beta;
    BetaDistribution d = BetaDistribution.of(alpha, beta);
    for (int i = 1; i < CELLS; i++) {
      cdf[i] = d.cumulativeProbability((double) i / CELLS);
    }
    cdf[CELLS] = 1;
    int j = 0;
    for (int g = 0; g < CELLS; g++) {
      double p = (double) g / CELLS;
      while (cdf[j + 1] <= p) {
        j++;
      }
      guide[g] = j;
    }
  }

  double alpha() {
    return alpha;
  }

  double beta() {
    return beta;
  }

  /**
   * The u-quantile on [0, 1].
   *
   * @param u a probability in [0, 1)
   * @return x with F(x) = u, interpolated within its cell
   */
  double quantile(double u) {
    int j = guide[(int) (u * CELLS)];
    while (cdf[j + 1] <= u) {
      j++;
    }
    double lo = cdf[j];
    return (j + (u - lo) / (cdf[j + 1] - lo)) * (1.0 / CELLS);
  }
}
