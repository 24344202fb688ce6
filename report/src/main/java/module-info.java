/**
 * Thaw report: charts of a process as SVG, the self-contained HTML report, and the dependency graph
 * as Graphviz DOT or Mermaid. Charts are drawn with JFreeChart (LGPL-2.1-or-later) on Apache
 * Batik's SVG generator (Apache-2.0), which writes into the JDK's own DOM: no library here is under
 * the GPL, and none splits a package of {@code java.xml}.
 */
module io.github.thaw.report {
  requires transitive io.github.thaw.core;
  requires java.desktop;
  requires java.xml;
  requires org.jfree.jfreechart;
  requires org.apache.xmlgraphics.batik.svggen;

  exports io.github.thaw.report;
}
