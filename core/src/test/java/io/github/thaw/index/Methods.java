package io.github.thaw.index;

import java.util.ArrayList;
import java.util.List;

/** The methods every property is checked under: each aggregation × gating, mixed levels, PAM. */
public final class Methods {
  private Methods() {}

  public static List<IndexMethod> all() {
    List<IndexMethod> out = new ArrayList<>();
    for (Aggregation a : Aggregation.values()) {
      for (Gating g : Gating.values()) {
        out.add(IndexMethod.builder().aggregation(a).gating(g).build());
      }
    }
    out.add(
        IndexMethod.builder()
            .milestoneAggregation(Aggregation.GEOMETRIC)
            .dimensionAggregation(Aggregation.WEAKEST_LINK)
            .dimensionWeights(Weights.equal())
            .build());
    out.add(
        IndexMethod.builder()
            .milestoneAggregation(Aggregation.WEAKEST_LINK)
            .dimensionAggregation(Aggregation.ARITHMETIC)
            .milestoneWeights(Weights.equal())
            .build());
    out.add(IndexMethod.pam());
    out.add(IndexMethod.pam().toBuilder().aggregation(Aggregation.GEOMETRIC).build());
    return out;
  }
}
