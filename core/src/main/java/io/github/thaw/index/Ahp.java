package io.github.thaw.index;

import io.github.thaw.model.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math4.legacy.linear.EigenDecomposition;
import org.apache.commons.math4.legacy.linear.MatrixUtils;

/**
 * An Analytic Hierarchy Process pairwise-comparison matrix and the weights it implies.
 *
 * <p>Entry {@code [i][j]} says how many times more important element i is than element j, usually
 * on Saaty's 1–9 scale. The matrix must be positive and reciprocal: {@code a[j][i] = 1 / a[i][j]}
 * and {@code a[i][i] = 1}, each within a relative tolerance of {@link #RECIPROCAL_TOLERANCE 1%} so
 * that a third may be written {@code 0.333}. The weights are the principal right eigenvector,
 * computed with Commons Math's {@link EigenDecomposition} and scaled to sum to 1. Consistency is
 * reported as Saaty's ratio {@code CR = CI / RI} with {@code CI = (λmax − n) / (n − 1)} and the
 * random index {@link #randomIndex(int) RI}; {@link Weights#withAhp} refuses a matrix with {@code
 * CR > 0.10} unless the caller {@linkplain #acceptInconsistency() accepts it}.
 *
 * <pre>{@code
 * Ahp dims = Ahp.ofJudgements(List.of("borders", "transport", "energy"),
 *     3, 5,   // borders over transport, borders over energy
 *     2);     // transport over energy
 * double cr = dims.consistencyRatio();
 * IndexMethod m = IndexMethod.builder().dimensionWeights(Weights.equal().withAhp(dims)).build();
 * }</pre>
 */
public final class Ahp {
  /** Largest relative departure from reciprocity accepted: |a[i][j]·a[j][i] − 1| ≤ 0.01. */
  public static final double RECIPROCAL_TOLERANCE = 0.01;

  /** Largest consistency ratio accepted without {@link #acceptInconsistency()}: 0.10. */
  public static final double CONSISTENCY_LIMIT = 0.10;

  /**
   * Largest entry, and reciprocal of the smallest: {@value}, Saaty's 1/9–9 scale extended far
   * enough for any ratio an analyst writes, and small enough that the principal eigenvector is
   * computed to near machine precision ({@link io.github.thaw.model.Limits#MAX_AHP_ENTRY}).
   */
  public static final double MAX_ENTRY = Limits.MAX_AHP_ENTRY;

  /** Largest matrix with a published random index. */
  public static final int MAX_SIZE = 10;

  /**
   * Saaty's random index for n = 0..10 (0 for n ≤ 2, where every reciprocal matrix is consistent).
   */
  private static final double[] RANDOM_INDEX = {
    0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49
  };

  private final List<String> labels;
  private final double[][] matrix;
  private final double[] weights;
  private final double lambdaMax;
  private final boolean accepted;

  private Ahp(
      List<String> labels,
      double[][] matrix,
      double[] weights,
      double lambdaMax,
      boolean accepted) {
    this.labels = labels;
    this.matrix = matrix;
    this.weights = weights;
    this.lambdaMax = lambdaMax;
    this.accepted = accepted;
  }

  /**
   * A matrix with one row and column per label.
   *
   * @param labels the ids of the elements compared (milestone or dimension ids), distinct
   * @param matrix {@code matrix[i][j]}: how many times more important {@code labels[i]} is than
   *     {@code labels[j]}; copied
   * @return the matrix with its weights and consistency
   * @throws IllegalArgumentException if there are no labels or more than {@link #MAX_SIZE}, a label
   *     repeats, the matrix is not square with one row per label, an entry is not finite and
   *     positive or lies outside 1/{@link #MAX_ENTRY}…{@link #MAX_ENTRY}, a diagonal entry is not
   *     1, or a pair is not reciprocal within the tolerance
   */
  public static Ahp of(List<String> labels, double[][] matrix) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(matrix, "matrix");
    List<String> names = List.copyOf(labels);
    int n = names.size();
    if (n == 0 || n > MAX_SIZE) {
      throw new IllegalArgumentException(IndexMessages.ahpSize(n));
    }
    Set<String> seen = new HashSet<>();
    for (String l : names) {
      if (!seen.add(l)) {
        throw new IllegalArgumentException(IndexMessages.ahpDuplicateLabel(l));
      }
    }
    if (matrix.length != n) {
      throw new IllegalArgumentException(IndexMessages.ahpRows(n, matrix.length));
    }
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      if (matrix[i] == null || matrix[i].length != n) {
        throw new IllegalArgumentException(
            IndexMessages.ahpRowLength(
                i, names.get(i), matrix[i] == null ? 0 : matrix[i].length, n));
      }
      a[i] = matrix[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double x = a[i][j];
        if (!(x > 0) || Double.isInfinite(x)) {
          throw new IllegalArgumentException(IndexMessages.ahpEntry(i, j, names, x));
        }
        if (x > MAX_ENTRY || x < 1 / MAX_ENTRY) {
          throw new IllegalArgumentException(IndexMessages.ahpEntryRange(i, j, names, x));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (Math.abs(a[i][i] - 1) > RECIPROCAL_TOLERANCE) {
        throw new IllegalArgumentException(IndexMessages.ahpDiagonal(i, names, a[i][i]));
      }
      for (int j = i + 1; j < n; j++) {
        if (Math.abs(a[i][j] * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
          throw new IllegalArgumentException(
              IndexMessages.ahpReciprocal(i, j, names, a[i][j], a[j][i]));
        }
      }
    }
    double[] w = new double[n];
    double lambda = principal(a, w);
    return new Ahp(names, a, w, lambda, false);
  }

  /**
   * A matrix from the judgements above its diagonal, row by row; the diagonal is 1 and the lower
   * triangle holds the reciprocals. For labels a, b, c the judgements are a/b, a/c, b/c.
   *
   * @param labels the ids of the elements compared, distinct
   * @param upper the n(n−1)/2 judgements above the diagonal, row by row
   * @return the matrix
   * @throws IllegalArgumentException if the number of judgements does not fit the labels, or as
   *     {@link #of}
   */
  public static Ahp ofJudgements(List<String> labels, double... upper) {
    Objects.requireNonNull(labels, "labels");
    int n = labels.size();
    int expected = n * (n - 1) / 2;
    if (upper.length != expected) {
      throw new IllegalArgumentException(IndexMessages.ahpJudgements(n, expected, upper.length));
    }
    double[][] a = new double[n][n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        a[i][j] = upper[k++];
        a[j][i] = 1 / a[i][j];
      }
    }
    return of(labels, a);
  }

  /** Fills {@code w} with the principal eigenvector scaled to sum 1 and returns λmax. */
  private static double principal(double[][] a, double[] w) {
    int n = a.length;
    if (n == 1) {
      w[0] = 1;
      return a[0][0];
    }
    EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(a));
    double[] re = eigen.getRealEigenvalues();
    double[] im = eigen.getImagEigenvalues();
    int best = -1;
    for (int i = 0; i < n; i++) {
      // The Perron root of a positive matrix is real and has the largest real part.
      if (Math.abs(im[i]) <= 1e-9 * n && (best < 0 || re[i] > re[best])) {
        best = i;
      }
    }
    double[] v = eigen.getEigenvector(best).toArray();
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    for (int i = 0; i < n; i++) {
      w[i] = v[i] / sum;
      if (!(w[i] > 0) || Double.isInfinite(w[i])) {
        // A positive matrix has a positive Perron vector; anything else is a numerical failure,
        // which must not become a weight.
        throw new IllegalArgumentException(IndexMessages.ahpNumerical());
      }
    }
    return re[best];
  }

  /**
   * Saaty's random index: the mean consistency index of random reciprocal matrices of size n. For n
   * = 3..10: 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49; 0 for n ≤ 2.
   *
   * @param n the matrix size, 1 to {@link #MAX_SIZE}
   * @return the random index
   * @throws IllegalArgumentException if n is outside 1..10
   */
  public static double randomIndex(int n) {
    if (n < 1 || n > MAX_SIZE) {
      throw new IllegalArgumentException(IndexMessages.ahpSize(n));
    }
    return RANDOM_INDEX[n];
  }

  /**
   * The compared elements, in row order.
   *
   * @return an immutable list
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The number of elements compared.
   *
   * @return n
   */
  public int size() {
    return labels.size();
  }

  /**
   * The matrix as given.
   *
   * @return a copy
   */
  public double[][] matrix() {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  /**
   * The weights: the principal eigenvector, scaled to sum 1, in label order.
   *
   * @return a copy
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The weight of one element.
   *
   * @param label an element's id
   * @return its weight
   * @throws IllegalArgumentException if the label is not in the matrix
   */
  public double weight(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException(IndexMessages.ahpUnknownLabel(label, labels));
    }
    return weights[i];
  }

  /**
   * The principal eigenvalue λmax; n for a perfectly consistent matrix, larger otherwise.
   *
   * @return λmax
   */
  public double lambdaMax() {
    return lambdaMax;
  }

  /**
   * The consistency index {@code (λmax − n) / (n − 1)}; 0 for n = 1.
   *
   * @return CI
   */
  public double consistencyIndex() {
    int n = size();
    return n < 2 ? 0 : (lambdaMax - n) / (n - 1);
  }

  /**
   * The random index for this matrix's size.
   *
   * @return RI
   */
  public double randomIndex() {
    return randomIndex(size());
  }

  /**
   * The consistency ratio {@code CI / RI}; 0 for n ≤ 2, where every reciprocal matrix is
   * consistent.
   *
   * @return CR
   */
  public double consistencyRatio() {
    double ri = randomIndex();
    return ri == 0 ? 0 : consistencyIndex() / ri;
  }

  /**
   * Whether the consistency ratio is at most {@link #CONSISTENCY_LIMIT 0.10}.
   *
   * @return true if consistent enough to use without acceptance
   */
  public boolean isConsistent() {
    return consistencyRatio() <= CONSISTENCY_LIMIT;
  }

  /**
   * Whether the caller has accepted this matrix even if it is inconsistent.
   *
   * @return true after {@link #acceptInconsistency()}
   */
  public boolean inconsistencyAccepted() {
    return accepted;
  }

  /**
   * The same matrix, marked as accepted despite a consistency ratio above 0.10.
   *
   * @return a copy that {@link Weights#withAhp} will take
   */
  public Ahp acceptInconsistency() {
    return new Ahp(labels, matrix, weights, lambdaMax, true);
  }

  /**
   * This matrix, if it is consistent or accepted.
   *
   * @return this
   * @throws IllegalArgumentException naming the labels and the ratio if {@code CR > 0.10} and the
   *     inconsistency was not accepted
   */
  public Ahp requireUsable() {
    if (!accepted && !isConsistent()) {
      throw new IllegalArgumentException(IndexMessages.ahpInconsistent(labels, consistencyRatio()));
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ahp other
        && accepted == other.accepted
        && labels.equals(other.labels)
        && Arrays.deepEquals(matrix, other.matrix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, Arrays.deepHashCode(matrix), accepted);
  }

  /** {@code AHP[a, b, c]: weights 0.648, 0.230, 0.122, CR 0.003}. */
  @Override
  public String toString() {
    List<String> w = new ArrayList<>();
    for (double x : weights) {
      w.add(String.format(java.util.Locale.ROOT, "%.3f", x));
    }
    return "AHP"
        + labels
        + ": weights "
        + String.join(", ", w)
        + String.format(java.util.Locale.ROOT, ", CR %.3f", consistencyRatio())
        + (accepted && !isConsistent() ? " (inconsistency accepted)" : "");
  }
}
