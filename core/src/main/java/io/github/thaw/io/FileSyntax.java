package io.github.thaw.io;

import java.util.Locale;
import java.util.Objects;

/**
 * The two syntaxes of every Thaw file (models, scenarios, index methods, transitions); both hold
 * the same structure.
 */
public enum FileSyntax {
  /** YAML 1.1, as read by SnakeYAML: {@code .yaml} or {@code .yml}. */
  YAML,
  /** JSON: {@code .json}. */
  JSON;

  /**
   * The format of a file by its extension, ignoring case.
   *
   * @param fileName a file name or path, such as {@code model.yaml}
   * @return {@link #YAML} for {@code .yaml} and {@code .yml}, {@link #JSON} for {@code .json}
   * @throws IllegalArgumentException naming the file if the extension is none of these
   */
  public static FileSyntax ofFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of '"
            + fileName
            + "' from its name; use a file ending in .yaml, .yml or .json");
  }
}
