package io.github.thaw.io;

import io.github.thaw.forecast.FreezeShocks;
import io.github.thaw.forecast.PacePrior;
import io.github.thaw.forecast.Pooling;
import io.github.thaw.forecast.Reversals;
import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.StepPrior;
import io.github.thaw.forecast.Tempo;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.internal.EditDistance;
import io.github.thaw.internal.io.ObjectSpec;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.internal.io.StrictReader;
import io.github.thaw.model.MilestoneId;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one transitions file in a single streaming pass, on top of base transitions. Each milestone
 * entry keeps its file location, so that a forecast can name the line of a milestone its model does
 * not have.
 */
final class TransitionFileReader {
  static final ObjectSpec TRANSITIONS =
      ObjectSpec.of(
          "transitions",
          List.of(
              "defaults",
              "steps",
              "softFactor",
              "freeze",
              "tempo",
              "reversals",
              "pooling",
              "prior",
              "paces",
              "milestones"));
  static final ObjectSpec STEPS = ObjectSpec.of("steps", labels());
  static final ObjectSpec MILESTONE_STEPS = ObjectSpec.of("milestone steps", labels());
  static final ObjectSpec DURATION =
      ObjectSpec.of(
          "duration",
          List.of("distribution", "min", "mode", "max", "median", "p90", "rate"),
          "distribution");
  static final ObjectSpec TEMPO = ObjectSpec.of("tempo", List.of("dispersion"), "dispersion");
  static final ObjectSpec REVERSALS = ObjectSpec.of("reversals", List.of("hazard"), "hazard");
  static final ObjectSpec PRIOR =
      ObjectSpec.of("prior", List.of("transitions", "months"), "transitions", "months");
  static final ObjectSpec PACES = ObjectSpec.of("paces", List.of("scale", "shared"), "shared");
  static final ObjectSpec FREEZE =
      ObjectSpec.of("freeze", List.of("ratePerYear", "months"), "ratePerYear", "months");

  /** The arguments each distribution takes, in the order messages list them. */
  static final Map<String, List<String>> ARGUMENTS = arguments();

  private final StrictReader in;
  private final Transitions.Builder builder;
  private StepDuration everyStep;
  private final Map<Step, StepDuration> steps = new EnumMap<>(Step.class);
  private final List<Runnable> milestones = new ArrayList<>();

  private TransitionFileReader(
      InputStream input, String file, FileSyntax format, ReadLimits limits, Transitions base) {
    this.in = new StrictReader(input, file, format == FileSyntax.YAML, limits);
    this.builder = base.toBuilder();
  }

  static Transitions read(
      InputStream input, String file, FileSyntax format, ReadLimits limits, Transitions base) {
    return new TransitionFileReader(input, file, format, limits, base).read();
  }

  private static List<String> labels() {
    return Arrays.stream(Step.values()).map(Step::label).toList();
  }

  private static Map<String, List<String>> arguments() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("pert", List.of("min", "mode", "max"));
    m.put("triangular", List.of("min", "mode", "max"));
    m.put("lognormal", List.of("median", "p90"));
    m.put("exponential", List.of("rate"));
    m.put("never", List.of());
    return m;
  }

  private Transitions read() {
    boolean complete =
        in.readDocument(
            TRANSITIONS,
            key -> {
              switch (key) {
                case "defaults" -> everyStep = duration();
                case "steps" -> steps(steps, STEPS);
                case "softFactor" -> softFactor();
                case "freeze" -> freeze();
                case "tempo" -> tempo();
                case "reversals" -> reversals();
                case "pooling" -> pooling();
                case "prior" -> prior();
                case "paces" -> paces();
                case "milestones" -> in.readMap("milestones", this::milestone);
                default -> throw new IllegalStateException("no reader for key " + key);
              }
            });
    in.problems().throwIfAny();
    if (!complete) {
      throw new IllegalStateException("reading stopped without a problem");
    }
    if (everyStep != null) {
      builder.everyStep(everyStep);
    }
    steps.forEach(builder::step);
    milestones.forEach(Runnable::run);
    return builder.build();
  }

  private void steps(Map<Step, StepDuration> into, ObjectSpec spec) {
    in.readObject(
        spec,
        label -> {
          StepDuration d = duration();
          if (d != null) {
            into.put(Step.parse(label), d);
          }
        });
  }

  private void milestone(String key) {
    long at = in.position();
    String path = in.path();
    MilestoneId id;
    try {
      id = MilestoneId.of(key);
    } catch (IllegalArgumentException e) {
      in.problem(e.getMessage());
      return;
    }
    Map<Step, StepDuration> own = new EnumMap<>(Step.class);
    steps(own, MILESTONE_STEPS);
    milestones.add(
        () -> {
          builder.declaredAt(id, in.location(at, path));
          own.forEach((step, d) -> builder.milestone(id, step, d));
        });
  }

  private void softFactor() {
    Double f = in.number();
    if (f == null) {
      return;
    }
    try {
      builder.softFactor(f);
    } catch (IllegalArgumentException e) {
      in.problem(e.getMessage());
    }
  }

  private void freeze() {
    numbers(FREEZE, new Double[2], v -> builder.freezes(FreezeShocks.of(v[0], v[1])));
  }

  private void tempo() {
    numbers(TEMPO, new Double[1], v -> builder.tempo(Tempo.of(v[0])));
  }

  private void reversals() {
    numbers(REVERSALS, new Double[1], v -> builder.reversals(Reversals.of(v[0])));
  }

  private void prior() {
    numbers(PRIOR, new Double[2], v -> builder.prior(StepPrior.of(v[0], v[1])));
  }

  private void paces() {
    // the scale may be left out: the calibration's own
    Double[] values = {PacePrior.DEFAULT.scale(), null};
    numbers(PACES, values, v -> builder.pacePrior(PacePrior.of(v[0], v[1])));
  }

  /**
   * Reads an object of numbers into {@code values}, in the order of the spec's keys, and hands them
   * to {@code set} when every one is there; a value {@code set} refuses is a problem at the object.
   */
  private void numbers(ObjectSpec spec, Double[] values, Consumer<Double[]> set) {
    long at = in.position();
    String path = in.path();
    boolean ok = in.readObject(spec, key -> values[spec.indexOf(key)] = in.number());
    if (!ok || Arrays.asList(values).contains(null)) {
      return;
    }
    try {
      set.accept(values);
    } catch (IllegalArgumentException e) {
      in.problemAt(at, path, e.getMessage());
    }
  }

  private void pooling() {
    long at = in.position();
    String path = in.path();
    String text = in.text();
    if (text == null) {
      return;
    }
    List<String> names = Arrays.stream(Pooling.values()).map(Pooling::label).toList();
    int i = names.indexOf(text);
    if (i < 0) {
      in.problemAt(
          at,
          path,
          "pooling '"
              + text
              + "' is not one of "
              + String.join(", ", names)
              + EditDistance.hint(text, names));
      return;
    }
    builder.pooling(Pooling.values()[i]);
  }

  /** Reads a duration mapping; null after a problem. */
  private StepDuration duration() {
    long at = in.position();
    String path = in.path();
    String[] family = new String[1];
    long[] familyAt = new long[1];
    Map<String, Double> numbers = new LinkedHashMap<>();
    Map<String, Long> positions = new LinkedHashMap<>();
    boolean[] bad = {false};
    boolean mapping =
        in.readObject(
            DURATION,
            key -> {
              if (key.equals("distribution")) {
                familyAt[0] = in.position();
                family[0] = in.text();
                bad[0] |= family[0] == null;
              } else {
                positions.put(key, in.position());
                Double v = in.number();
                if (v == null) {
                  bad[0] = true;
                } else {
                  numbers.put(key, v);
                }
              }
            });
    if (!mapping || bad[0] || family[0] == null) {
      return null;
    }
    List<String> takes = ARGUMENTS.get(family[0]);
    if (takes == null) {
      in.problemAt(
          familyAt[0],
          path.isEmpty() ? "distribution" : path + ".distribution",
          "distribution '"
              + family[0]
              + "' is not one of "
              + String.join(", ", ARGUMENTS.keySet())
              + EditDistance.hint(family[0], ARGUMENTS.keySet()));
      return null;
    }
    boolean ok = true;
    for (String key : positions.keySet()) {
      if (!takes.contains(key)) {
        in.problemAt(
            positions.get(key),
            path.isEmpty() ? key : path + "." + key,
            "'"
                + key
                + "' does not apply to "
                + article(family[0])
                + " duration"
                + (takes.isEmpty() ? ", which takes no arguments" : "; it takes " + joined(takes)));
        ok = false;
      }
    }
    for (String key : takes) {
      if (!positions.containsKey(key)) {
        in.problemAt(
            at,
            path,
            article(family[0]) + " duration needs " + joined(takes) + "; '" + key + "' is missing");
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return switch (family[0]) {
        case "pert" ->
            StepDuration.pert(numbers.get("min"), numbers.get("mode"), numbers.get("max"));
        case "triangular" ->
            StepDuration.triangular(numbers.get("min"), numbers.get("mode"), numbers.get("max"));
        case "lognormal" -> StepDuration.lognormal(numbers.get("median"), numbers.get("p90"));
        case "exponential" -> StepDuration.exponential(numbers.get("rate"));
        default -> StepDuration.never();
      };
    } catch (IllegalArgumentException e) {
      in.problemAt(at, path, e.getMessage());
      return null;
    }
  }

  private static String article(String family) {
    return ("aeiou".indexOf(family.charAt(0)) >= 0 ? "an " : "a ") + family;
  }

  private static String joined(List<String> keys) {
    return String.join(", ", keys);
  }
}
