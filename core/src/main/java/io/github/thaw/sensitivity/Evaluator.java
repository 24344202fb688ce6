package io.github.thaw.sensitivity;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Turns the unit-cube design into parameter values and evaluates the model on A, B and every
 * A_B^(i). Rows are split into blocks that threads take in turn; each output has a fixed slot, so
 * the outputs are the same for any number of threads.
 */
final class Evaluator {
  /** Rows per block: large enough to make hand-over cheap, small enough to balance two threads. */
  private static final int ROWS_PER_BLOCK = 1024;

  /** Matrix numbers in error reports; 0 .. k - 1 stand for A_B^(i). */
  private static final int A = -2;

  private static final int B = -1;

  private Evaluator() {}

  /**
   * Evaluates the design.
   *
   * @param model the model; called with a reused array it must not keep
   * @param parameters the parameters, in column order
   * @param n rows
   * @param a A in the unit cube, row-major; overwritten with parameter values
   * @param b B in the unit cube, row-major; overwritten with parameter values
   * @param threads threads to use
   * @return outputs by matrix: {@code y[j]} is f(A) at row j, {@code y[n + j]} f(B), and {@code
   *     y[(2 + i) * n + j]} f(A_B^(i))
   * @throws IllegalArgumentException naming the row, the matrix and the parameter values if the
   *     model returns NaN or an infinite value
   */
  static double[] evaluate(
      ToDoubleFunction<double[]> model,
      List<Parameter> parameters,
      int n,
      double[] a,
      double[] b,
      int threads) {
    Parameter[] ps = parameters.toArray(new Parameter[0]);
    int k = ps.length;
    double[] y = new double[(k + 2) * n];
    int blocks = (n + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
    Blocks.run(
        blocks,
        threads,
        () -> new double[k],
        (row, block) -> {
          int from = block * ROWS_PER_BLOCK;
          int to = Math.min(n, from + ROWS_PER_BLOCK);
          toValues(ps, a, from, to);
          toValues(ps, b, from, to);
          for (int j = from; j < to; j++) {
            int at = j * k;
            System.arraycopy(a, at, row, 0, k);
            y[j] = checked(model.applyAsDouble(row), j, A, ps, a, b);
            System.arraycopy(b, at, row, 0, k);
            y[n + j] = checked(model.applyAsDouble(row), j, B, ps, a, b);
            for (int i = 0; i < k; i++) {
              // A fresh copy each time: a model that writes into its argument cannot spoil the
              // next evaluation.
              System.arraycopy(a, at, row, 0, k);
              row[i] = b[at + i];
              y[(2 + i) * n + j] = checked(model.applyAsDouble(row), j, i, ps, a, b);
            }
          }
        });
    return y;
  }

  private static void toValues(Parameter[] ps, double[] unit, int from, int to) {
    int k = ps.length;
    for (int j = from; j < to; j++) {
      for (int i = 0; i < k; i++) {
        unit[j * k + i] = ps[i].quantileUnchecked(unit[j * k + i]);
      }
    }
  }

  /** Passes a finite output through; otherwise fails naming the row and its values. */
  private static double checked(
      double value, int row, int matrix, Parameter[] ps, double[] a, double[] b) {
    if (Double.isFinite(value)) {
      return value;
    }
    int k = ps.length;
    // Rebuilt from the design rather than taken from the model's argument, which it may have
    // changed.
    double[] point = new double[k];
    System.arraycopy(matrix == B ? b : a, row * k, point, 0, k);
    if (matrix >= 0) {
      point[matrix] = b[row * k + matrix];
    }
    String name = matrix == A ? "A" : matrix == B ? "B" : "A_B(" + ps[matrix].name() + ")";
    throw new IllegalArgumentException(
        SensitivityMessages.notFiniteOutput(value, row, name, List.of(ps), point));
  }
}
