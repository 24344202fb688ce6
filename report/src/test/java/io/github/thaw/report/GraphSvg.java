package io.github.thaw.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The dependency graph read back from its SVG: node boxes with their colours and text, edges with
 * their path, style and arrow head, and everything drawn outside them (axis, legend, titles), so
 * tests can talk about what a reader sees rather than about the drawing code.
 */
final class GraphSvg {
  private static final String NODE = GraphChart.ID + "-node-";
  private static final String EDGE = GraphChart.ID + "-edge-";
  private static final Pattern TOKEN = Pattern.compile("[MLCQZ]|-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");

  final double width;
  final double height;

  /** Node boxes by milestone id, in drawing order. */
  final Map<String, Box> nodes = new LinkedHashMap<>();

  /** Edges by group id, in drawing order. */
  final Map<String, Edge> edges = new LinkedHashMap<>();

  /** Every group with an id, in drawing order. */
  final List<String> groups = new ArrayList<>();

  /** Every text, in drawing order. */
  final List<Text> texts = new ArrayList<>();

  /** Texts outside node boxes: titles, axis, legend, source line. */
  final List<Text> looseTexts = new ArrayList<>();

  /** Straight {@code <line>} elements: the axis, its ticks and the legend's edge samples. */
  final List<Line> lines = new ArrayList<>();

  /** Filled or stroked paths outside nodes and edges: legend swatches and arrows. */
  final List<Shape> looseShapes = new ArrayList<>();

  /** Rectangles: the background. */
  final List<Shape> rects = new ArrayList<>();

  final String description;

  private GraphSvg(Document doc) {
    Element root = doc.getDocumentElement();
    width = Double.parseDouble(root.getAttribute("width"));
    height = Double.parseDouble(root.getAttribute("height"));
    description = SvgXml.elements(doc, "desc").get(0).getTextContent();
    for (Element g : SvgXml.elements(doc, "g")) {
      String id = g.getAttribute("id");
      if (id.isEmpty()) {
        continue;
      }
      groups.add(id);
      if (id.startsWith(NODE)) {
        List<Shape> shapes = shapes(g);
        nodes.put(
            id.substring(NODE.length()), new Box(title(g), shapes.get(0), shapes.get(1), texts(g)));
      } else if (id.startsWith(EDGE)) {
        List<Shape> shapes = shapes(g);
        edges.put(id, new Edge(title(g), shapes.get(0), shapes.get(1)));
      }
    }
    for (Element t : SvgXml.elements(doc, "text")) {
      Text text = text(t);
      texts.add(text);
      if (owner(t) == null) {
        looseTexts.add(text);
      }
    }
    for (Element l : SvgXml.elements(doc, "line")) {
      lines.add(
          new Line(
              num(l, "x1"), num(l, "y1"), num(l, "x2"), num(l, "y2"), ChartSvg.effectiveStyle(l)));
    }
    for (Element r : SvgXml.elements(doc, "rect")) {
      double x = num(r, "x");
      double y = num(r, "y");
      double w = num(r, "width");
      double h = num(r, "height");
      rects.add(
          new Shape(
              List.of(new Segment('M', new double[] {x, y, x + w, y + h})),
              ChartSvg.effectiveStyle(r)));
    }
    for (Element p : SvgXml.elements(doc, "*")) {
      boolean drawn = p.getLocalName().equals("path") || p.getLocalName().equals("rect");
      if (drawn && owner(p) == null && !inDefinitions(p) && !isBackground(p)) {
        looseShapes.add(shape(p));
      }
    }
  }

  static GraphSvg of(SvgChart chart) throws Exception {
    return new GraphSvg(SvgXml.parse(chart.svg()));
  }

  Box node(String milestone) {
    Box b = nodes.get(milestone);
    if (b == null) {
      throw new AssertionError("no node " + milestone + " among " + nodes.keySet());
    }
    return b;
  }

  Edge edge(String prerequisite, String dependent) {
    Edge e = edges.get(EDGE + prerequisite + "-" + dependent);
    if (e == null) {
      throw new AssertionError(
          "no edge " + prerequisite + " -> " + dependent + " among " + edges.keySet());
    }
    return e;
  }

  /** The loose text with exactly this content. */
  Text text(String content) {
    return looseTexts.stream()
        .filter(t -> t.text().equals(content))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no text '" + content + "'"));
  }

  static String rgb(Color c) {
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }

  /** A node: its title (tooltip), filled shape, outline and lines of text top to bottom. */
  record Box(String title, Shape fill, Shape outline, List<Text> texts) {
    double left() {
      return outline.minX();
    }

    double right() {
      return outline.maxX();
    }

    double top() {
      return outline.minY();
    }

    double bottom() {
      return outline.maxY();
    }

    double middle() {
      return (top() + bottom()) / 2;
    }

    List<String> lines() {
      return texts.stream().map(Text::text).toList();
    }
  }

  /** An edge: its tooltip, its stroked path and its filled arrow head. */
  record Edge(String title, Shape line, Shape head) {
    double[] start() {
      return line.points().get(0);
    }

    double[] end() {
      List<double[]> p = line.points();
      return p.get(p.size() - 1);
    }

    /** The arrow head's point: its rightmost corner. */
    double[] tip() {
      double[] best = null;
      for (double[] p : head.points()) {
        if (best == null || p[0] > best[0]) {
          best = p;
        }
      }
      return best;
    }
  }

  /** A text element with its position and parsed style. */
  record Text(String text, double x, double y, Map<String, String> style) {
    double size() {
      return Double.parseDouble(style.get("font-size").replace("px", ""));
    }

    boolean bold() {
      return "bold".equals(style.get("font-weight"));
    }

    String fill() {
      return style.get("fill");
    }
  }

  /** A path with the style of the group around it. */
  record Shape(List<Segment> segments, Map<String, String> style) {
    List<double[]> points() {
      List<double[]> out = new ArrayList<>();
      for (Segment s : segments) {
        for (int i = 0; i + 1 < s.xy().length; i += 2) {
          out.add(new double[] {s.xy()[i], s.xy()[i + 1]});
        }
      }
      return out;
    }

    double minX() {
      return points().stream().mapToDouble(p -> p[0]).min().orElseThrow();
    }

    double maxX() {
      return points().stream().mapToDouble(p -> p[0]).max().orElseThrow();
    }

    double minY() {
      return points().stream().mapToDouble(p -> p[1]).min().orElseThrow();
    }

    double maxY() {
      return points().stream().mapToDouble(p -> p[1]).max().orElseThrow();
    }

    String fill() {
      return style.get("fill");
    }

    String stroke() {
      return style.get("stroke");
    }

    double strokeWidth() {
      return Double.parseDouble(style.get("stroke-width"));
    }

    boolean dashed() {
      return !style.getOrDefault("stroke-dasharray", "none").equals("none");
    }
  }

  /** One path command ({@code M}, {@code L}, {@code C}, {@code Z}) and its coordinates. */
  record Segment(char command, double[] xy) {}

  /** A straight line. */
  record Line(double x1, double y1, double x2, double y2, Map<String, String> style) {
    String stroke() {
      return style.get("stroke");
    }

    boolean dashed() {
      return !style.getOrDefault("stroke-dasharray", "none").equals("none");
    }

    double strokeWidth() {
      return Double.parseDouble(style.get("stroke-width"));
    }
  }

  private static String title(Element g) {
    for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("title")) {
        return e.getTextContent();
      }
    }
    return null;
  }

  /** The paths and rectangles drawn in a group, in drawing order. */
  private static List<Shape> shapes(Element g) {
    List<Shape> out = new ArrayList<>();
    for (Element e : descendants(g, "*")) {
      if (e.getLocalName().equals("path") || e.getLocalName().equals("rect")) {
        out.add(shape(e));
      }
    }
    return out;
  }

  private static boolean inDefinitions(Element e) {
    for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
      if (p.getLocalName().equals("defs") || p.getLocalName().equals("clipPath")) {
        return true;
      }
    }
    return false;
  }

  /** The white rectangle under the whole chart. */
  private static boolean isBackground(Element e) {
    return e.getLocalName().equals("rect") && num(e, "x") == 0 && num(e, "y") == 0;
  }

  private static List<Text> texts(Element g) {
    List<Text> out = new ArrayList<>();
    for (Element t : descendants(g, "text")) {
      out.add(text(t));
    }
    return out;
  }

  private static List<Element> descendants(Element e, String name) {
    List<Element> out = new ArrayList<>();
    var list = e.getElementsByTagNameNS("*", name);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The node or edge group an element belongs to, or null. */
  private static Element owner(Element e) {
    for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
      String id = p.getAttribute("id");
      if (id.startsWith(NODE) || id.startsWith(EDGE)) {
        return p;
      }
    }
    return null;
  }

  private static Text text(Element t) {
    return new Text(t.getTextContent(), num(t, "x"), num(t, "y"), ChartSvg.effectiveStyle(t));
  }

  /** A path, or a rectangle as the closed path around it (its rounded corners left out). */
  private static Shape shape(Element e) {
    if (e.getLocalName().equals("rect")) {
      double x = num(e, "x");
      double y = num(e, "y");
      double w = num(e, "width");
      double h = num(e, "height");
      return new Shape(
          segments(
              "M" + x + " " + y + " L" + (x + w) + " " + y + " L" + (x + w) + " " + (y + h) + " L"
                  + x + " " + (y + h) + " Z"),
          ChartSvg.effectiveStyle(e));
    }
    return new Shape(segments(e.getAttribute("d")), ChartSvg.effectiveStyle(e));
  }

  static List<Segment> segments(String d) {
    List<Segment> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(d);
    char command = 0;
    List<Double> nums = new ArrayList<>();
    while (m.find()) {
      String t = m.group();
      if (Character.isLetter(t.charAt(0))) {
        if (command != 0) {
          out.add(new Segment(command, nums.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        command = t.charAt(0);
        nums.clear();
      } else {
        nums.add(Double.parseDouble(t));
      }
    }
    if (command != 0) {
      out.add(new Segment(command, nums.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return out;
  }

  static Map<String, String> style(String style) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : style.split(";")) {
      int colon = part.indexOf(':');
      if (colon > 0) {
        out.put(part.substring(0, colon).trim(), part.substring(colon + 1).trim());
      }
    }
    return out;
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }
}
