package io.github.thaw.report;

import io.github.thaw.model.Dependency;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.ProcessState;
import io.github.thaw.model.Status;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Element;

/**
 * The dependency graph in layers, left to right: each column holds the milestones whose longest
 * chain of prerequisites has the same length. Nodes are filled by reported status with {@link
 * GraphExport#colour}; hard edges are solid, soft edges dashed, and edges where gating bites are
 * thick and red, with the capped milestone outlined in red.
 */
final class GraphChart {
  static final String ID = "dependency-graph";
  static final String TITLE = "Dependency graph by status";
  static final String AXIS_LABEL =
      "Dependency depth (steps in the longest chain of prerequisites, hard and soft)";

  private static final int NODE_WIDTH = 178;
  private static final int GAP = 46;
  private static final int MARGIN = 24;
  private static final int ROW_GAP = 14;
  private static final int PLACEHOLDER = 8;
  private static final int TOP = 84;
  private static final int MIN_WIDTH = 960;
  private static final int MAX_NAME_LINES = 3;

  private static final Font NAME = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font SMALL = ChartStyle.SMALL;
  private static final Font SMALL_BOLD = ChartStyle.SMALL_BOLD;
  private static final Color HARD = new Color(0x37, 0x41, 0x51);
  private static final Color SOFT = new Color(0x6b, 0x72, 0x80);
  private static final int KEY_ROW = 20;

  /** One entry of the edge key: a short line in the edge's style, an arrow head, a label. */
  private record KeyEntry(Color colour, Stroke stroke, String label) {}

  private static final List<KeyEntry> EDGE_KEY =
      List.of(
          new KeyEntry(HARD, new BasicStroke(1.5f), "requires (hard: caps the dependent)"),
          new KeyEntry(
              SOFT,
              new BasicStroke(
                  1.3f,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  new float[] {5f, 4f},
                  0f),
              "influenced by (soft: never caps)"),
          new KeyEntry(
              ChartStyle.RED,
              new BasicStroke(2.6f),
              "gating bites: the milestone is reported further along than this prerequisite"
                  + " allows, red outline"));

  private GraphChart() {}

  /** One node's box and text. */
  private record Box(double x, double y, double height, List<String> lines, List<String> status) {}

  static SvgChart draw(ProcessModel model, LocalDate date) {
    GraphLayout layout = GraphLayout.of(model);
    ProcessState state = model.stateAt(date);
    Map<MilestoneId, Status> counted = GraphExport.counted(model, state);
    List<Milestone> ms = model.milestones();
    FontMetrics nameMetrics = SvgCanvas.metrics(NAME);
    FontMetrics statusMetrics = SvgCanvas.metrics(SMALL_BOLD);

    // Sizes first, then columns stacked and centred on the tallest.
    int nodes = layout.layer.length;
    double[] height = new double[nodes];
    List<List<String>> text = new ArrayList<>();
    List<List<String>> statusText = new ArrayList<>();
    for (int v = 0; v < nodes; v++) {
      if (layout.isPlaceholder(v)) {
        height[v] = PLACEHOLDER;
        text.add(List.of());
        statusText.add(List.of());
      } else {
        List<String> name = wrap(ms.get(v).name(), nameMetrics, NODE_WIDTH - 16);
        MilestoneId id = ms.get(v).id();
        List<String> status =
            statusLines(state.of(id).status(), counted.get(id), statusMetrics, NODE_WIDTH - 16);
        text.add(name);
        statusText.add(status);
        height[v] = 22 + 15 * name.size() + 14 * status.size() + 2;
      }
    }
    double tallest = 0;
    for (List<Integer> column : layout.layers) {
      tallest = Math.max(tallest, columnHeight(column, height));
    }
    Box[] box = new Box[nodes];
    for (int l = 0; l < layout.depth(); l++) {
      List<Integer> column = layout.layers.get(l);
      double y = TOP + (tallest - columnHeight(column, height)) / 2;
      double x = MARGIN + l * (NODE_WIDTH + GAP);
      for (int v : column) {
        box[v] = new Box(x, y, height[v], text.get(v), statusText.get(v));
        y += height[v] + ROW_GAP;
      }
    }
    int width = Math.max(MIN_WIDTH, 2 * MARGIN + layout.depth() * (NODE_WIDTH + GAP) - GAP);
    double axisY = TOP + tallest + 14;
    double legendY = axisY + 54;
    double[][] key = edgeKeyPlaces(SvgCanvas.metrics(SMALL), width);
    int keyRows = (int) key[key.length - 1][1] + 1;
    int totalHeight = (int) Math.ceil(legendY + 78 + KEY_ROW * (keyRows - 1));

    SVGGraphics2D g = SvgCanvas.graphics(ID, width, totalHeight);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(Color.WHITE);
    g.fillRect(0, 0, width, totalHeight);
    g.setPaint(ChartStyle.INK);
    g.setFont(ChartStyle.TITLE);
    g.drawString(TITLE, MARGIN - 8, 28);
    g.setFont(ChartStyle.SUBTITLE);
    g.setPaint(ChartStyle.MUTED);
    g.drawString(model.name() + " · status as of " + date, MARGIN - 8, 50);

    List<Element> parts = new ArrayList<>();
    int bites = drawEdges(g, parts, layout, box, model, state, counted);
    for (int v = 0; v < layout.milestones; v++) {
      drawNode(g, parts, model, ms.get(v), box[v], state, counted);
    }
    drawAxis(g, layout.depth(), axisY);
    drawLegend(g, legendY, key);
    g.setFont(SMALL);
    g.setPaint(ChartStyle.MUTED);
    g.drawString(SvgCanvas.sourceLine(model), MARGIN - 8, totalHeight - 10);

    String description =
        count(ms.size(), "milestone", "milestones")
            + " in "
            + count(layout.depth(), "layer", "layers")
            + ", "
            + count(model.dependencies().size(), "dependency", "dependencies")
            + "; "
            + (bites == 0
                ? "no prerequisite holds a milestone back"
                : count(bites, "edge", "edges") + " where gating bites")
            + " as of "
            + date
            + ".";
    return SvgCanvas.finish(
        g,
        parts,
        ID,
        width,
        totalHeight,
        TITLE + " — " + model.name() + ", as of " + date,
        description);
  }

  /** {@code 1 layer}, {@code 3 layers}. */
  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static double columnHeight(List<Integer> column, double[] height) {
    double h = 0;
    for (int v : column) {
      h += height[v];
    }
    return h + ROW_GAP * Math.max(0, column.size() - 1);
  }

  /** Greedy word wrap to a pixel width, at most three lines, the last cut with an ellipsis. */
  static List<String> wrap(String text, FontMetrics fm, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String candidate = line.length() == 0 ? w : line + " " + w;
      if (fm.stringWidth(candidate) <= width || line.length() == 0) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(w);
      }
      if (lines.size() == MAX_NAME_LINES) {
        break;
      }
    }
    if (lines.size() < MAX_NAME_LINES && line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
    }
    String joined = String.join(" ", lines);
    boolean cut = !joined.equals(String.join(" ", words)) || line.length() > 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      boolean last = i == lines.size() - 1;
      if ((last && cut) || fm.stringWidth(l) > width) {
        while (l.length() > 1 && fm.stringWidth(l + "…") > width) {
          l = l.substring(0, l.length() - 1);
        }
        lines.set(i, l.stripTrailing() + "…");
      }
    }
    return lines;
  }

  private static int drawEdges(
      SVGGraphics2D g,
      List<Element> parts,
      GraphLayout layout,
      Box[] box,
      ProcessModel model,
      ProcessState state,
      Map<MilestoneId, Status> counted) {
    // Spread the edges leaving and entering each node over its side, ordered by the other end.
    Map<Integer, List<Integer>> outgoing = new HashMap<>();
    Map<Integer, List<Integer>> incoming = new HashMap<>();
    for (int e = 0; e < layout.paths.size(); e++) {
      int[] p = layout.paths.get(e);
      outgoing.computeIfAbsent(p[0], k -> new ArrayList<>()).add(e);
      incoming.computeIfAbsent(p[p.length - 1], k -> new ArrayList<>()).add(e);
    }
    Map<Integer, Double> startY = new HashMap<>();
    Map<Integer, Double> endY = new HashMap<>();
    outgoing.forEach(
        (v, es) -> ports(box[v], es, e -> centre(box[layout.paths.get(e)[1]]), startY));
    incoming.forEach(
        (v, es) ->
            ports(
                box[v],
                es,
                e -> {
                  int[] p = layout.paths.get(e);
                  return centre(box[p[p.length - 2]]);
                },
                endY));

    int bites = 0;
    // Soft edges first, so the hard ones they cross stay on top; biting edges last of all.
    List<Integer> order = new ArrayList<>();
    for (int e = 0; e < layout.paths.size(); e++) {
      order.add(e);
    }
    order.sort(Comparator.comparingInt(e -> rank(layout.dependencies.get(e), state, counted)));
    for (int e : order) {
      Dependency d = layout.dependencies.get(e);
      int[] p = layout.paths.get(e);
      boolean bite = bites(d, state, counted);
      bites += bite ? 1 : 0;
      Path2D path = new Path2D.Double();
      double x = box[p[0]].x() + NODE_WIDTH;
      double y = startY.get(e);
      path.moveTo(x, y);
      for (int k = 1; k < p.length; k++) {
        Box b = box[p[k]];
        double tx = b.x();
        double ty = k == p.length - 1 ? endY.get(e) - 0 : centre(b);
        double mid = (x + tx) / 2;
        path.curveTo(mid, y, mid, ty, tx - (k == p.length - 1 ? 6 : 0), ty);
        x = tx + NODE_WIDTH;
        y = ty;
        if (k < p.length - 1) {
          path.lineTo(x, y);
        }
      }
      Color colour = bite ? ChartStyle.RED : soft(d) ? SOFT : HARD;
      Stroke stroke =
          bite
              ? new BasicStroke(2.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
              : soft(d)
                  ? new BasicStroke(
                      1.3f,
                      BasicStroke.CAP_BUTT,
                      BasicStroke.JOIN_ROUND,
                      10f,
                      new float[] {5f, 4f},
                      0f)
                  : new BasicStroke(1.5f);
      SvgCanvas.flush(g, parts);
      g.setPaint(colour);
      g.setStroke(stroke);
      g.draw(path);
      arrow(g, box[p[p.length - 1]].x(), endY.get(e), colour);
      SvgCanvas.group(
          g,
          parts,
          ID + "-edge-" + d.prerequisite().value() + "-" + d.dependent().value(),
          d.dependent()
              + (soft(d) ? " is influenced by " : " requires ")
              + d.prerequisite()
              + (bite ? " (gating bites: counts as " + counted.get(d.prerequisite()) + ")" : ""));
    }
    return bites;
  }

  private static int rank(Dependency d, ProcessState state, Map<MilestoneId, Status> counted) {
    return bites(d, state, counted) ? 2 : soft(d) ? 0 : 1;
  }

  private static void ports(
      Box b,
      List<Integer> edges,
      java.util.function.ToDoubleFunction<Integer> otherEnd,
      Map<Integer, Double> out) {
    List<Integer> sorted = new ArrayList<>(edges);
    sorted.sort(Comparator.comparingDouble(otherEnd));
    int n = sorted.size();
    double span = Math.min(b.height() * 0.6, 12.0 * (n - 1));
    for (int i = 0; i < n; i++) {
      double y = centre(b) + (n == 1 ? 0 : -span / 2 + span * i / (n - 1));
      out.put(sorted.get(i), y);
    }
  }

  private static double centre(Box b) {
    return b.y() + b.height() / 2;
  }

  private static void arrow(SVGGraphics2D g, double x, double y, Color colour) {
    GeneralPath head = new GeneralPath();
    head.moveTo(x, y);
    head.lineTo(x - 8, y - 4.5);
    head.lineTo(x - 8, y + 4.5);
    head.closePath();
    g.setPaint(colour);
    g.fill(head);
  }

  private static boolean soft(Dependency d) {
    return d.kind() == Dependency.Kind.INFLUENCED_BY;
  }

  private static boolean bites(Dependency d, ProcessState state, Map<MilestoneId, Status> counted) {
    return d.kind() == Dependency.Kind.REQUIRES
        && state.of(d.dependent()).status().compareTo(counted.get(d.prerequisite())) > 0;
  }

  private static void drawNode(
      SVGGraphics2D g,
      List<Element> parts,
      ProcessModel model,
      Milestone m,
      Box b,
      ProcessState state,
      Map<MilestoneId, Status> counted) {
    Status reported = state.of(m.id()).status();
    Status counts = counted.get(m.id());
    boolean capped = counts.compareTo(reported) < 0;
    Dimension dim = model.dimension(m.dimension());
    SvgCanvas.flush(g, parts);
    RoundRectangle2D shape =
        new RoundRectangle2D.Double(b.x(), b.y(), NODE_WIDTH, b.height(), 10, 10);
    g.setPaint(Color.decode(GraphExport.colour(reported)));
    g.fill(shape);
    g.setPaint(capped ? ChartStyle.RED : HARD);
    g.setStroke(new BasicStroke(capped ? 2.2f : 1f));
    g.draw(shape);
    double x = b.x() + 8;
    double y = b.y() + 15;
    g.setFont(SMALL);
    g.setPaint(ChartStyle.MUTED);
    g.drawString(dim.name(), (float) x, (float) y);
    g.setFont(NAME);
    g.setPaint(ChartStyle.INK);
    for (String line : b.lines()) {
      y += 15;
      g.drawString(line, (float) x, (float) y);
    }
    g.setFont(SMALL_BOLD);
    g.setPaint(capped ? ChartStyle.RED : ChartStyle.INK);
    y += 2;
    for (String line : b.status()) {
      y += 14;
      g.drawString(line, (float) x, (float) y);
    }
    SvgCanvas.group(
        g,
        parts,
        ID + "-node-" + m.id().value(),
        m.id()
            + ": "
            + m.name()
            + " — reported "
            + reported
            + (capped ? ", counts as " + counts : ""));
  }

  /**
   * The status line: {@code agreed}, or for a capped milestone {@code completed · counts as agreed}
   * on one line when it fits, else on two.
   */
  static List<String> statusLines(Status reported, Status counts, FontMetrics fm, int width) {
    if (counts.compareTo(reported) >= 0) {
      return List.of(words(reported));
    }
    String one = words(reported) + " · counts as " + words(counts);
    return fm.stringWidth(one) <= width
        ? List.of(one)
        : List.of(words(reported) + " ·", "counts as " + words(counts));
  }

  /** {@code IN_PROGRESS} as {@code in progress}. */
  static String words(Status s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void drawAxis(SVGGraphics2D g, int depth, double y) {
    double left = MARGIN;
    double right = MARGIN + depth * (NODE_WIDTH + GAP) - GAP;
    g.setPaint(ChartStyle.GREY);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Line2D.Double(left, y, right, y));
    g.setFont(ChartStyle.TICK);
    FontMetrics fm = SvgCanvas.metrics(g.getFont());
    for (int l = 0; l < depth; l++) {
      double cx = MARGIN + l * (NODE_WIDTH + GAP) + NODE_WIDTH / 2.0;
      g.setPaint(ChartStyle.GREY);
      g.draw(new Line2D.Double(cx, y, cx, y + 4));
      String label = Integer.toString(l);
      g.setPaint(ChartStyle.MUTED);
      g.drawString(label, (float) (cx - fm.stringWidth(label) / 2.0), (float) (y + 18));
    }
    g.setFont(ChartStyle.LABEL);
    g.setPaint(ChartStyle.INK);
    FontMetrics lm = SvgCanvas.metrics(g.getFont());
    // Centred under the axis, unless the axis is shorter than its title (one or two layers):
    // then the title starts with the axis instead of running off the chart's left edge.
    double centred = (left + right) / 2 - lm.stringWidth(AXIS_LABEL) / 2.0;
    g.drawString(AXIS_LABEL, (float) Math.max(left, centred), (float) (y + 38));
  }

  private static void drawLegend(SVGGraphics2D g, double y, double[][] key) {
    g.setFont(SMALL);
    FontMetrics fm = SvgCanvas.metrics(g.getFont());
    double x = MARGIN;
    g.setPaint(ChartStyle.INK);
    g.drawString("Reported status:", (float) x, (float) (y + 4));
    x += fm.stringWidth("Reported status:") + 10;
    for (Status s : Status.values()) {
      RoundRectangle2D swatch = new RoundRectangle2D.Double(x, y - 6, 16, 12, 4, 4);
      g.setPaint(Color.decode(GraphExport.colour(s)));
      g.fill(swatch);
      g.setPaint(HARD);
      g.setStroke(new BasicStroke(1f));
      g.draw(swatch);
      g.setPaint(ChartStyle.INK);
      String label = words(s);
      g.drawString(label, (float) (x + 22), (float) (y + 4));
      x += 22 + fm.stringWidth(label) + 18;
    }
    for (int i = 0; i < EDGE_KEY.size(); i++) {
      legendLine(g, key[i][0], y + 24 + KEY_ROW * key[i][1], EDGE_KEY.get(i));
    }
  }

  /**
   * Where each edge key entry starts, as {x, row}: left to right, starting a new row rather than
   * running past the right margin.
   */
  private static double[][] edgeKeyPlaces(FontMetrics fm, int width) {
    double[][] at = new double[EDGE_KEY.size()][];
    double x = MARGIN;
    int row = 0;
    for (int i = 0; i < EDGE_KEY.size(); i++) {
      double entry = 36 + fm.stringWidth(EDGE_KEY.get(i).label());
      if (x > MARGIN && x + entry > width - MARGIN) {
        x = MARGIN;
        row++;
      }
      at[i] = new double[] {x, row};
      x += entry + 22;
    }
    return at;
  }

  private static void legendLine(SVGGraphics2D g, double x, double y, KeyEntry entry) {
    g.setPaint(entry.colour());
    g.setStroke(entry.stroke());
    g.draw(new Line2D.Double(x, y, x + 22, y));
    arrow(g, x + 30, y, entry.colour());
    g.setPaint(ChartStyle.INK);
    g.drawString(entry.label(), (float) (x + 36), (float) (y + 4));
  }
}
