package io.github.thaw.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ordinal status scale of a milestone, mirroring the Peace Accords Matrix 0–3 coding.
 *
 * <p>A status can go down as well as up: a later event may record a reversal.
 */
public enum Status {
  /** Nothing agreed yet (PAM 0). */
  NOT_STARTED,
  /** Agreed or announced, not in force (PAM 1). */
  AGREED,
  /** Technical work under way or partially implemented (PAM 2). */
  IN_PROGRESS,
  /** In force or fully implemented (PAM 3). */
  COMPLETED;

  /**
   * The rank of this status on the scale, 0 for {@link #NOT_STARTED} to 3 for {@link #COMPLETED}.
   *
   * @return the ordinal level
   */
  public int level() {
    return ordinal();
  }

  /**
   * The status at a level of the scale.
   *
   * @param level 0 to 3
   * @return the status of that level
   * @throws IllegalArgumentException if the level is outside the scale
   */
  public static Status ofLevel(int level) {
    Status[] all = values();
    if (level < 0 || level >= all.length) {
      throw new IllegalArgumentException(
          "Status level " + level + " is outside the scale 0.." + (all.length - 1));
    }
    return all[level];
  }

  /**
   * Parses a status name as written in model files ({@code AGREED}); case-sensitive.
   *
   * @param text the name
   * @return the status
   * @throws IllegalArgumentException naming the value and the scale if it is not on the scale
   */
  public static Status parse(String text) {
    for (Status s : values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    String hint = "";
    if (text != null) {
      for (Status s : values()) {
        if (s.name().equals(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'))) {
          hint = " (did you mean '" + s.name() + "'?)";
        }
      }
    }
    throw new IllegalArgumentException(
        "status '" + text + "' is not on the scale " + scale() + hint);
  }

  /**
   * The scale as text, lowest first.
   *
   * @return {@code NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED}
   */
  public static String scale() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * The lower of two statuses.
   *
   * @param a one status
   * @param b another status
   * @return the less advanced of the two
   */
  public static Status min(Status a, Status b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * The higher of two statuses.
   *
   * @param a one status
   * @param b another status
   * @return the more advanced of the two
   */
  public static Status max(Status a, Status b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
