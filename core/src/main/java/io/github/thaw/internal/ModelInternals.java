package io.github.thaw.internal;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;

/**
 * Lets other Thaw packages reach a model's primitive-array views without making them public API.
 * {@link ProcessModel} installs the access when its class initialises.
 */
public final class ModelInternals {
  private static volatile Access access;

  private ModelInternals() {}

  /** What a model exposes to the library's own packages. */
  public interface Access {
    /**
     * The dependency graph.
     *
     * @param model the model
     * @return its graph
     */
    DependencyGraph graph(ProcessModel model);

    /**
     * The status timeline.
     *
     * @param model the model
     * @return its timeline
     */
    StatusTimeline timeline(ProcessModel model);

    /**
     * A milestone's index in declaration order.
     *
     * @param model the model
     * @param id the milestone
     * @return the index, or -1 if absent
     */
    int indexOf(ProcessModel model, MilestoneId id);

    /**
     * Each milestone's dimension, as an index into {@code model.dimensions()}.
     *
     * @param model the model
     * @return per milestone in declaration order (shared: do not modify)
     */
    int[] dimensionOf(ProcessModel model);

    /**
     * Each milestone's weight within its dimension, as declared.
     *
     * @param model the model
     * @return per milestone in declaration order (shared: do not modify)
     */
    double[] milestoneWeights(ProcessModel model);

    /**
     * Builds a model, reporting problems at the path of each bad value.
     *
     * @param builder the builder
     * @return the model
     */
    ProcessModel buildByPath(ProcessModel.Builder builder);
  }

  /**
   * Called once by {@link ProcessModel}.
   *
   * @param a the access
   */
  public static void install(Access a) {
    access = a;
  }

  private static Access access() {
    if (access == null) {
      try {
        Class.forName(ProcessModel.class.getName(), true, ProcessModel.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return access;
  }

  /**
   * A model's dependency graph.
   *
   * @param model the model
   * @return the graph
   */
  public static DependencyGraph graph(ProcessModel model) {
    return access().graph(model);
  }

  /**
   * A model's status timeline.
   *
   * @param model the model
   * @return the timeline
   */
  public static StatusTimeline timeline(ProcessModel model) {
    return access().timeline(model);
  }

  /**
   * A milestone's index in declaration order.
   *
   * @param model the model
   * @param id the milestone
   * @return the index, or -1 if absent
   */
  public static int indexOf(ProcessModel model, MilestoneId id) {
    return access().indexOf(model, id);
  }

  /**
   * Each milestone's dimension, as an index into {@code model.dimensions()}.
   *
   * @param model the model
   * @return per milestone in declaration order (shared: do not modify)
   */
  public static int[] dimensionOf(ProcessModel model) {
    return access().dimensionOf(model);
  }

  /**
   * Each milestone's declared weight.
   *
   * @param model the model
   * @return per milestone in declaration order (shared: do not modify)
   */
  public static double[] milestoneWeights(ProcessModel model) {
    return access().milestoneWeights(model);
  }

  /**
   * Builds a model as {@link ProcessModel.Builder#build()} does, but reports each problem at the
   * path of the bad value ({@code milestones[4].requires[0]}) so that a file reader can turn it
   * into a file position.
   *
   * @param builder the builder
   * @return the model
   * @throws io.github.thaw.model.ModelException listing every problem, located by path
   */
  public static ProcessModel buildByPath(ProcessModel.Builder builder) {
    return access().buildByPath(builder);
  }
}
