package io.github.thaw.report;

import io.github.thaw.model.Dependency;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.ProcessState;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The dependency graph as Graphviz DOT or a Mermaid flowchart: nodes coloured by status and grouped
 * by dimension, hard edges solid and soft edges dashed, and edges where gating bites (the dependent
 * is reported further along than its prerequisite counts) drawn thick and red. Output follows
 * declaration order, so it is deterministic and diffs well.
 *
 * <pre>{@code
 * String dot = GraphExport.dot(model, LocalDate.of(2025, 9, 12));
 * }</pre>
 */
public final class GraphExport {
  private static final Map<Status, String> FILL = new EnumMap<>(Status.class);

  static {
    FILL.put(Status.NOT_STARTED, "#e5e7eb");
    FILL.put(Status.AGREED, "#fde68a");
    FILL.put(Status.IN_PROGRESS, "#93c5fd");
    FILL.put(Status.COMPLETED, "#86efac");
  }

  private GraphExport() {}

  /**
   * The fill colour used for a status, as {@code #rrggbb}.
   *
   * @param status the status
   * @return the colour
   */
  public static String colour(Status status) {
    return FILL.get(status);
  }

  /**
   * Graphviz DOT of the model at a date.
   *
   * @param model the model
   * @param date the date whose statuses colour the nodes
   * @return the DOT text; O(milestones + dependencies)
   */
  public static String dot(ProcessModel model, LocalDate date) {
    ProcessState state = model.stateAt(date);
    Map<MilestoneId, Status> counted = counted(model, state);
    StringBuilder out = new StringBuilder();
    out.append("digraph thaw {\n");
    out.append("  label=").append(quote(model.name() + " — status as of " + date)).append(";\n");
    out.append("  labelloc=t;\n  rankdir=LR;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\"];\n");
    int cluster = 0;
    for (Dimension d : model.dimensions()) {
      out.append("  subgraph cluster_").append(cluster++).append(" {\n");
      out.append("    label=").append(quote(d.name())).append(";\n");
      out.append("    style=rounded; color=\"#9ca3af\";\n");
      for (Milestone m : model.milestones()) {
        if (m.dimension().equals(d.id())) {
          Status s = state.of(m.id()).status();
          out.append("    ")
              .append(quote(m.id().value()))
              .append(" [label=")
              .append(quote(m.name() + "\n" + s))
              .append(", fillcolor=\"")
              .append(FILL.get(s))
              .append("\"];\n");
        }
      }
      out.append("  }\n");
    }
    for (Dependency dep : model.dependencies()) {
      out.append("  ")
          .append(quote(dep.prerequisite().value()))
          .append(" -> ")
          .append(quote(dep.dependent().value()));
      if (dep.kind() == Dependency.Kind.INFLUENCED_BY) {
        out.append(" [style=dashed, color=\"#6b7280\"]");
      } else if (bites(dep, state, counted)) {
        out.append(" [color=\"#dc2626\", penwidth=2.5, label=\"caps\"]");
      }
      out.append(";\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /**
   * A Mermaid flowchart of the model at a date.
   *
   * @param model the model
   * @param date the date whose statuses colour the nodes
   * @return the Mermaid text; O(milestones + dependencies)
   */
  public static String mermaid(ProcessModel model, LocalDate date) {
    ProcessState state = model.stateAt(date);
    Map<MilestoneId, Status> counted = counted(model, state);
    StringBuilder out = new StringBuilder();
    // The title goes into YAML front matter: quoted, so that a colon or a quote in the name
    // cannot end it early.
    out.append("---\ntitle: ")
        .append(yamlQuoted(model.name().replace("\n", " ") + " — status as of " + date))
        .append("\n---\n");
    out.append("flowchart LR\n");
    for (Status s : Status.values()) {
      out.append("  classDef ")
          .append(s.name().toLowerCase(java.util.Locale.ROOT))
          .append(" fill:")
          .append(FILL.get(s))
          .append(",stroke:#374151,color:#111827\n");
    }
    for (Dimension d : model.dimensions()) {
      out.append("  subgraph ")
          .append(mermaidId("d_", d.id()))
          .append("[")
          .append(mermaidText(d.name(), ""))
          .append("]\n");
      for (Milestone m : model.milestones()) {
        if (m.dimension().equals(d.id())) {
          Status s = state.of(m.id()).status();
          out.append("    ")
              .append(mermaidId("m_", m.id().value()))
              .append("[")
              .append(mermaidText(m.name(), "<br/>" + s))
              .append("]:::")
              .append(s.name().toLowerCase(java.util.Locale.ROOT))
              .append('\n');
        }
      }
      out.append("  end\n");
    }
    int edge = 0;
    StringBuilder styles = new StringBuilder();
    for (Dependency dep : model.dependencies()) {
      boolean soft = dep.kind() == Dependency.Kind.INFLUENCED_BY;
      out.append("  ")
          .append(mermaidId("m_", dep.prerequisite().value()))
          .append(soft ? " -.-> " : " --> ")
          .append(mermaidId("m_", dep.dependent().value()))
          .append('\n');
      if (!soft && bites(dep, state, counted)) {
        styles.append("  linkStyle ").append(edge).append(" stroke:#dc2626,stroke-width:3px\n");
      }
      edge++;
    }
    out.append(styles);
    return out.toString();
  }

  /**
   * Statuses after gating: no milestone counts further than its least-advanced hard prerequisite,
   * transitively; computed in topological order.
   */
  static Map<MilestoneId, Status> counted(ProcessModel model, ProcessState state) {
    Map<MilestoneId, Status> counted = new HashMap<>();
    for (MilestoneId id : model.topologicalOrder()) {
      Status s = state.of(id).status();
      for (MilestoneId p : model.milestone(id).requires()) {
        s = Status.min(s, counted.get(p));
      }
      counted.put(id, s);
    }
    return counted;
  }

  private static boolean bites(
      Dependency dep, ProcessState state, Map<MilestoneId, Status> counted) {
    return dep.kind() == Dependency.Kind.REQUIRES
        && state.of(dep.dependent()).status().compareTo(counted.get(dep.prerequisite())) > 0;
  }

  private static String quote(String text) {
    return "\""
        + printable(text).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        + "\"";
  }

  /** The text without control characters other than newline, which no renderer shows usefully. */
  private static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A Mermaid node or subgraph id for a slug. Ids are slugs ({@code [a-z0-9-]}), so the prefix and
   * the hyphens turned into underscores keep them distinct from each other, from Mermaid's words
   * ({@code end}, {@code graph}, {@code style}…) and from edge syntax (an id starting with {@code
   * o} or {@code x} after an arrow).
   */
  private static String mermaidId(String prefix, String slug) {
    return prefix + slug.replace('-', '_');
  }

  private static String yamlQuoted(String text) {
    return "\"" + printable(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * A quoted Mermaid label: file text with Mermaid's entity codes for the characters its HTML
   * labels would read as markup ({@code <script>} in a name shows as text), then markup of our own.
   */
  private static String mermaidText(String text, String markup) {
    String escaped =
        printable(text)
            .replace("#", "#35;")
            .replace("\"", "#quot;")
            .replace("&", "#amp;")
            .replace("<", "#lt;")
            .replace(">", "#gt;")
            .replace("\n", " ");
    return "\"" + escaped + markup + "\"";
  }
}
