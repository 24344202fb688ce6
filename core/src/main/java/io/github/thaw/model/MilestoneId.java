package io.github.thaw.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a milestone: a lower-kebab-case slug such as {@code border-opening}, stable in
 * model files.
 *
 * @param value the slug
 */
public record MilestoneId(String value) implements Comparable<MilestoneId> {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Validates the slug.
   *
   * @throws IllegalArgumentException if the value is not lower-kebab-case
   * @throws NullPointerException if the value is null
   */
  public MilestoneId {
    Objects.requireNonNull(value, "milestone id");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "milestone id '"
              + value
              + "' is not lower-kebab-case (letters a-z, digits and single hyphens, e.g."
              + " 'border-opening')");
    }
  }

  /**
   * The id with this value.
   *
   * @param value a lower-kebab-case slug
   * @return the id
   * @throws IllegalArgumentException if the value is not lower-kebab-case
   */
  public static MilestoneId of(String value) {
    return new MilestoneId(value);
  }

  /**
   * Whether a text is a valid milestone id.
   *
   * @param value the text
   * @return true if it is a lower-kebab-case slug
   */
  public static boolean isValid(String value) {
    return value != null && value.length() <= 200 && SLUG.matcher(value).matches();
  }

  @Override
  public int compareTo(MilestoneId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
