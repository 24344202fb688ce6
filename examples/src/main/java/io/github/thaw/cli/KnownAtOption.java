package io.github.thaw.cli;

import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --known-at DATE}: the model as it could have been written on that day. */
final class KnownAtOption {
  @Option(
      names = "--known-at",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Use only events known by this date (from their sources' publication dates);"
              + " a month or year means its last day. Default: everything.")
  LocalDate date;

  /** The model as known at the date, or the model itself. */
  ProcessModel apply(ProcessModel m) {
    return date == null ? m : m.knownAt(date);
  }
}
