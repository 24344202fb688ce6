package io.github.thaw.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.thaw.model.Limits;
import io.github.thaw.model.Location;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML or JSON document as a stream of tokens against {@link ObjectSpec}s, recording
 * every problem with its file, line, column and path instead of stopping at the first. It keeps no
 * tree: a handler is called for each key and list element while the parser stands on its value, so
 * memory does not grow with the file. Single use, not thread-safe.
 *
 * <p>Every value method ({@link #text()}, {@link #number()}, {@link #readObject}, {@link
 * #readList}…) consumes exactly the value the parser stands on, whatever its type: on a wrong type
 * it records a problem, skips the value and returns null or false. A handler that consumes nothing
 * has its value skipped for it. Syntax errors and broken limits end the reading: {@link
 * #readDocument} then returns false.
 */
public final class StrictReader {
  /** Called for each allowed key of a mapping, with the parser on the key's value. */
  @FunctionalInterface
  public interface FieldHandler {
    /**
     * Reads the value of a key with the reader's value methods.
     *
     * @param key the key, one of the spec's
     */
    void field(String key);
  }

  /** Called for each element of a list, with the parser on the element. */
  @FunctionalInterface
  public interface ElementHandler {
    /**
     * Reads the element with the reader's value methods.
     *
     * @param index the 0-based index in the file
     */
    void element(int index);
  }

  /** Unwinds the handlers after a problem that ends the reading. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final int MAX_SHOWN = 40;

  private final InputStream input;
  private final String file;
  private final boolean yaml;
  private final ReadLimits limits;
  private final ProblemList problems;
  private final PathStack path = new PathStack();
  private LimitedInputStream limited;
  private JsonParser parser;
  private long consumed;
  private boolean used;
  private long mapKeyAt = Positions.NONE;

  /**
   * A reader of one document.
   *
   * @param input the bytes, UTF-8; not closed
   * @param file the file name used in locations
   * @param yaml true for YAML, false for JSON
   * @param limits the limits
   */
  public StrictReader(InputStream input, String file, boolean yaml, ReadLimits limits) {
    this.input = input;
    this.file = file == null ? "" : file;
    this.yaml = yaml;
    this.limits = limits;
    this.problems = new ProblemList(limits.maxProblems());
  }

  /**
   * The problems found so far, including those added by handlers.
   *
   * @return the live list
   */
  public ProblemList problems() {
    return problems;
  }

  /**
   * The file name used in locations.
   *
   * @return the name, possibly empty
   */
  public String file() {
    return file;
  }

  /**
   * Reads the whole document, which must be a single mapping of the root spec.
   *
   * @param root the root mapping's spec
   * @param handler reads each allowed key of the root
   * @return true if the document was read to its end; false after an empty document, a root that is
   *     not a mapping, a syntax error or a broken limit, when what was read is incomplete
   * @throws UncheckedIOException if the input stream itself fails
   * @throws IllegalStateException if called twice
   */
  public boolean readDocument(ObjectSpec root, FieldHandler handler) {
    if (used) {
      throw new IllegalStateException("a StrictReader reads one document");
    }
    used = true;
    limited = new LimitedInputStream(input, limits.maxInputBytes());
    try {
      try {
        java.io.Reader chars = utf8(limited);
        parser =
            factory()
                .createParser(yaml ? new LongTokenGuard(chars, Limits.MAX_TEXT_LENGTH) : chars);
      } catch (IOException e) {
        throw fail(e);
      }
      JsonToken first = next();
      if (first == null) {
        problems.add(new Location(file, 1, 1, ""), InternalIoMessages.empty(root));
        return false;
      }
      if (first != JsonToken.START_OBJECT) {
        problem(InternalIoMessages.rootNotMapping(root, found()));
        return false;
      }
      readObject(root, handler);
      if (next() != null) {
        problem(InternalIoMessages.trailing());
      }
      return true;
    } catch (Stop stop) {
      return false;
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // The source stays open (it is the caller's); nothing else can fail here.
        }
      }
    }
  }

  private JsonFactory factory() {
    // next() enforces the depth limit at the opening token; the parser's own check, one level
    // deeper, is only a backstop.
    StreamReadConstraints constraints =
        StreamReadConstraints.builder().maxNestingDepth(limits.maxNestingDepth() + 1).build();
    if (!yaml) {
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();
    }
    LoaderOptions options = new LoaderOptions();
    // A code point takes at least one byte, so the byte limit is the one that bites first.
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxInputBytes() + 1));
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /** Strict UTF-8 (bad bytes are an error, not U+FFFD), without a leading byte order mark. */
  private static Reader utf8(InputStream in) throws IOException {
    PushbackReader reader =
        new PushbackReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1);
    int c = reader.read();
    if (c >= 0 && c != '\uFEFF') {
      reader.unread(c);
    }
    return reader;
  }

  // ---- structure

  /**
   * Reads a mapping: reports unknown keys (with a did-you-mean and the allowed keys), duplicate
   * keys and missing required keys, and calls the handler for every other key.
   *
   * @param spec the mapping's spec
   * @param handler reads each allowed key's value
   * @return true if the value was a mapping, even one with problems
   */
  public boolean readObject(ObjectSpec spec, FieldHandler handler) {
    if (alias()) {
      return false;
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      typeProblem("a mapping (" + spec.kind() + ")", "");
      return false;
    }
    consumed++;
    long start = position();
    long seen = 0;
    long[] firstAt = new long[spec.keys().size()];
    while (next() == JsonToken.FIELD_NAME) {
      String key = currentName();
      long at = position();
      path.push(key);
      next();
      int i = spec.indexOf(key);
      if (i < 0) {
        problemAt(at, path(), InternalIoMessages.unknownKey(key, spec));
        skip();
      } else if ((seen & (1L << i)) != 0) {
        problemAt(at, path(), InternalIoMessages.duplicateKey(key, spec.kind(), firstAt[i]));
        skip();
      } else {
        seen |= 1L << i;
        firstAt[i] = at;
        long before = consumed;
        handler.field(key);
        if (consumed == before) {
          skip();
        }
      }
      path.pop();
    }
    for (int i = 0; i < spec.keys().size(); i++) {
      String key = spec.keys().get(i);
      if ((seen & (1L << i)) == 0 && spec.required().contains(key)) {
        problemAt(start, path(), InternalIoMessages.missingKey(key, spec.kind()));
      }
    }
    return true;
  }

  /**
   * Reads a mapping whose keys are data, such as milestone ids mapped to weights: every key is
   * accepted once; a repeated key is a problem.
   *
   * @param what what the mapping is, for messages ({@code weights})
   * @param handler reads each key's value
   * @return true if the value was a mapping
   */
  public boolean readMap(String what, FieldHandler handler) {
    if (alias()) {
      return false;
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      typeProblem("a mapping (" + what + ")", "");
      return false;
    }
    consumed++;
    java.util.Map<String, Long> first = new java.util.HashMap<>();
    while (next() == JsonToken.FIELD_NAME) {
      String key = currentName();
      long at = position();
      mapKeyAt = at;
      path.push(key);
      next();
      Long before = first.putIfAbsent(key, at);
      if (before != null) {
        problemAt(at, path(), InternalIoMessages.duplicateKey(key, what, before));
        skip();
      } else {
        long consumedBefore = consumed;
        handler.field(key);
        if (consumed == consumedBefore) {
          skip();
        }
      }
      path.pop();
    }
    return true;
  }

  /**
   * Reads a boolean ({@code true} or {@code false}).
   *
   * @return the value, or null after a problem
   */
  public Boolean bool() {
    if (alias()) {
      return null;
    }
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      consumed++;
      return t == JsonToken.VALUE_TRUE;
    }
    typeProblem("true or false", "");
    return null;
  }

  /**
   * Reads a list, calling the handler for each element.
   *
   * @param handler reads one element
   * @return true if the value was a list
   */
  public boolean readList(ElementHandler handler) {
    if (alias()) {
      return false;
    }
    JsonToken t = parser.currentToken();
    if (t != JsonToken.START_ARRAY) {
      String hint =
          t.isScalarValue() && t != JsonToken.VALUE_NULL ? " (write [" + shown() + "])" : "";
      typeProblem("a list", hint);
      return false;
    }
    consumed++;
    int index = 0;
    while (next() != JsonToken.END_ARRAY) {
      path.push(index);
      long before = consumed;
      handler.element(index);
      if (consumed == before) {
        skip();
      }
      path.pop();
      index++;
    }
    return true;
  }

  // ---- scalars

  /**
   * Reads text. In YAML any plain scalar counts as text, as written ({@code yes}, {@code 1993}), so
   * that YAML's implicit typing never changes a name or an id; in JSON only strings do.
   *
   * @return the text, or null after a problem
   */
  public String text() {
    if (alias()) {
      return null;
    }
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_STRING || (yaml && isTypedScalar(t))) {
      consumed++;
      String text = currentText();
      if (text.length() > Limits.MAX_TEXT_LENGTH) {
        problem(InternalIoMessages.textTooLong(text.length(), Limits.MAX_TEXT_LENGTH));
        return null;
      }
      return text;
    }
    typeProblem("text", "");
    return null;
  }

  /**
   * Reads text or an integer, as written; for values such as dates that JSON may give as a number.
   *
   * @param expected what the value is, for the message ({@code a date (YYYY, YYYY-MM or
   *     YYYY-MM-DD)})
   * @return the text, or null after a problem
   */
  public String textOrInteger(String expected) {
    if (alias()) {
      return null;
    }
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_STRING
        || t == JsonToken.VALUE_NUMBER_INT
        || (yaml && isTypedScalar(t))) {
      consumed++;
      return currentText();
    }
    typeProblem(expected, "");
    return null;
  }

  /**
   * Reads a number. YAML's {@code .nan} and {@code .inf} read as NaN and infinity, for the caller
   * to reject with the text as written ({@link #currentText()}).
   *
   * @return the number, or null after a problem
   */
  public Double number() {
    if (alias()) {
      return null;
    }
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      typeProblem("a number", "");
      return null;
    }
    consumed++;
    String text = currentText();
    if (yaml) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.equals(".nan")) {
        return Double.NaN;
      }
      if (lower.endsWith(".inf")) {
        return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
    }
    if (yaml && !DECIMAL.matcher(text).matches()) {
      // YAML 1.1 also reads 0x10, 0b101, 017, 1_000 and 1:30 as numbers; 0o17 it does not. One
      // rule for all: numbers are written in decimal, as JSON writes them.
      problem(InternalIoMessages.notDecimal(shown()));
      return null;
    }
    double value;
    try {
      value = parser.getDoubleValue();
    } catch (IOException e) {
      problem(InternalIoMessages.expected("a number", "'" + shown() + "'"));
      return null;
    }
    if (Double.isInfinite(value)
        || (value == 0 ? hasNonZeroDigit(text) : Math.abs(value) < Double.MIN_NORMAL)) {
      // 1e400 would read as infinity and 1e-400 as 0: refuse a number a double cannot hold
      // rather than compute silently with another one.
      problem(InternalIoMessages.outOfRange(shown()));
      return null;
    }
    return value;
  }

  /** A decimal number as JSON and YAML 1.2 write it, with an optional leading plus. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile(
          "[-+]?(?:(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

  private static boolean hasNonZeroDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean isTypedScalar(JsonToken t) {
    return t == JsonToken.VALUE_NUMBER_INT
        || t == JsonToken.VALUE_NUMBER_FLOAT
        || t == JsonToken.VALUE_TRUE
        || t == JsonToken.VALUE_FALSE;
  }

  /**
   * The current token as written in the file (a YAML scalar's source text, a JSON number's digits).
   *
   * @return the text
   */
  public String currentText() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  /** Skips the current value, a container with everything in it. */
  public void skip() {
    consumed++;
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      // Token by token rather than skipChildren(), so that next() checks the depth.
      int open = 1;
      while (open > 0) {
        t = next();
        if (t == null) {
          return;
        }
        if (t.isStructStart()) {
          open++;
        } else if (t.isStructEnd()) {
          open--;
        }
      }
    }
  }

  // ---- positions, paths and problems

  /**
   * The position of the current token (a value, or a mapping's or list's start).
   *
   * @return the packed position ({@link Positions})
   */
  public long position() {
    JsonLocation l = parser.currentTokenLocation();
    return Positions.of(l.getLineNr(), l.getColumnNr());
  }

  /**
   * The position of the key whose value a {@link #readMap} handler is reading; valid at the start
   * of the handler, before it reads a nested mapping.
   *
   * @return the packed position ({@link Positions})
   */
  public long keyPosition() {
    return mapKeyAt;
  }

  /**
   * The path of the current value, such as {@code milestones[2].requires[0]}.
   *
   * @return the path; empty at the root
   */
  public String path() {
    return path.toString();
  }

  /**
   * The path of a key of the current mapping.
   *
   * @param key the key
   * @return {@code path().key}
   */
  public String path(String key) {
    String p = path.toString();
    return p.isEmpty() ? key : p + "." + key;
  }

  /**
   * A location in this file.
   *
   * @param position a packed position
   * @param path the path
   * @return the location
   */
  public Location location(long position, String path) {
    return new Location(file, Positions.line(position), Positions.column(position), path);
  }

  /**
   * Records a problem at the current token and path.
   *
   * @param message what is wrong
   */
  public void problem(String message) {
    problemAt(position(), path(), message);
  }

  /**
   * Records a problem at a position and path.
   *
   * @param position a packed position
   * @param path the path of the bad value
   * @param message what is wrong
   */
  public void problemAt(long position, String path, String message) {
    problems.add(location(position, path), message);
  }

  // ---- internals

  private JsonToken next() {
    JsonToken t;
    try {
      t = parser.nextToken();
    } catch (IOException e) {
      throw fail(e);
    }
    if (t != null
        && t.isStructStart()
        && parser.getParsingContext().getNestingDepth() > limits.maxNestingDepth()) {
      problem(InternalIoMessages.tooDeep(limits.maxNestingDepth()));
      throw new Stop();
    }
    return t;
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private boolean alias() {
    if (yaml
        && parser.currentToken() == JsonToken.VALUE_STRING
        && ((YAMLParser) parser).isCurrentAlias()) {
      consumed++;
      problem(InternalIoMessages.alias(currentText()));
      return true;
    }
    return false;
  }

  private void typeProblem(String expected, String hint) {
    problem(InternalIoMessages.expected(expected, found()) + hint);
    skip();
  }

  private String found() {
    JsonToken t = parser.currentToken();
    return switch (t) {
      case START_OBJECT -> "a mapping";
      case START_ARRAY -> "a list";
      case VALUE_NULL -> "null";
      case VALUE_EMBEDDED_OBJECT -> "binary data";
      case VALUE_STRING -> "text '" + shown() + "'";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + shown();
      default -> shown();
    };
  }

  /** The current scalar for a message: clipped, with control characters escaped. */
  private String shown() {
    String text = currentText();
    StringBuilder out = new StringBuilder();
    int n = Math.min(text.length(), MAX_SHOWN);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return text.length() > MAX_SHOWN ? out.append('…').toString() : out.toString();
  }

  /** Records the problem that ends the reading, or rethrows a failure of the input itself. */
  private Stop fail(IOException e) {
    if (limited.sourceFailure() != null) {
      throw new UncheckedIOException(limited.sourceFailure());
    }
    long at = parser == null ? Positions.of(1, 1) : currentPosition();
    String message;
    LimitedInputStream.TooLarge tooLarge = find(e, LimitedInputStream.TooLarge.class);
    LongTokenGuard.TooLong tooLong = find(e, LongTokenGuard.TooLong.class);
    if (tooLong != null) {
      message = InternalIoMessages.tooLong(Limits.MAX_TEXT_LENGTH);
      at = tooLong.position;
    } else if (tooLarge != null) {
      message = InternalIoMessages.tooLarge(limits.maxInputBytes());
      at = tooLarge.position;
    } else if (e instanceof StreamConstraintsException && e.getMessage().contains("nesting")) {
      message = InternalIoMessages.tooDeep(limits.maxNestingDepth());
    } else if (find(e, CharacterCodingException.class) != null
        || find(e, CharConversionException.class) != null) {
      message = InternalIoMessages.notUtf8();
    } else {
      MarkedYAMLException marked = find(e, MarkedYAMLException.class);
      ReaderException unreadable = find(e, ReaderException.class);
      if (marked != null) {
        message = InternalIoMessages.syntax(describe(marked));
        at = position(marked.getProblemMark(), at);
      } else if (unreadable != null) {
        message =
            InternalIoMessages.syntax(
                String.format("character U+%04X is not allowed", unreadable.getCodePoint()));
      } else if (e instanceof JsonProcessingException jpe
          && String.valueOf(jpe.getOriginalMessage()).startsWith("Expected a field name")) {
        // Jackson names SnakeYAML's internal events here; say what the file did instead.
        message =
            InternalIoMessages.syntax("a key must be text, not a list or a mapping ('? ' key)");
        JsonLocation l = jpe.getLocation();
        if (l != null && l.getLineNr() > 0) {
          at = Positions.of(l.getLineNr(), Math.max(1, l.getColumnNr()));
        }
      } else if (e instanceof JsonProcessingException jpe) {
        message = InternalIoMessages.syntax(oneLine(jpe.getOriginalMessage()));
        JsonLocation l = jpe.getLocation();
        if (l != null && l.getLineNr() > 0) {
          at = Positions.of(l.getLineNr(), Math.max(1, l.getColumnNr()));
        }
      } else {
        message = InternalIoMessages.syntax(oneLine(String.valueOf(e.getMessage())));
      }
    }
    problemAt(at, path(), message);
    return new Stop();
  }

  private long currentPosition() {
    JsonLocation l = parser.currentLocation();
    return Positions.of(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private static long position(Mark mark, long fallback) {
    return mark == null ? fallback : Positions.of(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String describe(MarkedYAMLException e) {
    String problem = oneLine(String.valueOf(e.getProblem()));
    if (e.getContext() == null) {
      return problem;
    }
    Mark m = e.getContextMark();
    String where =
        m == null
            ? ""
            : " started at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
    return problem + " (" + oneLine(e.getContext()) + where + ")";
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** The path of the current value as a stack of keys and indices; text only when needed. */
  private static final class PathStack {
    private String[] keys = new String[8];
    private int[] indices = new int[8];
    private int depth;

    void push(String key) {
      grow();
      keys[depth] = key;
      indices[depth++] = -1;
    }

    void push(int index) {
      grow();
      keys[depth] = null;
      indices[depth++] = index;
    }

    void pop() {
      depth--;
    }

    private void grow() {
      if (depth == keys.length) {
        keys = Arrays.copyOf(keys, depth * 2);
        indices = Arrays.copyOf(indices, depth * 2);
      }
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        if (keys[i] == null) {
          out.append('[').append(indices[i]).append(']');
        } else {
          if (out.length() > 0) {
            out.append('.');
          }
          out.append(keys[i]);
        }
      }
      return out.toString();
    }
  }
}
