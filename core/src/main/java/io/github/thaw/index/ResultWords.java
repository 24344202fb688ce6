package io.github.thaw.index;

import io.github.thaw.internal.index.Plan;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;

/** The words {@link IndexResult#explain()} uses for pooled dimensions and reading rules. */
final class ResultWords {
  private ResultWords() {}

  /**
   * The lines before a pooled result's dimensions: how many scored milestones are pooled, how many
   * context milestones are not scored, and how the dimensions make up the value.
   */
  static String heading(Plan plan, IndexMethod method) {
    int scored = 0;
    for (int m = 0; m < plan.size(); m++) {
      scored += counts(plan, method, m) ? 1 : 0;
    }
    int context = plan.size() - scored;
    StringBuilder out = new StringBuilder();
    out.append(scored)
        .append(scored == 1 ? " scored milestone is" : " scored milestones are")
        .append(" pooled, each with its weight");
    if (context > 0) {
      out.append("; ")
          .append(context)
          .append(context == 1 ? " context milestone is" : " context milestones are")
          .append(" not scored");
    }
    out.append(".\nBy dimension, each weighted by ")
        .append(unitWeights(plan) ? "its milestone count" : "its milestones' total weight")
        .append(
            switch (method.milestoneAggregation()) {
              case ARITHMETIC -> " (the value is the weighted mean of the dimension values):\n";
              case GEOMETRIC ->
                  " (the value is the weighted geometric mean of the dimension values):\n";
              case WEAKEST_LINK -> " (the value is the lowest dimension value):\n";
            });
    return out.toString();
  }

  /**
   * Pooled dimension g's weight in the value: {@code 4/13 (30.8%)} when the weights are whole
   * numbers, else the percentage.
   */
  static String share(Plan plan, int g) {
    String percent =
        IndexMessages.oneDecimal(plan.dimensionWeight(g) / plan.dimensionWeightSum() * 100) + "%";
    if (!wholeWeights(plan)) {
      return percent;
    }
    return whole(plan.dimensionWeight(g))
        + "/"
        + whole(plan.dimensionWeightSum())
        + " ("
        + percent
        + ")";
  }

  /** Whether group g has a milestone that is scored (so it is empty because its weights are 0). */
  static boolean scored(Plan plan, IndexMethod method, int g) {
    for (int m = 0; m < plan.size(); m++) {
      if (plan.groupOf(m) == g && counts(plan, method, m)) {
        return true;
      }
    }
    return false;
  }

  /** Whether milestone m enters the index: scored, in a scored dimension, or unscored counted. */
  private static boolean counts(Plan plan, IndexMethod method, int m) {
    if (method.includeUnscored()) {
      return true;
    }
    ProcessModel model = plan.model();
    Milestone milestone = model.milestones().get(m);
    return milestone.scored() && model.dimension(milestone.dimension()).scored();
  }

  private static boolean unitWeights(Plan plan) {
    for (int m = 0; m < plan.size(); m++) {
      if (plan.weight(m) != 0 && plan.weight(m) != 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean wholeWeights(Plan plan) {
    for (int m = 0; m < plan.size(); m++) {
      double w = plan.weight(m);
      if (w != Math.rint(w) || w > 1e9) {
        return false;
      }
    }
    return true;
  }

  private static String whole(double w) {
    return Long.toString((long) w);
  }
}
