package io.github.thaw.testing;

import io.github.thaw.index.Band;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The check behind {@code isMonotoneUnderProgress()}: raise each milestone in turn by one step and
 * see whether the index falls.
 *
 * <p>A raise is a new report, dated the day after the date, from a source not heard before, that
 * puts the milestone one level above its preferred reading at the date. It is dated a day later
 * because reports that share a day count at the most conservative of them, which would hide the
 * raise; both models are evaluated on that later day, so the raise is the only difference.
 */
final class Monotonicity {
  /** The index of a model at a date, as a band; a seam for tests of the failure message. */
  @FunctionalInterface
  interface Probe {
    Band at(ProcessModel model, LocalDate date);
  }

  private Monotonicity() {}

  /** One line per milestone whose raise lowers the value or an end of the band. */
  static List<String> violations(ProcessModel model, LocalDate date, Probe probe) {
    LocalDate next = date.plusDays(1);
    PartialDate when = PartialDate.parse(next.toString());
    Band before = probe.at(model, next);
    List<String> out = new ArrayList<>();
    for (Milestone m : model.milestones()) {
      Status now = model.stateAt(m.id(), date).status();
      if (now == Status.COMPLETED) {
        continue;
      }
      Status raised = Status.ofLevel(now.level() + 1);
      ProcessModel better =
          Scenario.named("raise " + m.id())
              .setStatus(m.id().value(), raised, when.toString())
              .build()
              .applyTo(model);
      Band after = probe.at(better, next);
      List<String> fell = new ArrayList<>();
      fell(fell, "the value", before.value(), after.value());
      fell(fell, "the low end of the band", before.low(), after.low());
      fell(fell, "the high end of the band", before.high(), after.high());
      if (!fell.isEmpty()) {
        out.add(
            "raising "
                + m.id()
                + " from "
                + now
                + " to "
                + raised
                + " lowers "
                + String.join(", ", fell));
      }
    }
    return out;
  }

  private static void fell(List<String> out, String what, double before, double after) {
    // A thousandth of a millionth of a point is rounding, not a fall.
    if (after < before - 1e-9) {
      out.add(what + " from " + Texts.points(before) + " to " + Texts.points(after));
    }
  }

  static String message(String model, LocalDate date, List<String> violations) {
    return "Expecting the index of '"
        + model
        + "' never to fall when one milestone advances one step after "
        + date
        + ",\nbut "
        + Texts.count(violations.size(), "milestone")
        + (violations.size() == 1 ? " does" : " do")
        + " (each raised by a new report on "
        + date.plusDays(1)
        + "):\n  - "
        + String.join("\n  - ", violations);
  }
}
