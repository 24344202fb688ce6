package io.github.thaw.cli;

import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: a month or year means its last day, as for events. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "YYYY, YYYY-MM or YYYY-MM-DD. Default: the date of the latest event.")
  LocalDate date;

  /** The given date, or the model's latest event date. */
  LocalDate orLatest(ProcessModel m) {
    return date != null ? date : ModelOptions.defaultDate(m);
  }
}
