package io.github.thaw.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the elements of one level are weighted: milestones within their dimension, or dimensions in
 * the total. A base rule gives every element a weight, explicit values override it for single
 * elements, and AHP matrices set the weights of whole groups.
 *
 * <p>Weights are relative: only their ratios within a group matter, and the result reports them
 * normalised. At evaluation, every id must be in the model; an AHP matrix for milestones must
 * compare every milestone of one dimension (of the whole model when dimensions are {@linkplain
 * Structure#POOLED pooled}), and one for dimensions every dimension. A group whose weights are all
 * zero is an error.
 *
 * <pre>{@code
 * Weights w = Weights.fromModel().with("border-opening", 3);   // override one milestone
 * Weights e = Weights.equal();                                  // every element 1
 * Weights a = Weights.equal().withAhp(Ahp.ofJudgements(List.of("a", "b"), 3));
 * }</pre>
 */
public final class Weights {
  /** Where an element's weight comes from when nothing more specific is given. */
  public enum Base {
    /** {@code Milestone.weight()} or {@code Dimension.weight()}, as written in the model. */
    MODEL,
    /** Weight 1 for every element. */
    EQUAL
  }

  private static final Weights FROM_MODEL = new Weights(Base.MODEL, Map.of(), List.of());
  private static final Weights EQUAL = new Weights(Base.EQUAL, Map.of(), List.of());

  private final Base base;
  private final Map<String, Double> explicit;
  private final List<Ahp> ahp;

  private Weights(Base base, Map<String, Double> explicit, List<Ahp> ahp) {
    this.base = base;
    this.explicit = explicit;
    this.ahp = ahp;
  }

  /**
   * The model's own weights.
   *
   * @return weights from the model
   */
  public static Weights fromModel() {
    return FROM_MODEL;
  }

  /**
   * Equal weights.
   *
   * @return every element weighted 1
   */
  public static Weights equal() {
    return EQUAL;
  }

  /**
   * These weights with one element's weight set explicitly.
   *
   * @param id a milestone or dimension id
   * @param weight the weight, finite and non-negative
   * @return new weights; this is unchanged
   * @throws IllegalArgumentException if the weight is NaN, infinite or negative, or the id is
   *     already weighted by an AHP matrix
   */
  public Weights with(String id, double weight) {
    Objects.requireNonNull(id, "id");
    if (Double.isNaN(weight) || Double.isInfinite(weight) || weight < 0) {
      throw new IllegalArgumentException(IndexMessages.badWeight(id, weight));
    }
    for (Ahp a : ahp) {
      if (a.labels().contains(id)) {
        throw new IllegalArgumentException(IndexMessages.explicitAndAhp(id));
      }
    }
    Map<String, Double> m = new LinkedHashMap<>(explicit);
    m.put(id, weight);
    return new Weights(base, Collections.unmodifiableMap(m), ahp);
  }

  /**
   * These weights with several elements' weights set explicitly, in the map's order.
   *
   * @param weights id to weight
   * @return new weights
   * @throws IllegalArgumentException as {@link #with(String, double)}
   */
  public Weights with(Map<String, Double> weights) {
    // One copy for the whole map: setting n weights one by one would copy the map n times.
    java.util.Set<String> inAhp = new java.util.HashSet<>();
    for (Ahp a : ahp) {
      inAhp.addAll(a.labels());
    }
    Map<String, Double> m = new LinkedHashMap<>(explicit);
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String id = Objects.requireNonNull(e.getKey(), "id");
      double weight = Objects.requireNonNull(e.getValue(), id);
      if (Double.isNaN(weight) || Double.isInfinite(weight) || weight < 0) {
        throw new IllegalArgumentException(IndexMessages.badWeight(id, weight));
      }
      if (inAhp.contains(id)) {
        throw new IllegalArgumentException(IndexMessages.explicitAndAhp(id));
      }
      m.put(id, weight);
    }
    return new Weights(base, Collections.unmodifiableMap(m), ahp);
  }

  /**
   * These weights with a group weighted by an AHP matrix: each label gets its eigenvector weight.
   *
   * @param matrix the matrix; its labels are the ids weighted
   * @return new weights
   * @throws IllegalArgumentException if the matrix's consistency ratio exceeds 0.10 and was not
   *     {@linkplain Ahp#acceptInconsistency() accepted}, or a label already has an explicit weight
   *     or is in another matrix
   */
  public Weights withAhp(Ahp matrix) {
    matrix.requireUsable();
    for (String label : matrix.labels()) {
      if (explicit.containsKey(label)) {
        throw new IllegalArgumentException(IndexMessages.explicitAndAhp(label));
      }
      for (Ahp other : ahp) {
        if (other.labels().contains(label)) {
          throw new IllegalArgumentException(IndexMessages.twoAhp(label));
        }
      }
    }
    List<Ahp> list = new ArrayList<>(ahp);
    list.add(matrix);
    return new Weights(base, explicit, List.copyOf(list));
  }

  /**
   * The base rule.
   *
   * @return the base
   */
  public Base base() {
    return base;
  }

  /**
   * The explicit weights, in the order they were set.
   *
   * @return an immutable map from id to weight
   */
  public Map<String, Double> explicit() {
    return explicit;
  }

  /**
   * The AHP matrices, in the order they were added.
   *
   * @return an immutable list
   */
  public List<Ahp> ahp() {
    return ahp;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weights other
        && base == other.base
        && explicit.equals(other.explicit)
        && ahp.equals(other.ahp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, explicit, ahp);
  }

  /** {@code from the model}, {@code equal}, with {@code , 2 explicit, 1 AHP matrix} when set. */
  @Override
  public String toString() {
    String out = base == Base.MODEL ? "from the model" : "equal";
    if (!explicit.isEmpty()) {
      out += ", explicit " + explicit;
    }
    for (Ahp a : ahp) {
      out += ", AHP over " + a.labels();
    }
    return out;
  }
}
