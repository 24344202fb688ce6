package io.github.thaw.index;

import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.index.EngineSpec;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one translation of an {@link IndexMethod} into the engine's {@link EngineSpec}: weights
 * resolved against the model (explicit weights and AHP matrices, with every check that names a
 * milestone or dimension) and choices coded as the ordinals of their enums. The index evaluates
 * through it, and the forecast's index fan reaches it through {@code SharedSecrets}.
 */
final class MethodResolver {
  private MethodResolver() {}

  /**
   * A method as numbers, resolved against a model.
   *
   * @param method the method
   * @param model the model
   * @return the spec
   * @throws IllegalArgumentException if a weight names an element not in the model or an AHP matrix
   *     does not cover exactly one group
   */
  static EngineSpec spec(IndexMethod method, ProcessModel model) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    boolean pooled = method.structure() == Structure.POOLED;
    double[] milestoneWeights;
    double[] dimensionWeights;
    if (model.milestones().isEmpty()) {
      // Nothing to weigh: the plan refuses the model by name before any weight matters.
      milestoneWeights = new double[0];
      dimensionWeights = null;
    } else {
      milestoneWeights = milestoneWeights(method.milestoneWeights(), model, pooled);
      // Pooled milestones are not weighted by dimension, so their dimension weights go unread.
      dimensionWeights = pooled ? null : dimensionWeights(method.dimensionWeights(), model);
    }
    return new EngineSpec(
        method.scores().pointsArray(),
        method.scores().scale(),
        scores(StatusScores.agreement()),
        scores(StatusScores.implementation()),
        milestoneWeights,
        dimensionWeights,
        pooled,
        method.milestoneAggregation().ordinal(),
        method.dimensionAggregation().ordinal(),
        method.includeUnscored(),
        method.gating().ordinal(),
        method.readingRule().ordinal(),
        method.dateRule().ordinal(),
        method.disputeWindowDays());
  }

  /** Each level's score, 0–1. */
  private static double[] scores(StatusScores on) {
    double[] out = new double[Status.values().length];
    for (int l = 0; l < out.length; l++) {
      out[l] = on.score(Status.ofLevel(l));
    }
    return out;
  }

  private static double[] milestoneWeights(Weights spec, ProcessModel model, boolean pooled) {
    double[] declared = SharedSecrets.milestoneWeights(model);
    if (spec.base() == Weights.Base.MODEL && spec.explicit().isEmpty() && spec.ahp().isEmpty()) {
      return declared; // shared, never written
    }
    List<Milestone> milestones = model.milestones();
    int size = milestones.size();
    double[] w = new double[size];
    if (spec.base() == Weights.Base.MODEL) {
      System.arraycopy(declared, 0, w, 0, size);
    } else {
      Arrays.fill(w, 1.0);
    }
    for (Map.Entry<String, Double> e : spec.explicit().entrySet()) {
      w[milestoneIndex(model, e.getKey())] = e.getValue();
    }
    int[] dimensionOf = SharedSecrets.dimensionOf(model);
    for (Ahp ahp : spec.ahp()) {
      List<String> labels = ahp.labels();
      int[] idx = new int[labels.size()];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = milestoneIndex(model, labels.get(i));
      }
      int d = dimensionOf[idx[0]];
      for (int i = 1; i < idx.length && !pooled; i++) {
        if (dimensionOf[idx[i]] != d) {
          throw new IllegalArgumentException(
              IndexMessages.ahpMixesDimensions(
                  labels, milestones.get(idx[0]).dimension(), milestones.get(idx[i]).dimension()));
        }
      }
      int members = 0;
      for (int m = 0; m < size; m++) {
        members += pooled || dimensionOf[m] == d ? 1 : 0;
      }
      if (idx.length != members) {
        Set<Integer> covered = new HashSet<>();
        for (int i : idx) {
          covered.add(i);
        }
        for (int m = 0; m < size; m++) {
          if ((pooled || dimensionOf[m] == d) && !covered.contains(m)) {
            throw new IllegalArgumentException(
                IndexMessages.ahpMissesMilestone(
                    labels,
                    milestones.get(m).id().value(),
                    pooled ? null : model.dimensions().get(d).id()));
          }
        }
      }
      double[] aw = ahp.weights();
      for (int i = 0; i < idx.length; i++) {
        w[idx[i]] = aw[i];
      }
    }
    return w;
  }

  private static int milestoneIndex(ProcessModel model, String id) {
    int i = MilestoneId.isValid(id) ? SharedSecrets.indexOf(model, MilestoneId.of(id)) : -1;
    if (i < 0) {
      throw new IllegalArgumentException(model.unknownMilestone(id));
    }
    return i;
  }

  private static double[] dimensionWeights(Weights spec, ProcessModel model) {
    List<Dimension> dims = model.dimensions();
    double[] w = new double[dims.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int d = 0; d < dims.size(); d++) {
      index.put(dims.get(d).id(), d);
      w[d] = spec.base() == Weights.Base.MODEL ? dims.get(d).weight() : 1.0;
    }
    for (Map.Entry<String, Double> e : spec.explicit().entrySet()) {
      w[index.get(model.dimension(e.getKey()).id())] = e.getValue();
    }
    if (spec.ahp().size() > 1) {
      throw new IllegalArgumentException(IndexMessages.dimensionAhpCount(spec.ahp().size()));
    }
    for (Ahp ahp : spec.ahp()) {
      for (String label : ahp.labels()) {
        model.dimension(label);
      }
      for (Dimension d : dims) {
        if (!ahp.labels().contains(d.id())) {
          throw new IllegalArgumentException(
              IndexMessages.ahpMissesDimension(ahp.labels(), d.id()));
        }
      }
      for (int i = 0; i < ahp.size(); i++) {
        w[index.get(ahp.labels().get(i))] = ahp.weights()[i];
      }
    }
    return w;
  }
}
