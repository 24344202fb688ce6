package io.github.thaw.model;

/** Checks shared by every weight in a model. */
final class Checks {
  private Checks() {}

  static double check(String what, double weight) {
    if (Double.isNaN(weight) || Double.isInfinite(weight) || weight < 0) {
      throw new IllegalArgumentException(
          "weight of " + what + " is " + weight + "; a weight must be a finite number >= 0");
    }
    if (!Limits.isWeight(weight)) {
      throw new IllegalArgumentException(
          "weight of " + what + " is " + weight + "; a weight must be " + Limits.WEIGHT_RANGE);
    }
    return weight;
  }

  static String requireText(String what, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }
}
