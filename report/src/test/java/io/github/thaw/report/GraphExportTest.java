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
        .contains("subgraph d_borders[\"Borders\"]")
        .contains("m_crossing[\"Crossing<br/>COMPLETED\"]:::completed")
        .contains("m_railway --> m_border_opening")
        .contains("m_peace -.-> m_border_opening")
        .contains("linkStyle 1 stroke:#dc2626,stroke-width:3px")
        .doesNotContain("linkStyle 0 ");
    assertThat(mm.lines().filter(l -> l.trim().equals("end")).count()).isEqualTo(2);
  }

  @Test
  void dotIsExactlyThis() {
    // Nodes by dimension in declared order, then edges in declared order: a diff of two exports
    // shows only what changed.
    assertThat(GraphExport.dot(model(), DATE))
        .isEqualTo(
            """
            digraph thaw {
              label="Demo \\"quoted\\" — status as of 2026-01-01";
              labelloc=t;
              rankdir=LR;
              node [shape=box, style="rounded,filled", fontname="Helvetica"];
              edge [fontname="Helvetica"];
              subgraph cluster_0 {
                label="Borders";
                style=rounded; color="#9ca3af";
                "crossing" [label="Crossing\\nCOMPLETED", fillcolor="#86efac"];
                "border-opening" [label="Border opens\\nCOMPLETED", fillcolor="#86efac"];
              }
              subgraph cluster_1 {
                label="Transport";
                style=rounded; color="#9ca3af";
                "railway" [label="Railway\\nNOT_STARTED", fillcolor="#e5e7eb"];
                "peace" [label="Peace\\nNOT_STARTED", fillcolor="#e5e7eb"];
              }
              "crossing" -> "border-opening";
              "railway" -> "border-opening" [color="#dc2626", penwidth=2.5, label="caps"];
              "peace" -> "border-opening" [style=dashed, color="#6b7280"];
            }
            """);
  }

  @Test
  void mermaidIsExactlyThis() {
    assertThat(GraphExport.mermaid(model(), DATE))
        .isEqualTo(
            """
            ---
            title: "Demo \\"quoted\\" — status as of 2026-01-01"
            ---
            flowchart LR
              classDef not_started fill:#e5e7eb,stroke:#374151,color:#111827
              classDef agreed fill:#fde68a,stroke:#374151,color:#111827
              classDef in_progress fill:#93c5fd,stroke:#374151,color:#111827
              classDef completed fill:#86efac,stroke:#374151,color:#111827
              subgraph d_borders["Borders"]
                m_crossing["Crossing<br/>COMPLETED"]:::completed
                m_border_opening["Border opens<br/>COMPLETED"]:::completed
              end
              subgraph d_transport["Transport"]
                m_railway["Railway<br/>NOT_STARTED"]:::not_started
                m_peace["Peace<br/>NOT_STARTED"]:::not_started
              end
              m_crossing --> m_border_opening
              m_railway --> m_border_opening
              m_peace -.-> m_border_opening
              linkStyle 1 stroke:#dc2626,stroke-width:3px
            """);
  }

  @Test
  void mermaidIdsStayClearOfMermaidWordsAndOfEachOther() {
    // GIVEN a dimension and a milestone both called "end" (a Mermaid keyword), a milestone
    // starting with "o" (an arrow ending in o draws a circle), and a colon in the model's name
    ProcessModel m =
        ProcessModel.builder("Talks: round 6")
            .dimension(Dimension.of("end", "End state"))
            .milestone(Milestone.builder("end", "The end", "end").build())
            .milestone(Milestone.builder("opening", "Opening", "end").requires("end").build())
            .build();
    // WHEN exported THEN every id is prefixed and the title is quoted YAML
    assertThat(GraphExport.mermaid(m, DATE))
        .contains("title: \"Talks: round 6 — status as of 2026-01-01\"\n")
        .contains("  subgraph d_end[\"End state\"]\n")
        .contains("    m_end[\"The end<br/>NOT_STARTED\"]:::not_started\n")
        .contains("  m_end --> m_opening\n")
        .doesNotContain(" end[")
        .doesNotContain("--> opening");
  }
}
