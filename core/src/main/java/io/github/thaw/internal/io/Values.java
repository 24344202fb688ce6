package io.github.thaw.internal.io;

import io.github.thaw.model.Limits;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Status;
import java.util.function.Function;

/**
 * Typed value readers shared by every file reader: each reads the current value, checks it with the
 * model's own rule, records the rule's message at the value on failure and returns null.
 */
public final class Values {
  /** What a date looks like, for type errors. */
  public static final String DATE = "a date (YYYY, YYYY-MM or YYYY-MM-DD)";

  private Values() {}

  /**
   * Reads a date of year, month or day precision.
   *
   * @param in the reader, on the value
   * @return the date, or null after a problem
   */
  public static PartialDate date(StrictReader in) {
    return checked(in, in.textOrInteger(DATE), PartialDate::parse);
  }

  /**
   * Reads a status name.
   *
   * @param in the reader, on the value
   * @return the status, or null after a problem
   */
  public static Status status(StrictReader in) {
    return checked(in, in.text(), Status::parse);
  }

  /**
   * Reads a milestone id.
   *
   * @param in the reader, on the value
   * @return the id, or null after a problem
   */
  public static MilestoneId milestoneId(StrictReader in) {
    return checked(in, in.text(), MilestoneId::of);
  }

  /**
   * Reads a weight: a number from 0 to {@link io.github.thaw.model.Limits#MAX_WEIGHT}.
   *
   * @param in the reader, on the value
   * @return the weight, or null after a problem
   */
  public static Double weight(StrictReader in) {
    Double w = in.number();
    if (w == null) {
      return null;
    }
    if (w.isNaN() || w.isInfinite() || w < 0) {
      in.problem(InternalIoMessages.weight(in.currentText()));
      return null;
    }
    if (!Limits.isWeight(w)) {
      in.problem(InternalIoMessages.weightRange(in.currentText()));
      return null;
    }
    return w;
  }

  private static <T> T checked(StrictReader in, String text, Function<String, T> parse) {
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      in.problem(e.getMessage());
      return null;
    }
  }
}
