package io.github.thaw.io;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.internal.EditDistance;
import io.github.thaw.internal.io.Inputs;
import io.github.thaw.internal.io.Positions;
import io.github.thaw.internal.io.ProblemList;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.model.Limits;
import io.github.thaw.model.Location;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.ProcessModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
    FileSyntax format = FileSyntax.ofFileName(file.getFileName().toString());
    try (InputStream in = Inputs.open(file)) {
      return MethodFileReader.read(in, file.toString(), format, ReadLimits.defaults());
    }
  }

  /**
   * Reads a method file and checks it against the model it will meet: every key of {@code
   * milestoneWeights.weights} and every label of a {@code milestoneWeights.ahp} matrix must be a
   * milestone of the model, every key and label under {@code dimensionWeights} one of its
   * dimensions.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, UTF-8
   * @param model the model the method will be applied to
   * @return the method
   * @throws ModelException listing every problem with file, line, column and path, unknown ids with
   *     the nearest known one ("did you mean")
   * @throws IllegalArgumentException if the extension is none of these
   * @throws IOException if the file cannot be read
   */
  public static IndexMethod read(Path file, ProcessModel model) throws IOException {
    FileSyntax format = FileSyntax.ofFileName(file.getFileName().toString());
    try (InputStream in = Inputs.open(file)) {
      return check(
          MethodFileReader.readWithReferences(in, file.toString(), format, ReadLimits.defaults()),
          model);
    }
  }

  /**
   * Reads a method from text and checks it against a model, as {@link #read(Path, ProcessModel)}.
   *
   * @param content the file's content
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @param model the model the method will be applied to
   * @return the method
   * @throws ModelException listing every problem
   */
  public static IndexMethod read(
      String content, String fileName, FileSyntax format, ProcessModel model) {
    return check(
        MethodFileReader.readWithReferences(
            new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
            fileName,
            format,
            ReadLimits.defaults()),
        model);
  }

  private static IndexMethod check(MethodFileReader.Read read, ProcessModel model) {
    Objects.requireNonNull(model, "model");
    Set<String> dimensions = new LinkedHashSet<>();
    model.dimensions().forEach(d -> dimensions.add(d.id()));
    List<String> milestones = null;
    ProblemList problems = new ProblemList(Limits.MAX_PROBLEMS);
    int found = 0;
    for (MethodFileReader.Reference r : read.references()) {
      boolean known = r.dimension() ? dimensions.contains(r.id()) : model.contains(r.id());
      if (known) {
        continue;
      }
      String hint = "";
      // "Did you mean" only for the problems that will be printed: the list keeps the first ones.
      if (found++ < Limits.MAX_PROBLEMS) {
        if (r.dimension()) {
          hint = EditDistance.hint(r.id(), dimensions);
        } else {
          if (milestones == null) {
            milestones = new ArrayList<>(model.milestones().size());
            for (Milestone m : model.milestones()) {
              milestones.add(m.id().value());
            }
          }
          hint = EditDistance.hint(r.id(), milestones);
        }
      }
      problems.add(
          new Location(read.file(), Positions.line(r.at()), Positions.column(r.at()), r.path()),
          IoMessages.methodUnknownId(r.dimension(), r.label(), r.id(), model.name(), hint));
    }
    problems.throwIfAny();
    return read.method();
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
  public static IndexMethod read(String content, String fileName, FileSyntax format) {
    return MethodFileReader.read(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        fileName,
        format,
        ReadLimits.defaults());
  }

  /**
   * As {@link #read(String, String, FileSyntax, ProcessModel)}, with the syntax under its old name.
   *
   * @param content as there
   * @param fileName as there
   * @param format as there
   * @param model as there
   * @return as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public static IndexMethod read(
      String content, String fileName, ModelFormat format, ProcessModel model) {
    return read(content, fileName, format.syntax(), model);
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
  public static IndexMethod read(String content, String fileName, ModelFormat format) {
    return read(content, fileName, format.syntax());
  }
}
