package io.github.thaw.internal;

import java.util.Objects;

/**
 * The one access hatch between Thaw's packages, after the JDK's {@code
 * jdk.internal.access.SharedSecrets}: an API class hands its primitive-array views to the library's
 * own engines through an access object it installs here when its class initialises, so that those
 * views never become public API.
 *
 * <p>Why a hatch at all: {@code ProcessModel} keeps its dependency graph, status timeline and
 * per-milestone arrays private, yet the index and the forecast must read them without copying (a
 * model of a million milestones is read once per evaluation), and the file reader must build a
 * model whose problems are located by path. The forecast calls the index engine ({@code
 * internal.index}) directly, but the engine takes a method as numbers, an {@code EngineSpec}, and
 * the one translation of an {@code IndexMethod} into a spec (weights resolved against the model,
 * with their checks) lives in the index package, package-private: the forecast reaches it through
 * the index access rather than repeat it or make it API.
 *
 * <p>Why it takes and gives {@code Object}: this package is the foundation and imports nothing
 * above it, so it cannot name {@code ProcessModel}, {@code IndexMethod} or {@code EngineSpec}. Each
 * access casts to its own type; a wrong argument fails with a {@link ClassCastException}, which
 * only the library's own code could cause.
 *
 * <p>No reflection is needed to install the accesses: every caller holds an instance (a model, a
 * model builder, an index method), so the class that installs the access has already initialised.
 * No other class may hold an access hatch; {@code LayeringTest} enforces it.
 */
public final class SharedSecrets {
  private static volatile ModelAccess modelAccess;
  private static volatile IndexAccess indexAccess;

  private SharedSecrets() {}

  /** What a process model exposes to the library's own packages. */
  public interface ModelAccess {
    /**
     * The dependency graph.
     *
     * @param model a {@code ProcessModel}
     * @return its graph
     */
    DependencyGraph graph(Object model);

    /**
     * The status timeline.
     *
     * @param model a {@code ProcessModel}
     * @return its timeline
     */
    StatusTimeline timeline(Object model);

    /**
     * A milestone's index in declaration order.
     *
     * @param model a {@code ProcessModel}
     * @param id a {@code MilestoneId}
     * @return the index, or -1 if absent
     */
    int indexOf(Object model, Object id);

    /**
     * Each milestone's dimension, as an index into {@code model.dimensions()}.
     *
     * @param model a {@code ProcessModel}
     * @return per milestone in declaration order (shared: do not modify)
     */
    int[] dimensionOf(Object model);

    /**
     * Each milestone's weight within its dimension, as declared.
     *
     * @param model a {@code ProcessModel}
     * @return per milestone in declaration order (shared: do not modify)
     */
    double[] milestoneWeights(Object model);

    /**
     * Builds a model, reporting problems at the path of each bad value.
     *
     * @param builder a {@code ProcessModel.Builder}
     * @return the {@code ProcessModel}
     */
    Object buildByPath(Object builder);
  }

  /** What the index exposes to the library's own packages. */
  @FunctionalInterface
  public interface IndexAccess {
    /**
     * Resolves a method against a model into the engine's terms.
     *
     * @param method an {@code IndexMethod}
     * @param model a {@code ProcessModel}
     * @return an {@code EngineSpec}
     */
    Object engineSpec(Object method, Object model);
  }

  /**
   * Called once, by {@code ProcessModel}'s class initialiser.
   *
   * @param access the access
   */
  public static void setModelAccess(ModelAccess access) {
    modelAccess = Objects.requireNonNull(access, "access");
  }

  /**
   * Called once, by {@code IndexMethod}'s class initialiser.
   *
   * @param access the access
   */
  public static void setIndexAccess(IndexAccess access) {
    indexAccess = Objects.requireNonNull(access, "access");
  }

  private static ModelAccess model() {
    ModelAccess a = modelAccess;
    if (a == null) {
      throw new IllegalStateException("ProcessModel has not installed its access");
    }
    return a;
  }

  /**
   * A model's dependency graph.
   *
   * @param model a {@code ProcessModel}
   * @return the graph
   */
  public static DependencyGraph graph(Object model) {
    return model().graph(model);
  }

  /**
   * A model's status timeline.
   *
   * @param model a {@code ProcessModel}
   * @return the timeline
   */
  public static StatusTimeline timeline(Object model) {
    return model().timeline(model);
  }

  /**
   * A milestone's index in declaration order.
   *
   * @param model a {@code ProcessModel}
   * @param id a {@code MilestoneId}
   * @return the index, or -1 if absent
   */
  public static int indexOf(Object model, Object id) {
    return model().indexOf(model, id);
  }

  /**
   * Each milestone's dimension, as an index into {@code model.dimensions()}.
   *
   * @param model a {@code ProcessModel}
   * @return per milestone in declaration order (shared: do not modify)
   */
  public static int[] dimensionOf(Object model) {
    return model().dimensionOf(model);
  }

  /**
   * Each milestone's declared weight.
   *
   * @param model a {@code ProcessModel}
   * @return per milestone in declaration order (shared: do not modify)
   */
  public static double[] milestoneWeights(Object model) {
    return model().milestoneWeights(model);
  }

  /**
   * Builds a model as {@code ProcessModel.Builder.build()} does, but reports each problem at the
   * path of the bad value ({@code milestones[4].requires[0]}) so that a file reader can turn it
   * into a file position.
   *
   * @param <M> {@code ProcessModel}
   * @param builder a {@code ProcessModel.Builder}
   * @return the model; a {@code ModelException} lists every problem, located by path
   */
  @SuppressWarnings("unchecked")
  public static <M> M buildByPath(Object builder) {
    return (M) model().buildByPath(builder);
  }

  /**
   * Resolves an index method against a model into the engine's terms, as the index itself does
   * before it evaluates: {@code new Plan(model, spec)} then gives the plan that evaluators share.
   *
   * @param <S> {@code EngineSpec}
   * @param method an {@code IndexMethod}
   * @param model a {@code ProcessModel}
   * @return the spec
   * @throws IllegalArgumentException as {@code IndexMethod.prepare} does for a weight that names an
   *     element not in the model or an AHP matrix that does not fit it
   */
  @SuppressWarnings("unchecked")
  public static <S> S engineSpec(Object method, Object model) {
    return (S) index().engineSpec(method, model);
  }

  private static IndexAccess index() {
    IndexAccess a = indexAccess;
    if (a == null) {
      throw new IllegalStateException("IndexMethod has not installed its access");
    }
    return a;
  }
}
