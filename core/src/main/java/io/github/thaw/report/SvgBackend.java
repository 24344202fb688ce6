package io.github.thaw.report;

/**
 * Checks that the SVG drawing library is present. Thaw's core marks JFreeChart and JFreeSVG as
 * optional dependencies: JFreeSVG is licensed GPL-3.0-or-later (or commercially), so an Apache-2.0
 * user of {@code thaw-core} takes it on only by choosing to draw charts. Without it, chart and
 * report calls fail with this message rather than a {@code NoClassDefFoundError}.
 */
final class SvgBackend {
  static final String MISSING =
      "drawing charts needs org.jfree:jfreechart and org.jfree:org.jfree.svg on the class path"
          + " (thaw-core declares them optional; note that JFreeSVG is GPL-3.0-or-later): add both"
          + " dependencies to your build";

  private SvgBackend() {}

  /**
   * Throws when the library is missing.
   *
   * @throws IllegalStateException naming the dependencies to add
   */
  static void require() {
    try {
      Class.forName("org.jfree.svg.SVGGraphics2D", false, SvgBackend.class.getClassLoader());
      Class.forName("org.jfree.chart.JFreeChart", false, SvgBackend.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(MISSING, e);
    }
  }
}
