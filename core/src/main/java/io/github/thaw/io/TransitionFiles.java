package io.github.thaw.io;

import io.github.thaw.forecast.TransitionOverrides;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.internal.io.Inputs;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.model.ModelException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads transitions files (YAML or JSON), with the same strictness, locations and guards as model
 * files. A file changes base transitions, typically those {@link
 * io.github.thaw.forecast.Calibration} estimated from the record: what it sets replaces the base's
 * value, what it leaves out keeps it. Durations are in months.
 *
 * <pre>{@code
 * defaults: {distribution: exponential, rate: 0.05}     # every step of every milestone
 * steps:                                                 # one step, for every milestone
 *   AGREED->IN_PROGRESS: {distribution: pert, min: 3, mode: 9, max: 24}
 * softFactor: 0.8                                        # a completed influencedBy: time x 0.8
 * freeze: {ratePerYear: 0.3, months: 6}                  # random process-wide freezes
 * milestones:                                            # one milestone's steps
 *   railway-rehabilitation:
 *     AGREED->IN_PROGRESS: {distribution: triangular, min: 3, mode: 9, max: 24}
 *     IN_PROGRESS->COMPLETED: {distribution: lognormal, median: 12, p90: 30}
 *   border-opening: {NOT_STARTED->AGREED: {distribution: never}}
 * }</pre>
 *
 * <p>Reading checks the file alone. Whether each milestone it names exists is checked when a
 * forecast is built with the transitions, and that problem carries the file location of the
 * milestone's entry, with a "did you mean" for a misspelt id.
 */
public final class TransitionFiles {
  private TransitionFiles() {}

  /**
   * Reads a transitions file on top of base transitions, choosing the format by its extension.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, UTF-8
   * @param base the transitions the file changes
   * @return the changed transitions; the base is untouched
   * @throws ModelException listing every problem with file, line, column and path
   * @throws IllegalArgumentException if the extension is none of these
   * @throws IOException if the file cannot be read
   */
  public static Transitions read(Path file, Transitions base) throws IOException {
    FileSyntax format = FileSyntax.ofFileName(file.getFileName().toString());
    try (InputStream in = Inputs.open(file)) {
      return read(in, file.toString(), format, base);
    }
  }

  /**
   * Reads a transitions file now and returns its changes, to be applied after calibration by {@link
   * io.github.thaw.forecast.Forecast.Builder#overrides}. The file is read once; its content is
   * checked when the changes are applied, with the same locations as {@link #read(Path,
   * Transitions)}.
   *
   * <pre>{@code
   * Forecast f = Forecast.builder(model).overrides(TransitionFiles.overrides(file)).build();
   * }</pre>
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, UTF-8
   * @return the file's changes
   * @throws IllegalArgumentException if the extension is none of these
   * @throws IOException if the file cannot be read
   */
  public static TransitionOverrides overrides(Path file) throws IOException {
    ModelFormat format = ModelFormat.ofFileName(file.getFileName().toString());
    byte[] content;
    try (InputStream in = io.github.thaw.internal.io.Inputs.open(file)) {
      // One byte past the limit is enough for the reader to report an oversized file.
      long limit = ReadLimits.defaults().maxInputBytes() + 1;
      content = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
    String name = file.toString();
    return base -> read(new ByteArrayInputStream(content), name, format, base);
  }

  /**
   * Reads transitions from UTF-8 bytes on top of base transitions; the stream is not closed.
   *
   * @param in the bytes
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @param base the transitions the file changes
   * @return the changed transitions
   * @throws ModelException listing every problem
   */
  public static Transitions read(
      InputStream in, String fileName, FileSyntax format, Transitions base) {
    return TransitionFileReader.read(in, fileName, format, ReadLimits.defaults(), base);
  }

  /**
   * Reads transitions from text on top of base transitions.
   *
   * @param content the file's content
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @param base the transitions the file changes
   * @return the changed transitions
   * @throws ModelException listing every problem
   */
  public static Transitions read(
      String content, String fileName, FileSyntax format, Transitions base) {
    return read(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), fileName, format, base);
  }

  /**
   * As {@link #read(InputStream, String, FileSyntax, Transitions)}, with the syntax under its old
   * name.
   *
   * @param in as there
   * @param fileName as there
   * @param format as there
   * @param base as there
   * @return as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public static Transitions read(
      InputStream in, String fileName, ModelFormat format, Transitions base) {
    return read(in, fileName, format.syntax(), base);
  }

  /**
   * As {@link #read(String, String, FileSyntax, Transitions)}, with the syntax under its old name.
   *
   * @param content as there
   * @param fileName as there
   * @param format as there
   * @param base as there
   * @return as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public static Transitions read(
      String content, String fileName, ModelFormat format, Transitions base) {
    return read(content, fileName, format.syntax(), base);
  }
}
