package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds every file loader malformed documents made from real files, and checks that each one ends
 * either in a value or in a {@link ModelException} whose every problem has a line: never a
 * NullPointerException, ClassCastException, IllegalStateException, StackOverflowError or
 * OutOfMemoryError.
 *
 * <p>The run is bounded and deterministic: {@value #DEFAULT_INPUTS} inputs per loader, at most
 * {@value #DEFAULT_SECONDS} seconds each, from a fixed seed. For a longer hunt run for example
 * {@code ./mvnw -pl core test -Dtest=LoaderFuzzTest -Dthaw.fuzz.inputs=200000
 * -Dthaw.fuzz.seconds=600 -Dthaw.fuzz.seed=7}. An input that breaks a loader is written to {@code
 * core/target/fuzz-failures/} and named in the failure with its seed and number.
 *
 * <p>To fuzz a new kind of file, add a {@link Loader} to {@link #loaders()} with seed files under
 * {@code src/test/resources/io/github/thaw/io/fuzz/}.
 *
 * <p>Tagged {@code fuzz} so that mutation testing leaves it out: its inputs depend on how many fit
 * in the time budget, and a test that kills a mutant on one run and not the next says nothing.
 */
@Tag("fuzz")
class LoaderFuzzTest {
  static final int DEFAULT_INPUTS = 600;
  static final int DEFAULT_SECONDS = 2;
  private static final String SEEDS = "/io/github/thaw/io/fuzz/";

  /** A file loader under test: a name, real files to start from, and how to load bytes. */
  record Loader(String name, FileSyntax format, List<String> seeds, Load load) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Loads one document; a value means the input was valid. */
  @FunctionalInterface
  interface Load {
    Object apply(InputStream in, String fileName) throws IOException;
  }

  static Stream<Loader> loaders() {
    ProcessModel reference =
        ModelFiles.read(seed("model-turkiye-armenia.yaml"), "r.yaml", FileSyntax.YAML);
    String referenceJson = ModelFiles.write(reference, FileSyntax.JSON);
    Load model = (in, name) -> ModelFiles.read(in, name, FileSyntax.ofFileName(name));
    // A scenario is read, then applied: naming milestones the model lacks is found only then,
    // and those problems must carry the change's place in the file too.
    Load scenario =
        (in, name) -> ScenarioFiles.read(in, name, FileSyntax.ofFileName(name)).applyTo(reference);
    Load method =
        (in, name) ->
            MethodFiles.read(
                new String(in.readAllBytes(), StandardCharsets.UTF_8),
                name,
                FileSyntax.ofFileName(name));
    io.github.thaw.forecast.Transitions base =
        io.github.thaw.forecast.Transitions.everyStep(
            io.github.thaw.forecast.StepDuration.exponential(0.05));
    Load transitions =
        (in, name) -> TransitionFiles.read(in, name, FileSyntax.ofFileName(name), base);
    // Past loading: whatever loads must also compute and forecast without a crash or a number that
    // is not finite (thaw-report's ReportFuzzTest draws and exports what loads).
    Load analysed =
        (in, name) ->
            analyse(ModelReader.defaults().withIndexRules().read(in, name, FileSyntax.YAML));
    return Stream.of(
        new Loader(
            "model.yaml, analysed",
            FileSyntax.YAML,
            List.of(seed("model-turkiye-armenia.yaml"), seed("model-design-example.yaml")),
            analysed),
        new Loader(
            "model.yaml",
            FileSyntax.YAML,
            List.of(seed("model-turkiye-armenia.yaml"), seed("model-design-example.yaml")),
            model),
        new Loader("model.json", FileSyntax.JSON, List.of(referenceJson), model),
        new Loader(
            "scenario.yaml",
            FileSyntax.YAML,
            List.of(
                seed("scenario-03-railway-reactivated.yaml"),
                seed("scenario-04-full-border-opening.yaml"),
                seed("scenario-07-talks-stall.yaml"),
                seed("scenario-08-reversal.yaml")),
            scenario),
        new Loader(
            "scenario.json",
            FileSyntax.JSON,
            List.of(seed("scenario-every-change.json")),
            scenario),
        new Loader("method.yaml", FileSyntax.YAML, List.of(seed("method-every-key.yaml")), method),
        new Loader("method.json", FileSyntax.JSON, List.of(seed("method-pam.json")), method),
        new Loader(
            "transitions.yaml",
            FileSyntax.YAML,
            List.of(seed("transitions-every-key.yaml")),
            transitions));
  }

  /** Inputs every loader tries however long they take. */
  static final int MIN_INPUTS = 50;

  @ParameterizedTest(name = "{0}")
  @MethodSource("loaders")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void malformedDocumentsEndInLocatedProblemsNeverInACrash(Loader loader) throws IOException {
    long seed = Long.getLong("thaw.fuzz.seed", 20250912L);
    int inputs = Integer.getInteger("thaw.fuzz.inputs", DEFAULT_INPUTS);
    long deadline =
        System.nanoTime()
            + TimeUnit.SECONDS.toNanos(Integer.getInteger("thaw.fuzz.seconds", DEFAULT_SECONDS));
    SplittableRandom random = new SplittableRandom(seed ^ loader.name().hashCode());
    // The seeds themselves are checked too, and one at least must load: if none did, every
    // mutant would be refused for the same reason and the run would prove little.
    int seedsLoaded = 0;
    for (String s : loader.seeds()) {
      String outcome = outcome(loader, s.getBytes(StandardCharsets.UTF_8));
      assertThat(outcome).as("seed of %s", loader.name()).isIn(null, "");
      seedsLoaded += outcome == null ? 1 : 0;
    }
    assertThat(seedsLoaded).as("seeds of %s that load", loader.name()).isPositive();
    int valid = 0;
    int refused = 0;
    int run = 0;
    // At least MIN_INPUTS whatever the clock says, so that a loaded machine tries fewer extra
    // inputs rather than failing; the time budget only bounds the inputs beyond them.
    for (; run < inputs && (run < MIN_INPUTS || System.nanoTime() < deadline); run++) {
      String base = loader.seeds().get(random.nextInt(loader.seeds().size()));
      byte[] input = MalformedDocuments.mutate(base, loader.seeds(), random);
      String outcome = outcome(loader, input);
      if (outcome == null) {
        valid++;
      } else if (outcome.isEmpty()) {
        refused++;
      } else {
        Path saved = save(loader, seed, run, input);
        throw new AssertionError(
            loader.name()
                + " input #"
                + run
                + " of seed "
                + seed
                + " (saved as "
                + saved
                + ") "
                + outcome);
      }
    }
    // Most mutants must be refused, and each refusal was checked above; a run that tried almost
    // nothing would prove nothing.
    assertThat(run).as("inputs tried").isGreaterThanOrEqualTo(Math.min(inputs, MIN_INPUTS));
    assertThat(refused).as("inputs refused of %s (%s valid)", run, valid).isPositive();
  }

  /**
   * Runs the index and a short forecast on a loaded model. An analysis may refuse the model with a
   * message (an IllegalArgumentException, as the command line reports it); it may not crash or
   * produce a value that is not finite.
   */
  static ProcessModel analyse(ProcessModel m) {
    try {
      analyseOrRefuse(m);
    } catch (IllegalArgumentException refused) {
      // As the command line reports it: "thaw: message", exit 3. It must say what is wrong.
      if (refused.getMessage() == null || refused.getMessage().isBlank()) {
        throw new AssertionError("an analysis refused the model without a message", refused);
      }
    }
    return m;
  }

  private static void analyseOrRefuse(ProcessModel m) {
    java.time.LocalDate date = m.latestEventDate().orElse(java.time.LocalDate.of(2025, 1, 1));
    io.github.thaw.index.IndexResult r =
        io.github.thaw.index.IndexMethod.defaults().evaluate(m, date);
    for (double v : new double[] {r.value(), r.low(), r.high()}) {
      if (!Double.isFinite(v) || v < 0 || v > 100) {
        throw new AssertionError("index of a loaded model is " + v);
      }
    }
    io.github.thaw.forecast.ForecastSummary f =
        io.github.thaw.forecast.Forecast.builder(m)
            .asOf(date)
            .transitions(
                io.github.thaw.forecast.Transitions.everyStep(
                    io.github.thaw.forecast.StepDuration.exponential(0.05)))
            .samples(20)
            .build()
            .run(1);
    f.index()
        .forEach(
            p -> {
              if (!Double.isFinite(p.p10() + p.p50() + p.p90())) {
                throw new AssertionError("forecast fan point " + p);
              }
            });
  }

  /** Null for a valid input, empty for a properly located refusal, else what went wrong. */
  private static String outcome(Loader loader, byte[] input) {
    try {
      loader.load().apply(stream(input), loader.name());
      return null;
    } catch (ModelException e) {
      for (Problem p : e.problems()) {
        if (p.location().line() <= 0) {
          return "was refused with a problem that has no line: " + p;
        }
      }
      return "";
    } catch (Throwable t) { // NOPMD: every other exception or error is the finding
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      return "ended in " + t + "\n" + trace;
    }
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static Path save(Loader loader, long seed, int run, byte[] input) throws IOException {
    Path dir = Path.of("target", "fuzz-failures");
    Files.createDirectories(dir);
    Path file = dir.resolve(seed + "-" + run + "-" + loader.name());
    Files.write(file, input);
    return file.toAbsolutePath();
  }

  static String seed(String name) {
    try (InputStream in = LoaderFuzzTest.class.getResourceAsStream(SEEDS + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fuzz seed " + SEEDS + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
