package io.github.thaw.internal.index;

/**
 * The messages of the checks the engine makes on resolved weights, in one place as every package's
 * are; what names the model (an unknown milestone, an AHP matrix) is checked, and worded, in the
 * index package before a spec reaches the engine.
 */
final class InternalIndexMessages {
  private InternalIndexMessages() {}

  static String noMilestones(String model) {
    return "model '" + model + "' has no milestones; the index needs at least one";
  }

  static String zeroMilestoneWeights(String dimension) {
    return dimension == null
        ? "milestone weights are all zero; give at least one milestone a positive weight"
        : "milestone weights of dimension '"
            + dimension
            + "' are all zero; give at least one of its milestones a positive weight";
  }

  static String noScoredMilestones(String model) {
    return "model '"
        + model
        + "' has no scored milestone: every milestone or its dimension says scored: false;"
        + " mark one scored, or count context with includeUnscored";
  }

  static String zeroDimensionWeights() {
    return "dimension weights are all zero; give at least one dimension a positive weight";
  }
}
