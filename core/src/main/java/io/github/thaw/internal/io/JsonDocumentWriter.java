package io.github.thaw.internal.io;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/** JSON with two-space indentation; lists of text on one line. */
final class JsonDocumentWriter extends DocumentWriter {
  private final Writer out;
  private int[] counts = new int[16];
  private int depth = -1;
  private boolean afterName;

  JsonDocumentWriter(Writer out) {
    this.out = out;
  }

  @Override
  public DocumentWriter beginObject() throws IOException {
    beforeValue();
    out.write('{');
    push();
    return this;
  }

  @Override
  public DocumentWriter endObject() throws IOException {
    close('}');
    return this;
  }

  @Override
  public DocumentWriter beginList() throws IOException {
    beforeValue();
    out.write('[');
    push();
    return this;
  }

  @Override
  public DocumentWriter endList() throws IOException {
    close(']');
    return this;
  }

  @Override
  public DocumentWriter name(String key) throws IOException {
    newEntry();
    quoted(key);
    out.write(": ");
    afterName = true;
    return this;
  }

  @Override
  public DocumentWriter value(String text) throws IOException {
    beforeValue();
    quoted(text);
    return this;
  }

  @Override
  public DocumentWriter bareValue(String text) throws IOException {
    return value(text);
  }

  @Override
  public DocumentWriter value(boolean value) throws IOException {
    beforeValue();
    out.write(Boolean.toString(value));
    return this;
  }

  @Override
  public DocumentWriter value(double number) throws IOException {
    beforeValue();
    out.write(number(number));
    return this;
  }

  @Override
  public DocumentWriter values(List<String> texts) throws IOException {
    beforeValue();
    out.write('[');
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        out.write(", ");
      }
      quoted(texts.get(i));
    }
    out.write(']');
    return this;
  }

  @Override
  public void finish() throws IOException {
    out.write('\n');
    out.flush();
  }

  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (depth >= 0) {
      newEntry();
    }
  }

  private void newEntry() throws IOException {
    out.write(counts[depth]++ > 0 ? ",\n" : "\n");
    indent(depth + 1);
  }

  private void push() {
    depth++;
    if (depth == counts.length) {
      counts = Arrays.copyOf(counts, depth * 2);
    }
    counts[depth] = 0;
  }

  private void close(char bracket) throws IOException {
    if (counts[depth] > 0) {
      out.write('\n');
      indent(depth);
    }
    out.write(bracket);
    depth--;
  }

  private void indent(int level) throws IOException {
    for (int i = 0; i < level; i++) {
      out.write("  ");
    }
  }

  /**
   * A JSON string: quotes, backslashes and control characters escaped, and also lone surrogates
   * (which UTF-8 cannot carry) and the two line separators that JavaScript takes for line ends.
   */
  private void quoted(String text) throws IOException {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          boolean lone =
              Character.isSurrogate(c)
                  && (Character.isHighSurrogate(c)
                      ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                      : i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
          if (c < 0x20 || lone || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    out.write(b.append('"').toString());
  }
}
