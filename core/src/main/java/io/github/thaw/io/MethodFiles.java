package io.github.thaw.io;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.model.ModelException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads index-method files (YAML or JSON), with the same strictness and located errors as model
 * files. Every key is optional; what a file leaves out keeps the value of its {@code preset}
 * ({@code default} unless it says {@code pam}).
 *
 * <pre>{@code
 * preset: default                       # or pam
 * scores: [0, 0.25, 0.5, 1]             # NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED
 * structure: BY_DIMENSION               # or POOLED
 * aggregation: ARITHMETIC               # both levels: ARITHMETIC, GEOMETRIC, WEAKEST_LINK
 * milestoneAggregation: GEOMETRIC       # or one level at a time
 * dimensionAggregation: ARITHMETIC
 * gating: CAP_BY_PREREQUISITES          # or NONE
 * milestoneWeights:
 *   base: model                         # or equal
 *   weights: {border-opening: 3}
 * dimensionWeights:
 *   ahp:
 *     - labels: [borders, transport, diplomacy]
 *       matrix: [[1, 3, 5], [0.3333333, 1, 3], [0.2, 0.3333333, 1]]
 *       acceptInconsistency: false
 * }</pre>
 */
public final class MethodFiles {
  private MethodFiles() {}

  /**
   * Reads a method file, choosing the format by its extension.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, UTF-8
   * @return the method
   * @throws ModelException listing every problem with file, line, column and path
   * @throws IllegalArgumentException if the extension is none of these
   * @throws IOException if the file cannot be read
   */
  public static IndexMethod read(Path file) throws IOException {
    ModelFormat format = ModelFormat.ofFileName(file.getFileName().toString());
    try (InputStream in = io.github.thaw.internal.io.Inputs.open(file)) {
      return MethodFileReader.read(in, file.toString(), format, ReadLimits.defaults());
    }
  }

  /**
   * Reads a method from text.
   *
   * @param content the file's content
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @return the method
   * @throws ModelException listing every problem
   */
  public static IndexMethod read(String content, String fileName, ModelFormat format) {
    return MethodFileReader.read(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        fileName,
        format,
        ReadLimits.defaults());
  }
}
