package io.github.thaw.sensitivity;

/**
 * The 2k + 2 numbers each row of the design contributes to the estimators, stored so that weighted
 * sums over all rows are fast. With a, b and c_i the centred f(A), f(B) and f(A_B^(i)) of a row,
 * they are s1 = a + b, s2 = a² + b², p_i = b (c_i - a) and q_i = (a - c_i)², in that order.
 *
 * <p>A bootstrap resample is a vector of row counts w, and needs Σ w_j g_j for every statistic g:
 * (2k + 2) N multiply-adds. Stored one array per statistic, each sum would reread the counts and
 * run one addition chain at a time. Instead the statistics are grouped into panels of 8, 4 or 2,
 * each panel row-major, and each panel is summed in one pass with eight independent accumulators:
 * the counts are read once per panel and the additions overlap. This makes the bootstrap about
 * twice as fast as the plain layout.
 */
final class RowStatistics {
  private final int n;
  private final int count;

  /** panel[p] holds statistics first[p] .. first[p] + width[p] - 1, row-major. */
  private final double[][] panel;

  private final int[] first;
  private final int[] width;

  /**
   * Computes the statistics of every row from the outputs.
   *
   * @param y the outputs by matrix, as the evaluator returns them
   * @param n the rows
   * @param k the parameters
   * @param mean the value to centre the outputs on
   */
  RowStatistics(double[] y, int n, int k, double mean) {
    this.n = n;
    this.count = 2 + 2 * k;
    int panels = count / 8 + (count % 8) / 4 + (count % 4) / 2;
    panel = new double[panels][];
    first = new int[panels];
    width = new int[panels];
    int[] panelOf = new int[count];
    int[] offsetOf = new int[count];
    for (int p = 0, c = 0; p < panels; p++) {
      int w = count - c >= 8 ? 8 : count - c >= 4 ? 4 : 2;
      panel[p] = new double[n * w];
      first[p] = c;
      width[p] = w;
      for (int i = 0; i < w; i++) {
        panelOf[c + i] = p;
        offsetOf[c + i] = i;
      }
      c += w;
    }
    double[][] target = new double[count][];
    int[] stride = new int[count];
    for (int c = 0; c < count; c++) {
      target[c] = panel[panelOf[c]];
      stride[c] = width[panelOf[c]];
    }
    // Statistic order: s1 = a + b, s2 = a² + b², p_i = b (c_i - a), q_i = (a - c_i)².
    for (int j = 0; j < n; j++) {
      double a = y[j] - mean;
      double b = y[n + j] - mean;
      target[0][j * stride[0] + offsetOf[0]] = a + b;
      target[1][j * stride[1] + offsetOf[1]] = a * a + b * b;
      for (int i = 0; i < k; i++) {
        // The difference of raw outputs: centring cancels in it.
        double d = y[(2 + i) * n + j] - y[j];
        int p = 2 + i;
        int q = 2 + k + i;
        target[p][j * stride[p] + offsetOf[p]] = b * d;
        target[q][j * stride[q] + offsetOf[q]] = d * d;
      }
    }
  }

  /** The number of statistics. */
  int count() {
    return count;
  }

  /**
   * Σ_j w_j g_j for every statistic g.
   *
   * @param w a weight per row
   * @param sums receives one sum per statistic, in the order of the columns given
   */
  void weightedSums(int[] w, double[] sums) {
    for (int p = 0; p < panel.length; p++) {
      switch (width[p]) {
        case 8 -> sum8(w, panel[p], sums, first[p]);
        case 4 -> sum4(w, panel[p], sums, first[p]);
        default -> sum2(w, panel[p], sums, first[p]);
      }
    }
  }

  private void sum8(int[] w, double[] g, double[] sums, int at) {
    double a0 = 0;
    double a1 = 0;
    double a2 = 0;
    double a3 = 0;
    double a4 = 0;
    double a5 = 0;
    double a6 = 0;
    double a7 = 0;
    for (int j = 0; j < n; j++) {
      double wj = w[j];
      int r = j * 8;
      a0 += wj * g[r];
      a1 += wj * g[r + 1];
      a2 += wj * g[r + 2];
      a3 += wj * g[r + 3];
      a4 += wj * g[r + 4];
      a5 += wj * g[r + 5];
      a6 += wj * g[r + 6];
      a7 += wj * g[r + 7];
    }
    sums[at] = a0;
    sums[at + 1] = a1;
    sums[at + 2] = a2;
    sums[at + 3] = a3;
    sums[at + 4] = a4;
    sums[at + 5] = a5;
    sums[at + 6] = a6;
    sums[at + 7] = a7;
  }

  /** Two rows per step, so that eight additions are in flight as in {@link #sum8}. */
  private void sum4(int[] w, double[] g, double[] sums, int at) {
    double a0 = 0;
    double a1 = 0;
    double a2 = 0;
    double a3 = 0;
    double b0 = 0;
    double b1 = 0;
    double b2 = 0;
    double b3 = 0;
    int j = 0;
    for (; j + 1 < n; j += 2) {
      double w0 = w[j];
      double w1 = w[j + 1];
      int r = j * 4;
      a0 += w0 * g[r];
      a1 += w0 * g[r + 1];
      a2 += w0 * g[r + 2];
      a3 += w0 * g[r + 3];
      b0 += w1 * g[r + 4];
      b1 += w1 * g[r + 5];
      b2 += w1 * g[r + 6];
      b3 += w1 * g[r + 7];
    }
    if (j < n) {
      double w0 = w[j];
      int r = j * 4;
      a0 += w0 * g[r];
      a1 += w0 * g[r + 1];
      a2 += w0 * g[r + 2];
      a3 += w0 * g[r + 3];
    }
    sums[at] = a0 + b0;
    sums[at + 1] = a1 + b1;
    sums[at + 2] = a2 + b2;
    sums[at + 3] = a3 + b3;
  }

  /** Four rows per step, for the same reason. */
  private void sum2(int[] w, double[] g, double[] sums, int at) {
    double a0 = 0;
    double a1 = 0;
    double b0 = 0;
    double b1 = 0;
    double c0 = 0;
    double c1 = 0;
    double d0 = 0;
    double d1 = 0;
    int j = 0;
    for (; j + 3 < n; j += 4) {
      double w0 = w[j];
      double w1 = w[j + 1];
      double w2 = w[j + 2];
      double w3 = w[j + 3];
      int r = j * 2;
      a0 += w0 * g[r];
      a1 += w0 * g[r + 1];
      b0 += w1 * g[r + 2];
      b1 += w1 * g[r + 3];
      c0 += w2 * g[r + 4];
      c1 += w2 * g[r + 5];
      d0 += w3 * g[r + 6];
      d1 += w3 * g[r + 7];
    }
    for (; j < n; j++) {
      double w0 = w[j];
      int r = j * 2;
      a0 += w0 * g[r];
      a1 += w0 * g[r + 1];
    }
    sums[at] = (a0 + b0) + (c0 + d0);
    sums[at + 1] = (a1 + b1) + (c1 + d1);
  }
}
