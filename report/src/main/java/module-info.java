/**
 * Thaw report: charts of a process as SVG, the self-contained HTML report, and the dependency graph
 * as Graphviz DOT or Mermaid. Charts are drawn with JFreeChart.
 */
module io.github.thaw.report {
  requires transitive io.github.thaw.core;
  requires java.desktop;
  requires org.jfree.jfreechart;
  requires org.jfree.svg;

  exports io.github.thaw.report;
}
