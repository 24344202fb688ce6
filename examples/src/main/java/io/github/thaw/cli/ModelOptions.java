package io.github.thaw.cli;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every command shares: which model, and whether to print JSON. */
final class ModelOptions {
  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Model file (YAML or JSON). Default: the built-in Türkiye–Armenia model.")
  Path model;

  @Option(names = "--json", description = "Print machine-readable JSON on stdout.")
  boolean json;

  ProcessModel load() throws java.io.IOException {
    // With the index's rules, so that validate refuses what index would, at the same line.
    return model == null
        ? TurkiyeArmenia.model()
        : io.github.thaw.io.ModelReader.defaults().withIndexRules().read(model);
  }

  String modelLabel() {
    return model == null ? "built-in Türkiye–Armenia model" : model.toString();
  }

  /** The date a command reads the model at when none is given: its latest event's date. */
  static LocalDate defaultDate(ProcessModel m) {
    return m.latestEventDate()
        .orElseGet(() -> m.asOf().map(d -> d.effectiveDate()).orElse(LocalDate.now()));
  }
}
