package io.github.thaw.internal.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Block-style YAML: mappings one key per line, lists of mappings as {@code - } items, lists of text
 * in flow style on one line. Text is left plain only when a conservative check says no YAML reader
 * can misread it; otherwise it is double-quoted with escapes, or a literal block for multi-line
 * text.
 */
final class YamlDocumentWriter extends DocumentWriter {
  private static final Set<String> TYPED_WORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
          "~");
  private static final String PLAIN_PUNCTUATION = " _.,;()/'’–—-+&?!%";

  /** Inside {@code [...]} a comma ends an item, and SnakeYAML refuses a {@code ?} in one. */
  private static final String FLOW_BREAKERS = ",?";

  /** What the line being written is waiting for. */
  private enum Pending {
    /** Nothing: the last line is complete. */
    NONE,
    /** A line {@code key:} whose value comes next. */
    AFTER_KEY,
    /** A line {@code - } whose item comes next. */
    AFTER_DASH
  }

  private final Writer out;
  private boolean[] isList = new boolean[16];
  private int[] indent = new int[16];
  private int[] count = new int[16];
  private Pending[] opened = new Pending[16];
  private int depth = -1;
  private Pending pending = Pending.NONE;

  YamlDocumentWriter(Writer out) {
    this.out = out;
  }

  @Override
  public DocumentWriter beginObject() throws IOException {
    push(false);
    return this;
  }

  @Override
  public DocumentWriter endObject() throws IOException {
    pop("{}");
    return this;
  }

  @Override
  public DocumentWriter beginList() throws IOException {
    push(true);
    return this;
  }

  @Override
  public DocumentWriter endList() throws IOException {
    pop("[]");
    return this;
  }

  @Override
  public DocumentWriter name(String key) throws IOException {
    startEntry();
    out.write(safePlain(key, false) && !typed(key) ? key : quoted(key));
    out.write(':');
    pending = Pending.AFTER_KEY;
    return this;
  }

  @Override
  public DocumentWriter value(String text) throws IOException {
    scalar(text, false);
    return this;
  }

  @Override
  public DocumentWriter bareValue(String text) throws IOException {
    scalar(text, true);
    return this;
  }

  @Override
  public DocumentWriter value(boolean value) throws IOException {
    beforeScalar();
    out.write(Boolean.toString(value));
    out.write('\n');
    return this;
  }

  @Override
  public DocumentWriter value(double number) throws IOException {
    beforeScalar();
    out.write(number(number));
    out.write('\n');
    return this;
  }

  @Override
  public DocumentWriter values(List<String> texts) throws IOException {
    beforeScalar();
    out.write('[');
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        out.write(", ");
      }
      String t = texts.get(i);
      out.write(safePlain(t, true) && !typed(t) ? t : quoted(t));
    }
    out.write("]\n");
    return this;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  // ---- structure

  private void push(boolean list) throws IOException {
    Pending how = pending;
    // A mapping's keys and a list's items sit two spaces in from their parent's entries.
    int at = depth < 0 ? 0 : indent[depth] + 2;
    if (depth >= 0 && isList[depth]) {
      startEntry();
      out.write('-');
      how = Pending.AFTER_DASH;
    }
    pending = Pending.NONE;
    depth++;
    if (depth == indent.length) {
      isList = Arrays.copyOf(isList, depth * 2);
      indent = Arrays.copyOf(indent, depth * 2);
      count = Arrays.copyOf(count, depth * 2);
      opened = Arrays.copyOf(opened, depth * 2);
    }
    isList[depth] = list;
    indent[depth] = at;
    count[depth] = 0;
    opened[depth] = how;
  }

  private void pop(String empty) throws IOException {
    if (count[depth] == 0) {
      out.write(opened[depth] == Pending.NONE ? "" : " ");
      out.write(empty);
      out.write('\n');
    }
    depth--;
  }

  /** Ends the pending line as this frame's first entry needs, then indents. */
  private void startEntry() throws IOException {
    Pending how = count[depth]++ == 0 ? opened[depth] : Pending.NONE;
    if (how == Pending.AFTER_DASH && !isList[depth]) {
      out.write(' ');
      return;
    }
    if (how != Pending.NONE) {
      out.write('\n');
    }
    for (int i = 0; i < indent[depth]; i++) {
      out.write(' ');
    }
  }

  private void beforeScalar() throws IOException {
    if (pending == Pending.AFTER_KEY) {
      out.write(' ');
      pending = Pending.NONE;
    } else if (isList[depth]) {
      startEntry();
      out.write("- ");
    }
  }

  // ---- scalars

  private void scalar(String text, boolean bare) throws IOException {
    int contentIndent = indent[depth] + 2;
    beforeScalar();
    if (safePlain(text, false) && (bare || !typed(text))) {
      out.write(text);
    } else if (literalBlockFits(text)) {
      // "|" keeps the one line break the text ends with, "|-" strips it: both give the text back.
      boolean endsWithBreak = text.endsWith("\n");
      out.write(endsWithBreak ? "|\n" : "|-\n");
      String body = endsWithBreak ? text.substring(0, text.length() - 1) : text;
      for (String line : body.split("\n", -1)) {
        if (!line.isEmpty()) {
          for (int i = 0; i < contentIndent; i++) {
            out.write(' ');
          }
          out.write(line);
        }
        out.write('\n');
      }
      return;
    } else {
      out.write(quoted(text));
    }
    out.write('\n');
  }

  /**
   * Whether text can stand unquoted: it starts with a letter or digit and holds only letters,
   * digits, marks and a little punctuation, none of which YAML treats as syntax in that place.
   */
  static boolean safePlain(String text, boolean flow) {
    if (text.isEmpty() || text.charAt(text.length() - 1) == ' ') {
      return false;
    }
    int first = text.codePointAt(0);
    if (!Character.isLetterOrDigit(first)) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean ok =
          Character.isLetterOrDigit(c)
              || Character.getType(c) == Character.NON_SPACING_MARK
              || Character.getType(c) == Character.COMBINING_SPACING_MARK
              || (c < 0x10000
                  && PLAIN_PUNCTUATION.indexOf(c) >= 0
                  && !(flow && FLOW_BREAKERS.indexOf(c) >= 0));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether a YAML reader could take plain text for a number, date, boolean or null. */
  static boolean typed(String text) {
    return Character.isDigit(text.charAt(0)) || TYPED_WORDS.contains(text);
  }

  private static boolean literalBlockFits(String text) {
    if (text.indexOf('\n') < 0 || text.startsWith(" ") || text.startsWith("\n")) {
      return false;
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    if (body.endsWith("\n")) {
      return false;
    }
    for (String line : body.split("\n", -1)) {
      if (!line.isEmpty()
          && (line.isBlank() || Character.isWhitespace(line.charAt(line.length() - 1)))) {
        return false;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && needsEscape(text, i)) {
        return false;
      }
      if (c == '\t') {
        return false;
      }
    }
    return true;
  }

  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (needsEscape(text, i)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Characters a YAML stream may not hold raw, or that readers take for line breaks. */
  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c < 0x20
        || (c >= 0x7f && c < 0xa0)
        || c == 0x2028
        || c == 0x2029
        || c == 0xfeff
        || c == 0xfffe
        || c == 0xffff;
  }
}
