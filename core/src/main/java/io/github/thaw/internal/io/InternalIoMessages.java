package io.github.thaw.internal.io;

import io.github.thaw.internal.EditDistance;
import io.github.thaw.model.Limits;

/**
 * Every message of the strict readers in one place, so that the wording stays the same across
 * model, scenario and other files and tests can pin it.
 */
public final class InternalIoMessages {
  private InternalIoMessages() {}

  /**
   * A key the mapping does not allow.
   *
   * @param key the key found
   * @param spec the mapping's spec
   * @return {@code unknown key 'requries' in milestone (did you mean 'requires'?); allowed: …}
   */
  public static String unknownKey(String key, ObjectSpec spec) {
    // A suggestion that shares no character with the key (such as 'id' for '<<') is noise.
    String hint =
        EditDistance.nearest(key, spec.keys())
            .filter(near -> EditDistance.distance(key, near) < key.length())
            .map(near -> " (did you mean '" + near + "'?)")
            .orElse("");
    return "unknown key '" + key + "' in " + spec.kind() + hint + "; allowed: " + spec.allowed();
  }

  /**
   * A key given twice in one mapping.
   *
   * @param key the key
   * @param kind the mapping's kind
   * @param first where the key first appeared
   * @return {@code duplicate key 'name' in milestone (first at line 4, column 5)}
   */
  public static String duplicateKey(String key, String kind, long first) {
    return "duplicate key '"
        + key
        + "' in "
        + kind
        + " (first at line "
        + Positions.line(first)
        + ", column "
        + Positions.column(first)
        + ")";
  }

  /**
   * A required key that is missing.
   *
   * @param key the key
   * @param kind the mapping's kind
   * @return {@code missing required key 'dimension' in milestone}
   */
  public static String missingKey(String key, String kind) {
    return "missing required key '" + key + "' in " + kind;
  }

  /**
   * A value of the wrong type.
   *
   * @param expected what was expected, such as {@code a list}
   * @param found what was found, such as {@code text 'x'}
   * @return {@code expected a list, found text 'x'}
   */
  public static String expected(String expected, String found) {
    return "expected " + expected + ", found " + found;
  }

  /**
   * A root that is not a mapping.
   *
   * @param spec the root's spec
   * @param found what was found
   * @return {@code expected a mapping (model) with keys …, found a list}
   */
  public static String rootNotMapping(ObjectSpec spec, String found) {
    return expected("a mapping (" + spec.kind() + ") with keys " + spec.allowed(), found);
  }

  /**
   * An empty document.
   *
   * @param spec the root's spec
   * @return {@code the document is empty; expected a mapping (model) with keys …}
   */
  public static String empty(ObjectSpec spec) {
    return "the document is empty; expected a mapping ("
        + spec.kind()
        + ") with keys "
        + spec.allowed();
  }

  /**
   * A YAML alias.
   *
   * @param anchor the anchor it refers to
   * @return {@code YAML aliases are not supported (found *x); write the value out in full}
   */
  public static String alias(String anchor) {
    return "YAML aliases are not supported (found *" + anchor + "); write the value out in full";
  }

  /**
   * Content after the root value.
   *
   * @return the message
   */
  public static String trailing() {
    return "unexpected content after the end of the document; a file holds exactly one document";
  }

  /**
   * Input past the size limit.
   *
   * @param limit the limit in bytes
   * @return the message
   */
  public static String tooLarge(long limit) {
    return "input is larger than the limit of " + limit + " bytes";
  }

  /**
   * Nesting past the depth limit.
   *
   * @param limit the limit in levels
   * @return the message
   */
  public static String tooDeep(int limit) {
    return "nesting is deeper than the limit of " + limit + " levels";
  }

  /**
   * Bytes that are not UTF-8.
   *
   * @return the message
   */
  public static String notUtf8() {
    return "the input is not valid UTF-8";
  }

  /**
   * A syntax error reported by the parser.
   *
   * @param detail the parser's description
   * @return {@code syntax error: …}
   */
  public static String syntax(String detail) {
    return "syntax error: " + detail;
  }

  /**
   * The summary of problems not kept.
   *
   * @param dropped how many were not kept
   * @param max how many are kept
   * @return the message
   */
  public static String tooManyProblems(int dropped, int max) {
    return "too many problems: " + dropped + " more not shown (at most " + max + " are listed)";
  }

  /**
   * A text that must not be blank.
   *
   * @param what the value, such as {@code milestone name}
   * @return {@code milestone name must not be blank}
   */
  public static String blank(String what) {
    return what + " must not be blank";
  }

  /**
   * A weight that is not a finite number {@code >= 0}.
   *
   * @param raw the weight as written
   * @return {@code weight must be a finite number >= 0, found -1}
   */
  public static String weight(String raw) {
    return "weight must be a finite number >= 0, found " + raw;
  }

  /**
   * A number not written in decimal.
   *
   * @param raw the value as written
   * @return the message
   */
  public static String notDecimal(String raw) {
    return "expected a decimal number such as 16, 0.5 or 1e3, found '"
        + raw
        + "' (hexadecimal, octal, binary, sexagesimal, leading zeros and '_' separators are not read)";
  }

  /**
   * A number beyond what a double holds.
   *
   * @param raw the value as written
   * @return the message
   */
  public static String outOfRange(String raw) {
    return "number "
        + raw
        + " is outside the range Thaw computes with (magnitude between 2.2e-308 and 1.8e308, or"
        + " 0)";
  }

  /**
   * A weight outside its range.
   *
   * @param raw the value as written
   * @return the message
   */
  public static String weightRange(String raw) {
    return "weight must be " + Limits.WEIGHT_RANGE + ", found " + raw;
  }

  /**
   * A YAML run of characters without a space longer than the limit.
   *
   * @param max the limit
   * @return the message
   */
  public static String tooLong(int max) {
    return "more than "
        + max
        + " characters without a space or line break; no value may be that long (the limit keeps"
        + " reading time linear)";
  }

  /**
   * A text value longer than the limit.
   *
   * @param length its length
   * @param max the limit
   * @return the message
   */
  public static String textTooLong(int length, int max) {
    return "text of " + length + " characters is longer than the " + max + " allowed";
  }
}
