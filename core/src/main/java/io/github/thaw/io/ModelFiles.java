package io.github.thaw.io;

import io.github.thaw.internal.io.DocumentWriter;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.ProcessModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes model files, YAML or JSON (the format of {@code docs/file-format.md}).
 *
 * <pre>{@code
 * ProcessModel model = ModelFiles.read(Path.of("model.yaml"));
 * ModelFiles.write(model, Path.of("model.json"));   // same model, as JSON
 * String yaml = ModelFiles.write(model, FileSyntax.YAML);
 * }</pre>
 *
 * <p>Reading uses {@link ModelReader#defaults()}; use a {@link ModelReader} for other limits.
 * Writing is deterministic: the same model gives the same bytes, UTF-8 with {@code \n} line ends,
 * and reading them back gives an equal model.
 */
public final class ModelFiles {
  private ModelFiles() {}

  /**
   * Reads a model file with the default limits, choosing the format by its extension.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, UTF-8
   * @return the model
   * @throws ModelException listing every problem with file, line, column and path
   * @throws IllegalArgumentException if the extension is none of these
   * @throws IOException if the file cannot be read
   */
  public static ProcessModel read(Path file) throws IOException {
    return ModelReader.defaults().read(file);
  }

  /**
   * Reads a model from text with the default limits.
   *
   * @param content the file's content
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @return the model
   * @throws ModelException listing every problem
   */
  public static ProcessModel read(String content, String fileName, FileSyntax format) {
    return ModelReader.defaults().read(content, fileName, format);
  }

  /**
   * Reads a model from UTF-8 bytes with the default limits; the stream is not closed.
   *
   * @param in the bytes
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @return the model
   * @throws ModelException listing every problem
   * @throws IOException if the stream fails
   */
  public static ProcessModel read(InputStream in, String fileName, FileSyntax format)
      throws IOException {
    return ModelReader.defaults().read(in, fileName, format);
  }

  /**
   * The model as file text.
   *
   * @param model the model
   * @param format YAML or JSON
   * @return the text; O(size of the model)
   */
  public static String write(ProcessModel model, FileSyntax format) {
    StringWriter out = new StringWriter();
    try {
      write(model, out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes the model as UTF-8 to a stream, which is flushed and not closed.
   *
   * @param model the model
   * @param out where the bytes go
   * @param format YAML or JSON
   * @throws IOException if the stream fails
   */
  public static void write(ProcessModel model, OutputStream out, FileSyntax format)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(model, writer, format);
    writer.flush();
  }

  /**
   * Writes the model to a file, choosing the format by its extension, through {@link AtomicFiles}:
   * the text goes to a new file in the same directory, forced to disk, then moved over the target
   * in one step, so a failed write leaves an existing file as it was (and a symbolic link at the
   * target is replaced, not followed).
   *
   * @param model the model
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
   * @throws IllegalArgumentException if the extension is none of these
   * @throws IOException if the file cannot be written
   */
  public static void write(ProcessModel model, Path file) throws IOException {
    Objects.requireNonNull(model, "model");
    FileSyntax format = FileSyntax.ofFileName(file.getFileName().toString());
    AtomicFiles.write(file, out -> write(model, out, format));
  }

  private static void write(ProcessModel model, Writer out, FileSyntax format) throws IOException {
    Objects.requireNonNull(model, "model");
    ModelFileWriter.write(model, DocumentWriter.of(format == FileSyntax.YAML, out));
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
  public static ProcessModel read(String content, String fileName, ModelFormat format) {
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
  public static ProcessModel read(InputStream in, String fileName, ModelFormat format)
      throws IOException {
    return read(in, fileName, format.syntax());
  }

  /**
   * As {@link #write(ProcessModel, FileSyntax)}, with the syntax under its old name.
   *
   * @param model as there
   * @param format as there
   * @return as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public static String write(ProcessModel model, ModelFormat format) {
    return write(model, format.syntax());
  }

  /**
   * As {@link #write(ProcessModel, OutputStream, FileSyntax)}, with the syntax under its old name.
   *
   * @param model as there
   * @param out as there
   * @param format as there
   * @throws IOException as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public static void write(ProcessModel model, OutputStream out, ModelFormat format)
      throws IOException {
    write(model, out, format.syntax());
  }
}
