package io.github.thaw.sensitivity;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Test functions with known Sobol' indices. */
final class TestModels {
  private TestModels() {}

  static final double A = 7;
  static final double B = 0.1;

  /** The Ishigami function with a = 7, b = 0.1, on three inputs uniform in [-π, π]. */
  static final ToDoubleFunction<double[]> ISHIGAMI =
      x -> {
        double s = Math.sin(x[0]);
        double s2 = Math.sin(x[1]);
        double x3 = x[2] * x[2];
        return s + A * s2 * s2 + B * x3 * x3 * s;
      };

  static final List<Parameter> ISHIGAMI_PARAMETERS =
      List.of(
          Parameter.uniform("x1", -Math.PI, Math.PI),
          Parameter.uniform("x2", -Math.PI, Math.PI),
          Parameter.uniform("x3", -Math.PI, Math.PI));

  private static final double PI4 = Math.pow(Math.PI, 4);
  private static final double PI8 = Math.pow(Math.PI, 8);
  private static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
  private static final double V2 = A * A / 8;
  private static final double V13 = 8 * B * B * PI8 / 225;
  private static final double V = V1 + V2 + V13;

  /** Analytic first-order indices of Ishigami: 0.3139, 0.4424, 0. */
  static final double[] ISHIGAMI_FIRST = {V1 / V, V2 / V, 0};

  /** Analytic total indices of Ishigami: 0.5576, 0.4424, 0.2437. */
  static final double[] ISHIGAMI_TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};

  /** The analytic output variance of Ishigami, 13.8446. */
  static final double ISHIGAMI_VARIANCE = V;

  /** Y = Σ c_i X_i. */
  static ToDoubleFunction<double[]> linear(double[] c) {
    double[] coefficients = c.clone();
    return x -> {
      double y = 0;
      for (int i = 0; i < coefficients.length; i++) {
        y += coefficients[i] * x[i];
      }
      return y;
    };
  }

  /** S_i = ST_i = c_i² Var(X_i) / Σ c_j² Var(X_j) for independent inputs. */
  static double[] linearIndices(double[] c, List<Parameter> parameters) {
    double[] share = new double[c.length];
    double total = 0;
    for (int i = 0; i < c.length; i++) {
      share[i] = c[i] * c[i] * parameters.get(i).variance();
      total += share[i];
    }
    for (int i = 0; i < c.length; i++) {
      share[i] /= total;
    }
    return share;
  }
}
