package io.github.thaw.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How far a source can be trusted, graded as in the Admiralty code (NATO STANAG 2511): A completely
 * reliable to E unreliable, and F when reliability cannot be judged. A source without a grade is
 * {@link #F}.
 *
 * <p>The grade rates the source (outlet, first-hand or relayed), not one claim in it.
 */
public enum Reliability {
  /** Completely reliable: no doubt of authenticity, trustworthiness or competency. */
  A,
  /** Usually reliable: minor doubt; a history of valid information most of the time. */
  B,
  /** Fairly reliable: doubt; has provided valid information in the past. */
  C,
  /** Not usually reliable: significant doubt; has provided valid information in the past. */
  D,
  /** Unreliable: lacking in authenticity, trustworthiness and competency. */
  E,
  /** Reliability cannot be judged: no basis for evaluating it. The default. */
  F;

  /**
   * Parses a grade as written in model files ({@code B}); case-sensitive.
   *
   * @param text the grade
   * @return the grade
   * @throws IllegalArgumentException naming the value and the allowed grades if it is none
   */
  public static Reliability parse(String text) {
    for (Reliability r : values()) {
      if (r.name().equals(text)) {
        return r;
      }
    }
    throw new IllegalArgumentException(ModelMessages.badReliability(text, grades()));
  }

  /**
   * The grades as text, best first.
   *
   * @return {@code A, B, C, D, E, F}
   */
  public static String grades() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
