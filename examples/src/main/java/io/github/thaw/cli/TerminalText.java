package io.github.thaw.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps control characters from file content off the terminal. Names, notes and ids come from files
 * that anyone may have written; an escape sequence among them ({@code ESC ] 0 ; … BEL} retitles a
 * window, {@code ESC [ 2 J} clears the screen) must not reach the terminal raw.
 *
 * <p>Every character the command line prints goes through {@link #guard}: C0 controls other than
 * newline and tab, DEL and the C1 controls (U+0080–U+009F, where {@code U+009B} is a one-character
 * CSI) are dropped; all printable text is kept. JSON output is unaffected, since Jackson already
 * writes control characters in strings as hexadecimal escapes.
 */
final class TerminalText {
  private TerminalText() {}

  /**
   * Whether a character may reach a terminal.
   *
   * @param c the character
   * @return true for newline, tab and every character that is not a control character
   */
  static boolean allowed(int c) {
    if (c == '\n' || c == '\t') {
      return true;
    }
    return !(c < 0x20 || (c >= 0x7f && c <= 0x9f));
  }

  /**
   * The text without the characters {@link #allowed} refuses.
   *
   * @param text any text
   * @return the text to print
   */
  static String clean(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && allowed(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (allowed(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A writer that passes only {@link #allowed} characters on to {@code out}.
   *
   * @param out the terminal's writer
   * @return a guarded writer; {@link #printRaw} on it reaches {@code out} unfiltered
   */
  static PrintWriter guard(PrintWriter out) {
    return out instanceof Guarded ? out : new Guarded(out);
  }

  /**
   * Prints the command line's own control sequences (the progress bar's carriage returns) past the
   * guard; for any other writer it prints them as they are.
   *
   * @param w a writer, guarded or not
   * @param text text the command line wrote itself, never file content
   */
  static void printRaw(PrintWriter w, String text) {
    if (w instanceof Guarded g) {
      g.flush();
      g.raw.print(text);
      g.raw.flush();
    } else {
      w.print(text);
    }
  }

  private static final class Guarded extends PrintWriter {
    final PrintWriter raw;

    Guarded(PrintWriter raw) {
      super(new Filter(raw), false);
      this.raw = raw;
    }

    @Override
    public void println() {
      super.println();
      flush();
    }
  }

  private static final class Filter extends FilterWriter {
    Filter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (allowed(c)) {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      int start = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        if (!allowed(buf[i])) {
          out.write(buf, start, i - start);
          start = i + 1;
        }
      }
      out.write(buf, start, end - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      write(s.substring(off, off + len).toCharArray(), 0, len);
    }
  }
}
