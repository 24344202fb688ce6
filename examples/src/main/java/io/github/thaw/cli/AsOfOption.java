package io.github.thaw.cli;

import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --as-of DATE}: a month or year means its last day, as for events. */
final class AsOfOption {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "YYYY, YYYY-MM or YYYY-MM-DD. Default: the model's asOf, else its latest event"
              + " (docs/reference-date.md).")
  LocalDate date;

  /**
   * The given date, or the model's reference date.
   *
   * @throws ParameterException if neither exists
   */
  LocalDate orReference(ProcessModel m) {
    if (date != null) {
      return date;
    }
    return m.referenceDate()
        .orElseThrow(
            () ->
                new ParameterException(
                    mixee.commandLine(), CliMessages.noReferenceDate(m.name(), "--as-of")));
  }
}
