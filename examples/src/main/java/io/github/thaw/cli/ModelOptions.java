package io.github.thaw.cli;

import io.github.thaw.io.ModelReader;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every command shares: which model, and whether to print JSON. They are mixed into the
 * top-level command and into every command, so they work before or after the command name ({@code
 * thaw --model F index} is {@code thaw index --model F}); a command reads them through the methods
 * here, which merge the two places.
 */
final class ModelOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Model file (YAML or JSON). Default: the built-in Türkiye–Armenia model.")
  private Path model;

  @Option(names = "--json", description = "Print machine-readable JSON on stdout.")
  private boolean json;

  /** The options given before the command name; null on the top-level command itself. */
  private ModelOptions outer() {
    CommandSpec parent = mixee.parent();
    if (parent == null) {
      return null;
    }
    for (CommandSpec mixin : parent.mixins().values()) {
      if (mixin.userObject() instanceof ModelOptions o) {
        return o;
      }
    }
    return null;
  }

  /**
   * The model file given before or after the command name, or null for the built-in model.
   *
   * @throws ParameterException if the two places name different files
   */
  Path modelFile() {
    ModelOptions outer = outer();
    Path before = outer == null ? null : outer.model;
    if (before == null) {
      return model;
    }
    if (model != null && !same(before, model)) {
      throw new ParameterException(mixee.commandLine(), CliMessages.twoModels(before, model));
    }
    return before;
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Whether {@code --json} was given before or after the command name. */
  boolean json() {
    ModelOptions outer = outer();
    return json || (outer != null && outer.json);
  }

  /** Whether the command runs on the built-in model, that is no {@code --model} was given. */
  boolean builtIn() {
    return modelFile() == null;
  }

  ProcessModel load() throws java.io.IOException {
    Path file = modelFile();
    // With the index's rules, so that validate refuses what index would, at the same line.
    return file == null
        ? TurkiyeArmenia.model()
        : ModelReader.defaults().withIndexRules().read(file);
  }

  String modelLabel() {
    Path file = modelFile();
    return file == null ? "built-in Türkiye–Armenia model" : file.toString();
  }

  /**
   * The model's reference date ({@link ProcessModel#referenceDate()}), the date every command reads
   * a model at when none is given.
   *
   * @param option the option that gives a date instead, named in the error
   * @throws ParameterException if the model has neither an asOf date nor any event
   */
  LocalDate referenceDate(ProcessModel m, String option) {
    return m.referenceDate()
        .orElseThrow(
            () ->
                new ParameterException(
                    mixee.commandLine(), CliMessages.noReferenceDate(m.name(), option)));
  }
}
