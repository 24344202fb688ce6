package io.github.thaw.report;

import io.github.thaw.model.ProcessModel;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Turns drawings into SVG elements that are byte-for-byte repeatable and safe to inline several
 * times in one page: every id inside a chart starts with the chart's id, numbers are written with
 * at most two decimals, and each element carries a {@code <title>} and {@code <desc>}.
 *
 * <p>The canvas is Apache Batik's {@link SVGGraphics2D} (Apache-2.0) on a DOM document of the JDK's
 * own XML implementation, so no second DOM library joins the class path. Batik writes the Java
 * graphics state as SVG presentation attributes, the defaults on the root element and each change
 * on a group; text stays {@code <text>}, never glyph outlines.
 */
final class SvgCanvas {
  /**
   * Java measures text with its logical SansSerif font, DejaVu Sans on most Linux systems; asking
   * for it first keeps the browser's text the width the layout was computed for, and Verdana is the
   * closest common fallback.
   */
  static final String FONT_FAMILY = "\"DejaVu Sans\", Verdana, sans-serif";

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();
  private static final Graphics2D MEASURE = measuringGraphics();

  static {
    DOCUMENTS.setNamespaceAware(true);
    // JFreeChart draws rotated text (vertical axis labels) as glyph outlines by default, a
    // workaround for a JDK 1.3 bug; plain drawString keeps it as SVG text that can be selected,
    // searched and read aloud. This is a JVM-wide JFreeChart setting, harmless on current JDKs.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private SvgCanvas() {}

  private static Graphics2D measuringGraphics() {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return g;
  }

  /**
   * A fresh canvas whose ids are prefixed with the chart id and whose numbers have two decimals.
   */
  static SVGGraphics2D graphics(String id, int width, int height) {
    Document doc;
    synchronized (DOCUMENTS) {
      try {
        doc = DOCUMENTS.newDocumentBuilder().newDocument();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("the JDK's XML implementation has no DOM builder", e);
      }
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
    // Batik's default comment names Batik; the chart carries its own title instead.
    context.setComment(null);
    context.setPrecision(2);
    context.setIDGenerator(new PrefixedIds(id + "-"));
    SVGGraphics2D g = new Canvas(context);
    g.setSVGCanvasSize(new Dimension(width, height));
    // Text is measured as a browser lays it out, at fractional widths: rounding each glyph's
    // advance to a whole pixel would misplace right-aligned and centred labels by a few pixels.
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return g;
  }

  /**
   * How wide text in a font is, at the fractional widths a browser uses; Batik's own {@code
   * getFontMetrics} measures on a canvas of whole-pixel advances instead.
   */
  static FontMetrics metrics(Font font) {
    return MEASURE.getFontMetrics(font);
  }

  /**
   * Batik's canvas, measuring text as {@link #metrics} does: JFreeChart lays out axis labels and
   * legends with {@code getFontMetrics(Font)}, which Batik answers at whole-pixel glyph widths.
   */
  private static final class Canvas extends SVGGraphics2D {
    Canvas(SVGGeneratorContext context) {
      super(context, false);
    }

    private Canvas(Canvas g) {
      super(g);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
      return metrics(f);
    }

    @Override
    public Graphics create() {
      return new Canvas(this);
    }
  }

  /**
   * Ids {@code <chart>-clipPath1}, {@code <chart>-clipPath2}, …: counted per canvas, so repeatable.
   */
  private static final class PrefixedIds extends SVGIDGenerator {
    private final String prefix;

    PrefixedIds(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String generateID(String kind) {
      return super.generateID(prefix + kind);
    }
  }

  /** Draws a chart twice if asked: once to learn its layout, once for real. */
  static ChartRenderingInfo layout(JFreeChart chart, int width, int height) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(
        graphics("layout", width, height), new Rectangle2D.Double(0, 0, width, height), info);
    return info;
  }

  /** Draws a chart and wraps it as an {@link SvgChart}. */
  static SvgChart render(
      JFreeChart chart, String id, int width, int height, String title, String description) {
    SVGGraphics2D g = graphics(id, width, height);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return finish(g, id, width, height, title, description);
  }

  /**
   * Ends a group: what was drawn since the last group (or the start) becomes a {@code <g>} with
   * this id and a {@code <title>} that a browser shows as a tooltip.
   *
   * @param parts the groups so far, in drawing order; the new group is added
   */
  static void group(SVGGraphics2D g, List<Element> parts, String id, String title) {
    Element group = g.getTopLevelGroup(false);
    group.setAttribute("id", id);
    Element t = group.getOwnerDocument().createElementNS(SVG_NS, "title");
    t.setTextContent(title);
    group.insertBefore(t, group.getFirstChild());
    parts.add(group);
  }

  /**
   * Ends an unnamed stretch of drawing, to keep it apart from the group that follows.
   *
   * @param parts the groups so far, in drawing order; the new group is added
   */
  static void flush(SVGGraphics2D g, List<Element> parts) {
    parts.add(g.getTopLevelGroup(false));
  }

  /** Wraps what was drawn on a canvas as an {@link SvgChart}. */
  static SvgChart finish(
      SVGGraphics2D g, String id, int width, int height, String title, String description) {
    return finish(g, new ArrayList<>(), id, width, height, title, description);
  }

  /** Wraps groups ended earlier and what was drawn after them as an {@link SvgChart}. */
  static SvgChart finish(
      SVGGraphics2D g,
      List<Element> parts,
      String id,
      int width,
      int height,
      String title,
      String description) {
    Element root = g.getRoot();
    Document doc = root.getOwnerDocument();
    // The groups ended earlier go first, in order; their definitions are in the last group.
    Node first = root.getFirstChild();
    for (Element part : parts) {
      root.insertBefore(part, first);
    }
    root.setAttribute("xmlns", SVG_NS);
    root.setAttribute("id", id);
    root.setAttribute("viewBox", "0 0 " + width + " " + height);
    root.setAttribute("role", "img");
    root.setAttribute("aria-labelledby", id + "-title " + id + "-desc");
    Element desc = doc.createElementNS(SVG_NS, "desc");
    desc.setAttribute("id", id + "-desc");
    desc.setTextContent(description);
    root.insertBefore(desc, root.getFirstChild());
    Element t = doc.createElementNS(SVG_NS, "title");
    t.setAttribute("id", id + "-title");
    t.setTextContent(title);
    root.insertBefore(t, root.getFirstChild());
    tidy(root, id);
    StringBuilder out = new StringBuilder();
    write(root, out);
    return new SvgChart(id, title, out.toString());
  }

  /**
   * Empty definition lists and unnamed groups go; the rest get ids with the chart's prefix; Java's
   * logical font names become {@link #FONT_FAMILY}.
   */
  private static void tidy(Element e, String id) {
    boolean emptyGroup = e.getLocalName().equals("g") && !e.hasAttribute("id");
    if ((e.getLocalName().equals("defs") || emptyGroup) && !e.hasChildNodes()) {
      e.getParentNode().removeChild(e);
      return;
    }
    if (e.hasAttribute("id") && !e.getAttribute("id").startsWith(id)) {
      e.setAttribute("id", id + "-" + e.getAttribute("id"));
    }
    if (e.hasAttribute("font-family")) {
      e.setAttribute("font-family", FONT_FAMILY);
    }
    List<Element> children = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        children.add(c);
      }
    }
    children.forEach(c -> tidy(c, id));
  }

  /**
   * Compact XML: no declaration, no DOCTYPE, no whitespace between elements; an element's id comes
   * first and attribute values are in single quotes, as the report has always written them.
   */
  private static void write(Node node, StringBuilder out) {
    if (node instanceof Element e) {
      out.append('<').append(e.getNodeName());
      if (e.hasAttribute("id")) {
        attribute("id", e.getAttribute("id"), out);
      }
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if (!a.getName().equals("id")) {
          attribute(a.getName(), a.getValue(), out);
        }
      }
      if (!e.hasChildNodes()) {
        out.append("/>");
        return;
      }
      out.append('>');
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        write(n, out);
      }
      out.append("</").append(e.getNodeName()).append('>');
    } else if (node.getNodeType() == Node.TEXT_NODE
        || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      escape(node.getNodeValue(), out, false);
    }
  }

  private static void attribute(String name, String value, StringBuilder out) {
    out.append(' ').append(name).append("='");
    escape(value, out, true);
    out.append('\'');
  }

  private static void escape(String s, StringBuilder out, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\'' -> out.append(attribute ? "&#39;" : "'");
        default -> out.append(c);
      }
    }
  }

  /** {@code Source: Thaw, model 'name', 5 sources}. */
  static String sourceLine(ProcessModel model) {
    int n = model.sources().size();
    return "Source: Thaw, model '" + model.name() + "', " + n + (n == 1 ? " source" : " sources");
  }

  /**
   * A coordinate with at most two decimals and no trailing zeros, independent of the locale;
   * hundredths of a pixel are far below what any screen or printer shows.
   */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "0";
    }
    long r = Math.round(v * 100);
    StringBuilder out = new StringBuilder();
    if (r < 0) {
      out.append('-');
      r = -r;
    }
    out.append(r / 100);
    long frac = r % 100;
    if (frac != 0) {
      out.append('.').append(frac / 10);
      if (frac % 10 != 0) {
        out.append(frac % 10);
      }
    }
    return out.toString();
  }
}
