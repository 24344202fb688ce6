package io.github.thaw.internal.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one YAML or JSON document of nested mappings and lists, deterministically: two spaces per
 * level, {@code \n} line ends, keys in the order given. Short lists of text go on one line ({@link
 * #values}); lists of mappings one element per block. Not thread-safe.
 *
 * <pre>{@code
 * DocumentWriter w = DocumentWriter.of(true, out);
 * w.beginObject().name("name").value("Example");
 * w.name("items").beginList().beginObject().name("id").value("a").endObject().endList();
 * w.endObject().finish();
 * }</pre>
 */
public abstract class DocumentWriter {
  DocumentWriter() {}

  /**
   * A writer of one document.
   *
   * @param yaml true for YAML, false for JSON (the caller maps its file format to this, so this
   *     package needs nothing from the API package above it)
   * @param out where the text goes; flushed by {@link #finish()}, not closed
   * @return the writer
   */
  public static DocumentWriter of(boolean yaml, Writer out) {
    return yaml ? new YamlDocumentWriter(out) : new JsonDocumentWriter(out);
  }

  /**
   * Starts a mapping: the root, the value of the last key, or the next element of a list.
   *
   * @return this writer
   * @throws IOException if the output fails
   */
  public abstract DocumentWriter beginObject() throws IOException;

  /**
   * Ends the current mapping.
   *
   * @return this writer
   * @throws IOException if the output fails
   */
  public abstract DocumentWriter endObject() throws IOException;

  /**
   * Starts a list, written one element per block.
   *
   * @return this writer
   * @throws IOException if the output fails
   */
  public abstract DocumentWriter beginList() throws IOException;

  /**
   * Ends the current list.
   *
   * @return this writer
   * @throws IOException if the output fails
   */
  public abstract DocumentWriter endList() throws IOException;

  /**
   * Writes the next key of the current mapping; its value follows.
   *
   * @param key the key
   * @return this writer
   * @throws IOException if the output fails
   */
  public abstract DocumentWriter name(String key) throws IOException;

  /**
   * Writes text that every YAML or JSON reader takes as text: YAML quotes it when a YAML reader
   * could take it for a number, boolean, null or date.
   *
   * @param text the text
   * @return this writer
   * @throws IOException if the output fails
   */
  public abstract DocumentWriter value(String text) throws IOException;

  /**
   * Writes text that Thaw's readers take as written but YAML leaves unquoted when its syntax
   * allows, for dates such as {@code 2022-07-01} or {@code 1993}, which read better bare.
   *
   * @param text the text
   * @return this writer
   * @throws IOException if the output fails
   */
  public abstract DocumentWriter bareValue(String text) throws IOException;

  /**
   * Writes a finite number: integers without a fraction, others in their shortest exact form.
   *
   * @param number the number
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if the number is NaN or infinite
   */
  public abstract DocumentWriter value(double number) throws IOException;

  /**
   * Writes a list of text on one line.
   *
   * @param texts the items
   * @return this writer
   * @throws IOException if the output fails
   */
  public abstract DocumentWriter values(List<String> texts) throws IOException;

  /**
   * Writes a boolean.
   *
   * @param value the value
   * @return this writer
   * @throws IOException if writing fails
   */
  public abstract DocumentWriter value(boolean value) throws IOException;

  /**
   * Ends the document with a line break and flushes the output.
   *
   * @throws IOException if the output fails
   */
  public abstract void finish() throws IOException;

  /** A number as written: {@code 1}, {@code 0.25}, {@code 1.0E-5}, {@code -0.0}. */
  static String number(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("cannot write " + x + " in a document");
    }
    boolean negativeZero = x == 0 && Double.doubleToRawLongBits(x) != 0;
    if (x == Math.rint(x) && Math.abs(x) < 1e15 && !negativeZero) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }
}
