package io.github.thaw.sensitivity;

import java.util.List;

/** Every validation message of the package in one place, so wording stays consistent. */
final class SensitivityMessages {
  private SensitivityMessages() {}

  static String blankName() {
    return "parameter name must not be blank";
  }

  static String notFinite(String parameter, String what, double value) {
    return "parameter '"
        + parameter
        + "': "
        + what
        + " is "
        + value
        + "; it must be a finite number";
  }

  static String notLess(
      String parameter, String low, double lowValue, String high, double highValue) {
    return "parameter '"
        + parameter
        + "': "
        + low
        + " ("
        + lowValue
        + ") must be less than "
        + high
        + " ("
        + highValue
        + ")";
  }

  static String modeOutside(String parameter, double min, double mode, double max) {
    return "parameter '"
        + parameter
        + "': mode ("
        + mode
        + ") must lie within [min, max] = ["
        + min
        + ", "
        + max
        + "]";
  }

  static String notPositive(String parameter, String what, double value) {
    return "parameter '" + parameter + "': " + what + " (" + value + ") must be > 0";
  }

  static String probabilityOutside(String parameter, double u) {
    return "parameter '" + parameter + "': probability " + u + " is outside [0, 1]";
  }

  static String noParameters() {
    return "at least one parameter is needed";
  }

  static String listedTwice(String name, int first, int second) {
    return "parameter '"
        + name
        + "' is listed twice (positions "
        + first
        + " and "
        + second
        + "); names must be unique";
  }

  static String tooFewSamples(int baseSamples) {
    return "baseSamples is " + baseSamples + "; it must be at least 2";
  }

  static String tooManyEvaluations(int baseSamples, int parameters, long evaluations, long max) {
    return "baseSamples "
        + baseSamples
        + " with "
        + parameters
        + " parameters needs "
        + evaluations
        + " model evaluations; at most "
        + max
        + " are allowed in one analysis; use fewer samples";
  }

  static String tooManyDimensions(int parameters, int max) {
    return "scrambled Sobol' sampling supports at most "
        + max
        + " parameters (the sequence has "
        + 2 * max
        + " dimensions), got "
        + parameters
        + "; use Sampling.RANDOM";
  }

  static String bootstrapNegative(int resamples) {
    return "bootstrap resamples is " + resamples + "; it must be >= 0 (0 turns intervals off)";
  }

  static String confidenceOutside(double level) {
    return "confidence level is " + level + "; it must lie strictly between 0 and 1, e.g. 0.95";
  }

  static String threadsNotPositive(int threads) {
    return "threads is " + threads + "; it must be at least 1";
  }

  static String notFiniteOutput(
      double value, int row, String matrix, List<Parameter> parameters, double[] point) {
    StringBuilder s =
        new StringBuilder("model returned ")
            .append(value)
            .append(" at sample row ")
            .append(row)
            .append(" of matrix ")
            .append(matrix)
            .append(" with ");
    for (int i = 0; i < point.length; i++) {
      s.append(i == 0 ? "" : ", ").append(parameters.get(i).name()).append('=').append(point[i]);
    }
    return s.append("; the model must return a finite number for every sample").toString();
  }

  static String constantOutput(double value, long evaluations) {
    return "model output has zero variance: all "
        + evaluations
        + " evaluations of A and B returned "
        + value
        + "; Sobol' indices are undefined";
  }
}
