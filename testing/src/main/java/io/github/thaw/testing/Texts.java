package io.github.thaw.testing;

import io.github.thaw.index.GatingFinding;
import io.github.thaw.model.Event;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.MilestoneState;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Wording shared by the failure messages, so every assertion reads the same way. */
final class Texts {
  private Texts() {}

  /**
   * A number with at most {@code decimals} decimals and at least one: {@code 50.0}, {@code 41.67}.
   */
  static String number(double x, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
    while (s.endsWith("0") && s.indexOf('.') < s.length() - 2) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Index points: two decimals at most. */
  static String points(double x) {
    return number(x, 2);
  }

  /** A threshold as the caller wrote it, to six decimals at most: {@code 40.0}, {@code 41.666}. */
  static String given(double x) {
    return number(x, 6);
  }

  /** A signed change in index points: {@code +5.56}, {@code -8.33}, {@code +0.0}. */
  static String delta(double x) {
    return (x < 0 ? "" : "+") + points(x);
  }

  /** Ids joined by commas, or {@code none}. */
  static String ids(Collection<MilestoneId> ids) {
    return ids.isEmpty()
        ? "none"
        : ids.stream().map(MilestoneId::value).collect(Collectors.joining(", "));
  }

  /** A chain of ids: {@code a → b → c}. */
  static String chain(List<MilestoneId> ids) {
    return ids.stream().map(MilestoneId::value).collect(Collectors.joining(" → "));
  }

  /** Each finding's own sentence, one a line, indented as a list. */
  static String findings(List<GatingFinding> findings) {
    return findings.stream().map(f -> "  - " + f.describe()).collect(Collectors.joining("\n"));
  }

  /** Events one a line, indented as a list. */
  static String events(List<Event> events) {
    return events.stream().map(e -> "  - " + e).collect(Collectors.joining("\n"));
  }

  /** {@code 1 milestone}, {@code 2 milestones}. */
  static String count(int n, String singular) {
    return n + " " + singular + (n == 1 ? "" : "s");
  }

  /**
   * A milestone's state in words: its preferred status, the band when sources disagree, and the
   * latest report behind it.
   */
  static String state(MilestoneState s) {
    StringBuilder out = new StringBuilder().append(s.status());
    if (s.isDisputed()) {
      out.append(" (sources disagree: live readings from ")
          .append(s.low())
          .append(" to ")
          .append(s.high())
          .append(')');
    }
    if (s.latest().isPresent()) {
      out.append("; latest report: ").append(s.latest().get());
    } else {
      out.append("; no report by then");
    }
    return out.toString();
  }
}
