package io.github.thaw.io;

import io.github.thaw.internal.io.Inputs;
import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.model.ModelException;
import io.github.thaw.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads scenario files (YAML or JSON), with the same strictness, locations and guards as model
 * files.
 *
 * <pre>{@code
 * name: railway-reactivated
 * description: The Kars–Gyumri line reopens in mid-2026.
 * changes:                 # applied in order; each item has exactly one key
 *   - setStatus: {milestone: railway-rehabilitation, status: COMPLETED, date: 2026-06-01}
 *   - addRequires: {milestone: border-opening, requires: electricity-interconnector}
 *   - dropRequires: {milestone: border-opening, requires: railway-rehabilitation}
 *   - setWeight: {milestone: border-opening, weight: 3}
 *   - freeze: {from: 2026-01-01}
 *   - addMilestone: {id: grid-sync, name: Grids synchronised, dimension: energy}
 * }</pre>
 *
 * <p>Reading checks the file alone. Whether each milestone it names exists is checked when the
 * scenario is applied to a model ({@link Scenario#applyTo}), and those problems carry the file
 * location of the change, with a "did you mean" for a misspelt id.
 */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  /**
   * Reads a scenario file, choosing the format by its extension.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} file, UTF-8
   * @return the scenario
   * @throws ModelException listing every problem with file, line, column and path
   * @throws IllegalArgumentException if the extension is none of these
   * @throws IOException if the file cannot be read
   */
  public static Scenario read(Path file) throws IOException {
    FileSyntax format = FileSyntax.ofFileName(file.getFileName().toString());
    try (InputStream in = Inputs.open(file)) {
      return read(in, file.toString(), format);
    }
  }

  /**
   * Reads a scenario from UTF-8 bytes; the stream is not closed.
   *
   * @param in the bytes
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @return the scenario
   * @throws ModelException listing every problem
   */
  public static Scenario read(InputStream in, String fileName, FileSyntax format) {
    return ScenarioFileReader.read(in, fileName, format, ReadLimits.defaults());
  }

  /**
   * Reads a scenario from text.
   *
   * @param content the file's content
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @return the scenario
   * @throws ModelException listing every problem
   */
  public static Scenario read(String content, String fileName, FileSyntax format) {
    return read(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), fileName, format);
  }

  /**
   * As {@link #read(InputStream, String, FileSyntax)}, with the syntax under its old name.
   *
   * @param in as there
   * @param fileName as there
   * @param format as there
   * @return as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public static Scenario read(InputStream in, String fileName, ModelFormat format) {
    return read(in, fileName, format.syntax());
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
  public static Scenario read(String content, String fileName, ModelFormat format) {
    return read(content, fileName, format.syntax());
  }
}
