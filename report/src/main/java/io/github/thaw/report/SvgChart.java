package io.github.thaw.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One chart as a standalone SVG element: its id (also the prefix of every id inside it, so several
 * charts can share one HTML page), the title it carries in its {@code <title>} element, and the SVG
 * text. Made by {@link Charts}.
 *
 * <pre>{@code
 * SvgChart chart = Charts.trajectory(IndexMethod.defaults().prepare(model), asOf);
 * chart.writeTo(Path.of("trajectory.svg"));
 * }</pre>
 *
 * @param id a lower-kebab-case id, the {@code id} of the {@code <svg>} element
 * @param title the chart's title, as in its {@code <title>} element
 * @param svg the {@code <svg>} element, UTF-8 text
 */
public record SvgChart(String id, String title, String svg) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the id is not lower-kebab-case or the text is not an {@code
   *     <svg>} element
   * @throws NullPointerException if a field is null
   */
  public SvgChart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(svg, "svg");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "chart id '" + id + "' must be lower-kebab-case, such as 'index-trajectory'");
    }
    if (!svg.startsWith("<svg")) {
      throw new IllegalArgumentException("chart '" + id + "' must start with an <svg> element");
    }
  }

  /**
   * The chart as a standalone SVG file: an XML declaration followed by the element.
   *
   * @return the file's text
   */
  public String document() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
  }

  /**
   * Writes {@link #document()} to a file in UTF-8, replacing it in one step ({@link
   * io.github.thaw.io.AtomicFiles}).
   *
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void writeTo(Path file) throws IOException {
    io.github.thaw.io.AtomicFiles.write(file, document());
  }
}
