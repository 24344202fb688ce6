package io.github.thaw.io;

import io.github.thaw.internal.io.Inputs;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.ProcessModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads model files strictly, with limits. Immutable and thread-safe: configure once, share.
 *
 * <pre>{@code
 * ModelReader reader = ModelReader.defaults().withMaxInputBytes(16 << 20);
 * try {
 *   ProcessModel model = reader.read(Path.of("model.yaml"));
 * } catch (ModelException e) {
 *   e.problems().forEach(System.err::println); // model.yaml:12:15: milestones[2].weight: ...
 * }
 * }</pre>
 *
 * <p>A file is read in one streaming pass and every problem is reported at once, each with the
 * file, line, column and path of the bad value: syntax errors, unknown, duplicate and missing keys,
 * wrong types, invalid values, then the model's own rules (unknown references, duplicate ids,
 * dependency cycles). A syntax error or a broken limit ends the reading; problems found before it
 * are kept.
 *
 * <p>Limits: {@link #maxInputBytes()} (default 256 MiB; YAML's code-point limit follows it, since a
 * code point takes at least one byte), {@link #maxNestingDepth()} (default 64) and at most 1,000
 * problems listed. YAML anchors may be declared but aliases are refused, so no alias can expand.
 */
public final class ModelReader {
  private static final ModelReader DEFAULTS = new ModelReader(ReadLimits.defaults(), false);

  private final ReadLimits limits;
  private final boolean indexRules;

  private ModelReader(ReadLimits limits, boolean indexRules) {
    this.limits = limits;
    this.indexRules = indexRules;
  }

  /**
   * The reader with default limits.
   *
   * @return a shared instance
   */
  public static ModelReader defaults() {
    return DEFAULTS;
  }

  /**
   * A reader like this one with another input size limit.
   *
   * @param bytes the most bytes read; a file past it is a problem located where reading stopped
   * @return a new reader
   * @throws IllegalArgumentException if {@code bytes < 1}
   */
  public ModelReader withMaxInputBytes(long bytes) {
    return new ModelReader(limits.withMaxInputBytes(bytes), indexRules);
  }

  /**
   * A reader like this one with another nesting limit.
   *
   * @param depth the deepest nesting of mappings and lists, the root counting as 1; model files
   *     need 4
   * @return a new reader
   * @throws IllegalArgumentException if {@code depth < 1}
   */
  public ModelReader withMaxNestingDepth(int depth) {
    return new ModelReader(limits.withMaxNestingDepth(depth), indexRules);
  }

  /**
   * A reader like this one that also applies the rules the default index method applies to a model
   * with milestones (milestone weights of a dimension, and dimension weights, not all zero), each
   * broken rule a problem located at the dimension it names. The command line reads models this
   * way, so that {@code validate} refuses what {@code index} would refuse, at the same line.
   *
   * @return a new reader
   */
  public ModelReader withIndexRules() {
    return new ModelReader(limits, true);
  }

  /**
   * The input size limit.
   *
   * @return bytes
   */
  public long maxInputBytes() {
    return limits.maxInputBytes();
  }

  /**
   * The nesting limit.
   *
   * @return levels
   */
  public int maxNestingDepth() {
    return limits.maxNestingDepth();
  }

  /**
   * Reads a model file, choosing the format by its extension.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, UTF-8
   * @return the model
   * @throws ModelException listing every problem, located in {@code file}
   * @throws IllegalArgumentException if the extension is none of these
   * @throws IOException if the file cannot be read
   */
  public ProcessModel read(Path file) throws IOException {
    FileSyntax format = FileSyntax.ofFileName(file.getFileName().toString());
    try (InputStream in = Inputs.open(file)) {
      return read(in, file.toString(), format);
    }
  }

  /**
   * Reads a model from text.
   *
   * @param content the file's content
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @return the model
   * @throws ModelException listing every problem
   */
  public ProcessModel read(String content, String fileName, FileSyntax format) {
    Objects.requireNonNull(content, "content");
    try {
      return read(
          new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), fileName, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
  }

  /**
   * Reads a model from a stream of UTF-8 bytes, to its end; the stream is not closed.
   *
   * @param in the bytes
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @return the model
   * @throws ModelException listing every problem
   * @throws IOException if the stream fails
   */
  public ProcessModel read(InputStream in, String fileName, FileSyntax format) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    try {
      return ModelFileReader.read(in, fileName, format, limits, indexRules);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public String toString() {
    return "ModelReader[maxInputBytes="
        + limits.maxInputBytes()
        + ", maxNestingDepth="
        + limits.maxNestingDepth()
        + "]";
  }

  /**
   * As {@link #read(String, String, FileSyntax)}, with the syntax under its old name.
   *
   * @param content as there
   * @param fileName as there
   * @param format as there
   * @return as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public ProcessModel read(String content, String fileName, ModelFormat format) {
    return read(content, fileName, format.syntax());
  }

  /**
   * As {@link #read(InputStream, String, FileSyntax)}, with the syntax under its old name.
   *
   * @param in as there
   * @param fileName as there
   * @param format as there
   * @return as there
   * @throws IOException as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public ProcessModel read(InputStream in, String fileName, ModelFormat format) throws IOException {
    return read(in, fileName, format.syntax());
  }
}
