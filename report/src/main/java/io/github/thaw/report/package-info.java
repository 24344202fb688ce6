/**
 * Pictures of a process for briefings: the dependency graph as Graphviz DOT or Mermaid, charts as
 * SVG, and a self-contained HTML report.
 */
package io.github.thaw.report;
