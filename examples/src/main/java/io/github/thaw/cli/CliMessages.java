package io.github.thaw.cli;

import io.github.thaw.model.Event;
import io.github.thaw.model.PartialDate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The command line's own messages in one place, so wording stays consistent and tests pin it. */
final class CliMessages {
  private CliMessages() {}

  static String twoModels(Path before, Path after) {
    return "--model is given twice, as '"
        + before
        + "' before the command and '"
        + after
        + "' after it; give it once";
  }

  static String jsonNeedsCommand() {
    return "--json needs a command, e.g. 'thaw --json index': the main job prints text only";
  }

  static String noReferenceDate(String model, String option) {
    return "model '"
        + model
        + "' has no asOf date and no event, so it has no reference date; give "
        + option
        + " DATE";
  }

  static String milestoneNeeded(String model, List<String> milestones) {
    return "--target forecast needs --milestone ID for model '"
        + model
        + "'; its milestones: "
        + String.join(", ", milestones);
  }

  static String scenariosNeeded(String what, String files) {
    return what + " with --model needs at least one " + files;
  }

  static String jsonWithFormat(String format) {
    return "--json conflicts with --format " + format + "; use --format json for the model as JSON";
  }

  static String eventAfterAsOf(String file, int index, Event e, PartialDate asOf) {
    return file
        + ": events["
        + index
        + "]: warning: "
        + describe(e)
        + " takes effect on "
        + e.date().effectiveDate()
        + ", after asOf "
        + asOf
        + (asOf.effectiveDate().toString().equals(asOf.toString())
            ? ""
            : " (" + asOf.effectiveDate() + ")")
        + "; commands read the model as of asOf and leave it out";
  }

  static String asOfBeforeFirstEvent(String file, PartialDate asOf, LocalDate first) {
    return file
        + ": asOf: warning: asOf "
        + asOf
        + " is earlier than the first event, which takes effect on "
        + first
        + "; commands read the model as of asOf, before anything happened";
  }

  /** {@code 1 event}, {@code 2 events}: a count with its noun in the right number. */
  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String describe(Event e) {
    return e.isContext()
        ? "context event dated " + e.date()
        : "event dated "
            + e.date()
            + " ("
            + e.milestone().orElseThrow()
            + " "
            + e.status().orElseThrow()
            + ")";
  }
}
