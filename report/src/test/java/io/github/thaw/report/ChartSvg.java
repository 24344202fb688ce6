package io.github.thaw.report;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A chart's SVG parsed for the chart tests, with lookups by colour, clip area and text. Each test
 * extends it with the lookups only its chart needs.
 */
class ChartSvg {
  /** The width every chart is drawn at. */
  static final int WIDTH = 960;

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern POINT = Pattern.compile("(-?[\\d.]+)[ ,](-?[\\d.]+)");

  final String svg;
  final Document doc;

  ChartSvg(String svg) throws Exception {
    this.svg = svg;
    this.doc = SvgXml.parse(svg);
  }

  /** Declarations of an element's style and its ancestors', the nearest winning. */
  Map<String, String> style(Element e) {
    return effectiveStyle(e);
  }

  /**
   * The style an element is drawn with: presentation attributes and {@code style} declarations of
   * the element and its ancestors, the nearest winning, colour keywords as {@code rgb(r,g,b)}.
   */
  static Map<String, String> effectiveStyle(Element e) {
    Deque<Element> chain = new ArrayDeque<>();
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      chain.push(el);
    }
    Map<String, String> out = new HashMap<>();
    for (Element el : chain) {
      // Presentation attributes first, then the style attribute, which outranks them.
      for (String p : PRESENTATION) {
        if (el.hasAttribute(p)) {
          out.put(p, colour(el.getAttribute(p)));
        }
      }
      for (String decl : el.getAttribute("style").split(";")) {
        int colon = decl.indexOf(':');
        if (colon > 0) {
          out.put(decl.substring(0, colon).trim(), decl.substring(colon + 1).trim());
        }
      }
    }
    return out;
  }

  /** The SVG properties a chart sets as attributes. */
  private static final List<String> PRESENTATION =
      List.of(
          "fill",
          "fill-opacity",
          "opacity",
          "stroke",
          "stroke-opacity",
          "stroke-width",
          "stroke-dasharray",
          "font-family",
          "font-size",
          "font-weight",
          "text-anchor");

  /** The SVG colour keywords a writer may use for exact colours, as {@code rgb(r,g,b)}. */
  private static final Map<String, String> KEYWORDS =
      Map.ofEntries(
          Map.entry("black", "rgb(0,0,0)"),
          Map.entry("white", "rgb(255,255,255)"),
          Map.entry("red", "rgb(255,0,0)"),
          Map.entry("lime", "rgb(0,255,0)"),
          Map.entry("blue", "rgb(0,0,255)"),
          Map.entry("gray", "rgb(128,128,128)"),
          Map.entry("silver", "rgb(192,192,192)"),
          Map.entry("yellow", "rgb(255,255,0)"));

  /** How opaque a fill is, 1 for solid. */
  static double opacity(Map<String, String> style) {
    return Double.parseDouble(style.getOrDefault("fill-opacity", "1"))
        * Double.parseDouble(style.getOrDefault("opacity", "1"));
  }

  /** A stroke's width, 1 when not given. */
  static double width(Map<String, String> style) {
    return Double.parseDouble(style.getOrDefault("stroke-width", "1"));
  }

  /** Whether a stroke is dashed. */
  static boolean dashed(Map<String, String> style) {
    return !style.getOrDefault("stroke-dasharray", "none").equals("none");
  }

  private static String colour(String value) {
    return KEYWORDS.getOrDefault(value, value);
  }

  int height() {
    return Integer.parseInt(doc.getDocumentElement().getAttribute("height"));
  }

  String description() {
    return SvgXml.elements(doc, "desc").get(0).getTextContent();
  }

  /** The plot's filled path in a colour (legend swatches are not clipped to a plot). */
  Element path(Color fill) {
    return inPlot(SvgXml.elements(doc, "path")).stream()
        .filter(p -> rgb(fill).equals(style(p).get("fill")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no path filled " + rgb(fill)));
  }

  /** The plot's stroked path in a colour (legend swatches are not clipped to a plot). */
  Element strokedPath(Color stroke) {
    return inPlot(SvgXml.elements(doc, "path")).stream()
        .filter(p -> rgb(stroke).equals(style(p).get("stroke")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no path stroked " + rgb(stroke)));
  }

  List<Element> lines(Color stroke) {
    return SvgXml.elements(doc, "line").stream()
        .filter(l -> rgb(stroke).equals(style(l).get("stroke")))
        .toList();
  }

  /** Elements clipped, by their own or their group's clip, to less than the whole chart. */
  private List<Element> inPlot(List<Element> elements) {
    Rectangle2D whole = new Rectangle2D.Double(0, 0, WIDTH, height());
    return elements.stream()
        .filter(e -> e.getParentNode() instanceof Element g && !g.getLocalName().equals("clipPath"))
        .filter(e -> clip(e) != null && !whole.equals(clip(e)))
        .toList();
  }

  /** An element's clip area, its own or its group's; null when there is none. */
  Rectangle2D clip(Element e) {
    Element holder = e;
    while (!holder.hasAttribute("clip-path") && holder.getParentNode() instanceof Element p) {
      holder = p;
    }
    return clipArea(holder);
  }

  /** An element's clip area from its own {@code clip-path} only, a group's ignored; or null. */
  Rectangle2D ownClip(Element e) {
    return clipArea(e);
  }

  private Rectangle2D clipArea(Element holder) {
    String ref = holder.getAttribute("clip-path").replaceAll("url\\(#(.*)\\)", "$1");
    for (Element c : SvgXml.elements(doc, "clipPath")) {
      if (c.getAttribute("id").equals(ref)) {
        Element path = (Element) c.getElementsByTagNameNS("*", "path").item(0);
        return bounds(path.getAttribute("d"));
      }
    }
    return null;
  }

  /** The rectangle whose top left corner and width are the area's. */
  Optional<Element> rectAt(Rectangle2D area) {
    return SvgXml.elements(doc, "rect").stream()
        .filter(r -> num(r, "x") == area.getMinX() && num(r, "y") == area.getMinY())
        .filter(r -> num(r, "width") == area.getWidth())
        .findFirst();
  }

  List<String> texts() {
    return SvgXml.texts(doc);
  }

  /** The first text with exactly this content. */
  Element text(String content) {
    return SvgXml.elements(doc, "text").stream()
        .filter(t -> t.getTextContent().equals(content))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no text " + content));
  }

  /** The contents of the texts that match a pattern, left to right. */
  List<String> textsLeftToRight(Pattern pattern) {
    return SvgXml.elements(doc, "text").stream()
        .filter(t -> pattern.matcher(t.getTextContent()).matches())
        .sorted(Comparator.comparingDouble(t -> num(t, "x")))
        .map(Element::getTextContent)
        .toList();
  }

  /**
   * The style of the swatch drawn just before a legend label: the last shape drawn before the label
   * that is neither invisible nor a definition.
   */
  Map<String, String> legendSwatch(String label) {
    Element text = text(label);
    Element swatch = null;
    for (Element e : SvgXml.elements(doc, "*")) {
      if (e == text) {
        break;
      }
      boolean shape = List.of("path", "line", "rect").contains(e.getLocalName());
      boolean inDefs =
          e.getParentNode() instanceof Element p && p.getLocalName().equals("clipPath");
      Map<String, String> s = style(e);
      boolean visible = !"none".equals(s.get("stroke")) || !"none".equals(s.get("fill"));
      if (shape && !inDefs && visible && !"rgb(255,255,255)".equals(s.get("fill"))) {
        swatch = e;
      }
    }
    if (swatch == null) {
      throw new AssertionError("no swatch before " + label);
    }
    return style(swatch);
  }

  /** The last rectangle or path drawn before an element, definitions left out. */
  Element shapeBefore(Element e) {
    Element before = null;
    for (Element s : SvgXml.elements(doc, "*")) {
      if (s == e) {
        break;
      }
      boolean shape = s.getLocalName().equals("rect") || s.getLocalName().equals("path");
      if (shape
          && !(s.getParentNode() instanceof Element p && p.getLocalName().equals("clipPath"))) {
        before = s;
      }
    }
    if (before == null) {
      throw new AssertionError("nothing drawn before " + e.getTextContent());
    }
    return before;
  }

  /** The bounding box of the coordinate pairs in a path's {@code d}. */
  static Rectangle2D bounds(String d) {
    Matcher m = NUMBER.matcher(d);
    List<Double> v = new ArrayList<>();
    while (m.find()) {
      v.add(Double.parseDouble(m.group()));
    }
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (int k = 0; k + 1 < v.size(); k += 2) {
      x0 = Math.min(x0, v.get(k));
      x1 = Math.max(x1, v.get(k));
      y0 = Math.min(y0, v.get(k + 1));
      y1 = Math.max(y1, v.get(k + 1));
    }
    return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
  }

  /** The {@code x,y} points of a path's {@code d}, in order. */
  static List<Point2D> points(String d) {
    Matcher m = POINT.matcher(d);
    List<Point2D> out = new ArrayList<>();
    while (m.find()) {
      out.add(new Point2D.Double(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
    }
    return out;
  }

  static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** A rectangle's right edge. */
  static double right(Element rect) {
    return num(rect, "x") + num(rect, "width");
  }

  /** A colour as the SVG writes it in a style, {@code rgb(r,g,b)}. */
  static String rgb(Color c) {
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }
}
