package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphExportTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  /** The border is reported open while the railway has not started: the railway edge bites. */
  static ProcessModel model() {
    return ProcessModel.builder("Demo \"quoted\"")
        .dimension(Dimension.of("borders", "Borders"))
        .dimension(Dimension.of("transport", "Transport"))
        .milestone(Milestone.builder("crossing", "Crossing", "borders").build())
        .milestone(Milestone.builder("railway", "Railway", "transport").build())
        .milestone(
            Milestone.builder("border-opening", "Border opens", "borders")
                .requires("crossing", "railway")
                .influencedBy("peace")
                .build())
        .milestone(Milestone.builder("peace", "Peace", "transport").build())
        .source(new Source("s1", "", "", null, ""))
        .event(
            Event.status(
                PartialDate.parse("2025"), "crossing", Status.COMPLETED, List.of("s1"), ""))
        .event(
            Event.status(
                PartialDate.parse("2025"), "border-opening", Status.COMPLETED, List.of("s1"), ""))
        .build();
  }

  @Test
  void dotGroupsByDimensionColoursByStatusAndHighlightsTheBitingEdge() {
    String dot = GraphExport.dot(model(), DATE);
    assertThat(dot)
        .startsWith("digraph thaw {")
        .contains("label=\"Demo \\\"quoted\\\" — status as of 2026-01-01\"")
        .contains("subgraph cluster_0 {\n    label=\"Borders\"")
        .contains(
            "\"crossing\" [label=\"Crossing\\nCOMPLETED\", fillcolor=\""
                + GraphExport.colour(Status.COMPLETED)
                + "\"]")
        .contains(
            "\"railway\" -> \"border-opening\" [color=\"#dc2626\", penwidth=2.5, label=\"caps\"];")
        .contains("\"crossing\" -> \"border-opening\";")
        .contains("\"peace\" -> \"border-opening\" [style=dashed");
    assertThat(dot.chars().filter(c -> c == '{').count())
        .isEqualTo(dot.chars().filter(c -> c == '}').count());
    assertThat(GraphExport.dot(model(), DATE)).isEqualTo(dot);
  }

  @Test
  void mermaidUsesClassesSubgraphsAndLinkStyles() {
    String mm = GraphExport.mermaid(model(), DATE);
    assertThat(mm)
        .contains("flowchart LR")
        .contains("subgraph borders[\"Borders\"]")
        .contains("crossing[\"Crossing<br/>COMPLETED\"]:::completed")
        .contains("railway --> border-opening")
        .contains("peace -.-> border-opening")
        .contains("linkStyle 1 stroke:#dc2626,stroke-width:3px")
        .doesNotContain("linkStyle 0 ");
    assertThat(mm.lines().filter(l -> l.trim().equals("end")).count()).isEqualTo(2);
  }
}
