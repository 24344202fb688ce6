package io.github.thaw.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One entry of an event's {@code sources}: a source id, and optionally the paragraph of the
 * source's document that supports the claim, written {@code ID} or {@code ID#N}.
 *
 * <p>Paragraphs are counted from 1 over the non-empty lines of the located document (one paragraph
 * a line); {@code io.github.thaw.io.SourceCheck} checks that a cited paragraph exists.
 *
 * <pre>{@code
 * Citation c = Citation.parse("s004#7");   // c.source() is "s004", c.paragraph() is 7
 * Citation whole = Citation.of("s001");    // no paragraph: the source as a whole
 * }</pre>
 *
 * @param source the cited source's id; never contains {@code #}
 * @param paragraph the 1-based paragraph, or empty when the whole source is cited
 */
public record Citation(String source, OptionalInt paragraph) {
  /**
   * Validates the id and the paragraph.
   *
   * @throws IllegalArgumentException if the id is blank or holds {@code #}, or the paragraph is
   *     below 1
   */
  public Citation {
    Objects.requireNonNull(source, "source id");
    Objects.requireNonNull(paragraph, "paragraph (use OptionalInt.empty() for a whole source)");
    Checks.requireText("source id", source);
    if (source.indexOf('#') >= 0) {
      throw new IllegalArgumentException(ModelMessages.hashInSourceId(source));
    }
    if (paragraph.isPresent() && paragraph.getAsInt() < 1) {
      throw new IllegalArgumentException(
          ModelMessages.badParagraph(source + "#" + paragraph.getAsInt()));
    }
  }

  /**
   * A citation of a whole source.
   *
   * @param source the source id
   * @return the citation
   * @throws IllegalArgumentException if the id is blank or holds {@code #}
   */
  public static Citation of(String source) {
    return new Citation(source, OptionalInt.empty());
  }

  /**
   * A citation of one paragraph.
   *
   * @param source the source id
   * @param paragraph the paragraph, from 1
   * @return the citation
   * @throws IllegalArgumentException if the id is blank or holds {@code #}, or the paragraph is
   *     below 1
   */
  public static Citation of(String source, int paragraph) {
    return new Citation(source, OptionalInt.of(paragraph));
  }

  /**
   * Parses {@code ID} or {@code ID#N} as written in a model file.
   *
   * @param text the citation
   * @return the citation
   * @throws IllegalArgumentException naming the text and the expected form if it is neither
   */
  public static Citation parse(String text) {
    Objects.requireNonNull(text, "citation");
    int hash = text.indexOf('#');
    if (hash < 0) {
      return of(text);
    }
    String id = text.substring(0, hash);
    String n = text.substring(hash + 1);
    if (id.isBlank() || !isWholeNumber(n)) {
      throw new IllegalArgumentException(ModelMessages.badParagraph(text));
    }
    int paragraph;
    try {
      paragraph = Integer.parseInt(n);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(ModelMessages.badParagraph(text), e);
    }
    if (paragraph < 1) {
      throw new IllegalArgumentException(ModelMessages.badParagraph(text));
    }
    return of(id, paragraph);
  }

  /**
   * Parses every entry of a {@code sources} list.
   *
   * @param texts the entries, each {@code ID} or {@code ID#N}
   * @return an immutable list in the same order
   * @throws IllegalArgumentException if an entry is neither form
   */
  public static List<Citation> parseAll(List<String> texts) {
    List<Citation> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(parse(t));
    }
    return List.copyOf(out);
  }

  private static boolean isWholeNumber(String n) {
    if (n.isEmpty()) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code ID} or {@code ID#N}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    return paragraph.isPresent() ? source + "#" + paragraph.getAsInt() : source;
  }
}
