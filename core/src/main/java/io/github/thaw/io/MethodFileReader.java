package io.github.thaw.io;

import io.github.thaw.index.Aggregation;
import io.github.thaw.index.Ahp;
import io.github.thaw.index.DateRule;
import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ReadingRule;
import io.github.thaw.index.Structure;
import io.github.thaw.index.Weights;
import io.github.thaw.internal.io.ObjectSpec;
import io.github.thaw.internal.io.Positions;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.internal.io.StrictReader;
import io.github.thaw.internal.io.Values;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Reads one index-method file in a single streaming pass into an {@link IndexMethod}. */
final class MethodFileReader {
  static final ObjectSpec METHOD =
      ObjectSpec.of(
          "method",
          List.of(
              "preset",
              "scores",
              "structure",
              "aggregation",
              "milestoneAggregation",
              "dimensionAggregation",
              "gating",
              "milestoneWeights",
              "dimensionWeights",
              "readingRule",
              "dateRule",
              "disputeWindowDays",
              "includeUnscored"));
  static final ObjectSpec WEIGHTS = ObjectSpec.of("weights", List.of("base", "weights", "ahp"));
  static final ObjectSpec AHP =
      ObjectSpec.of("ahp", List.of("labels", "matrix", "acceptInconsistency"), "labels", "matrix");

  private final StrictReader in;
  private IndexMethod.Builder builder = IndexMethod.defaults().toBuilder();
  private final List<Consumer<IndexMethod.Builder>> settings = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();

  /**
   * An id the file names that must be in the model the method meets: a key of {@code weights} or an
   * AHP label, with where it stands.
   *
   * @param dimension true under {@code dimensionWeights}, false under {@code milestoneWeights}
   * @param label true for an AHP label, false for a key of {@code weights}
   * @param id the id as written
   * @param at its packed position
   * @param path its path, such as {@code dimensionWeights.ahp[0].labels[2]}
   */
  record Reference(boolean dimension, boolean label, String id, long at, String path) {}

  /**
   * A method as read, with the ids it names and the file's name, to check against a model.
   *
   * @param method the method
   * @param references the ids in file order
   * @param file the file name for locations
   */
  record Read(IndexMethod method, List<Reference> references, String file) {}

  private MethodFileReader(InputStream input, String file, FileSyntax format, ReadLimits limits) {
    this.in = new StrictReader(input, file, format == FileSyntax.YAML, limits);
  }

  static IndexMethod read(InputStream input, String file, FileSyntax format, ReadLimits limits) {
    return readWithReferences(input, file, format, limits).method();
  }

  static Read readWithReferences(
      InputStream input, String file, FileSyntax format, ReadLimits limits) {
    MethodFileReader r = new MethodFileReader(input, file, format, limits);
    IndexMethod method = r.read();
    return new Read(method, List.copyOf(r.references), r.in.file());
  }

  private IndexMethod read() {
    long[] presetAt = {0};
    boolean complete =
        in.readDocument(
            METHOD,
            key -> {
              switch (key) {
                case "preset" -> {
                  presetAt[0] = in.position();
                  preset();
                }
                case "scores" -> scores();
                case "structure" ->
                    enumValue(Structure.class, v -> settings.add(b -> b.structure(v)));
                case "aggregation" ->
                    enumValue(Aggregation.class, v -> settings.add(b -> b.aggregation(v)));
                case "milestoneAggregation" ->
                    enumValue(Aggregation.class, v -> settings.add(b -> b.milestoneAggregation(v)));
                case "dimensionAggregation" ->
                    enumValue(Aggregation.class, v -> settings.add(b -> b.dimensionAggregation(v)));
                case "gating" -> enumValue(Gating.class, v -> settings.add(b -> b.gating(v)));
                case "readingRule" ->
                    enumValue(ReadingRule.class, v -> settings.add(b -> b.readingRule(v)));
                case "dateRule" -> enumValue(DateRule.class, v -> settings.add(b -> b.dateRule(v)));
                case "disputeWindowDays" -> window();
                case "includeUnscored" -> {
                  Boolean v = in.bool();
                  if (v != null) {
                    settings.add(b -> b.includeUnscored(v));
                  }
                }
                case "milestoneWeights" -> {
                  Weights w = weights(false);
                  if (w != null) {
                    settings.add(b -> b.milestoneWeights(w));
                  }
                }
                case "dimensionWeights" -> {
                  Weights w = weights(true);
                  if (w != null) {
                    settings.add(b -> b.dimensionWeights(w));
                  }
                }
                default -> throw new IllegalStateException("no reader for key " + key);
              }
            });
    in.problems().throwIfAny();
    if (!complete) {
      throw new IllegalStateException("reading stopped without a problem");
    }
    settings.forEach(s -> s.accept(builder));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      in.problemAt(Positions.of(1, 1), "", e.getMessage());
      in.problems().throwIfAny();
      throw e;
    }
  }

  private void preset() {
    String p = in.text();
    if (p == null) {
      return;
    }
    switch (p) {
      case "default" -> builder = IndexMethod.defaults().toBuilder();
      case "pam" -> builder = IndexMethod.pam().toBuilder();
      case "pam-implementation" -> builder = IndexMethod.pamImplementation().toBuilder();
      case "legacy" -> builder = IndexMethod.legacy().toBuilder();
      default ->
          in.problem(
              "preset '" + p + "' is not known; use default, legacy, pam or pam-implementation");
    }
  }

  private void window() {
    long at = in.position();
    String path = in.path();
    Double v = in.number();
    if (v == null) {
      return;
    }
    if (v < 0 || v != Math.rint(v) || v > 36_500) {
      in.problemAt(
          at,
          path,
          "disputeWindowDays must be a whole number of days from 0 to 36500, found "
              + (v == Math.rint(v) && Math.abs(v) < 1e15
                  ? String.valueOf(v.longValue())
                  : String.valueOf(v)));
      return;
    }
    int days = (int) (double) v;
    settings.add(b -> b.disputeWindowDays(days));
  }

  private void scores() {
    long at = in.position();
    String path = in.path();
    List<Double> values = new ArrayList<>();
    boolean[] bad = {false};
    in.readList(
        i -> {
          Double v = in.number();
          if (v == null) {
            bad[0] = true;
          } else {
            values.add(v);
          }
        });
    if (bad[0]) {
      return;
    }
    double[] s = values.stream().mapToDouble(Double::doubleValue).toArray();
    try {
      IndexMethod.builder().scores(s).build();
      settings.add(b -> b.scores(s));
    } catch (IllegalArgumentException e) {
      in.problemAt(at, path, e.getMessage());
    }
  }

  private <E extends Enum<E>> void enumValue(Class<E> type, Consumer<E> set) {
    String t = in.text();
    if (t == null) {
      return;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t.trim().toUpperCase(Locale.ROOT).replace('-', '_'))) {
        set.accept(e);
        return;
      }
    }
    in.problem(
        "'"
            + t
            + "' is not one of "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
  }

  private Weights weights(boolean dimension) {
    Weights[] w = {Weights.fromModel()};
    Map<String, Double> explicit = new LinkedHashMap<>();
    List<LocatedAhp> matrices = new ArrayList<>();
    boolean[] ok = {true};
    boolean mapping =
        in.readObject(
            WEIGHTS,
            key -> {
              switch (key) {
                case "base" -> {
                  String b = in.text();
                  if ("equal".equals(b)) {
                    w[0] = Weights.equal();
                  } else if (b != null && !"model".equals(b)) {
                    in.problem("weights base '" + b + "' is not known; use model or equal");
                    ok[0] = false;
                  }
                }
                case "weights" -> explicit(explicit, ok, dimension);
                default -> in.readList(i -> ahp(matrices, ok, dimension));
              }
            });
    if (!mapping || !ok[0]) {
      return null;
    }
    Weights out = w[0].with(explicit);
    for (LocatedAhp a : matrices) {
      // A label in two matrices, or with an explicit weight too, is only seen when they meet.
      try {
        out = out.withAhp(a.ahp());
      } catch (IllegalArgumentException e) {
        in.problemAt(a.at(), a.path(), e.getMessage());
        return null;
      }
    }
    return out;
  }

  /** An AHP matrix and where it starts in the file. */
  private record LocatedAhp(Ahp ahp, long at, String path) {}

  private void explicit(Map<String, Double> into, boolean[] ok, boolean dimension) {
    in.readMap(
        "weights",
        key -> {
          references.add(new Reference(dimension, false, key, in.keyPosition(), in.path()));
          Double v = Values.weight(in);
          if (v == null) {
            ok[0] = false;
          } else {
            into.put(key, v);
          }
        });
  }

  private void ahp(List<LocatedAhp> into, boolean[] ok, boolean dimension) {
    long at = in.position();
    String path = in.path();
    List<String> labels = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    boolean[] accept = {false};
    boolean mapping =
        in.readObject(
            AHP,
            key -> {
              switch (key) {
                case "labels" ->
                    in.readList(
                        i -> {
                          long labelAt = in.position();
                          String labelPath = in.path();
                          String t = in.text();
                          if (t != null) {
                            labels.add(t);
                            references.add(new Reference(dimension, true, t, labelAt, labelPath));
                          }
                        });
                case "matrix" -> in.readList(i -> rows.add(row(ok)));
                default -> accept[0] = Boolean.TRUE.equals(in.bool());
              }
            });
    if (!mapping || !ok[0]) {
      ok[0] = false;
      return;
    }
    try {
      Ahp a = Ahp.of(labels, rows.toArray(new double[0][]));
      if (accept[0]) {
        a = a.acceptInconsistency();
      }
      a.requireUsable();
      into.add(new LocatedAhp(a, at, path));
    } catch (IllegalArgumentException e) {
      in.problemAt(at, path, e.getMessage());
      ok[0] = false;
    }
  }

  private double[] row(boolean[] ok) {
    List<Double> values = new ArrayList<>();
    in.readList(
        i -> {
          Double v = in.number();
          if (v == null) {
            ok[0] = false;
          } else {
            values.add(v);
          }
        });
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
