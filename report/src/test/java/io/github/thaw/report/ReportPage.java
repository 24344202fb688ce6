package io.github.thaw.report;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A report page read the way a reader sees it: sections by id, and in each the text of its
 * headings, paragraphs, list items and table cells, with runs of white space collapsed. Built on
 * the report's being well-formed XML.
 */
final class ReportPage {
  private final Document doc;

  private ReportPage(Document doc) {
    this.doc = doc;
  }

  static ReportPage of(HtmlReport report) {
    try {
      return new ReportPage(SvgXml.parse(report.html()));
    } catch (Exception e) {
      throw new AssertionError("the report is not well-formed XML", e);
    }
  }

  Document document() {
    return doc;
  }

  /** The section with this id; fails if there is none. */
  Element section(String id) {
    for (Element s : SvgXml.elements(doc, "section")) {
      if (s.getAttribute("id").equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no section " + id);
  }

  /** The ids of the sections, in page order. */
  List<String> sectionIds() {
    return SvgXml.elements(doc, "section").stream().map(e -> e.getAttribute("id")).toList();
  }

  /** The text of a section's paragraphs, in order. */
  List<String> paragraphs(String section) {
    return texts(section(section), "p");
  }

  /** The text of a section's list items, in order, nested lists included. */
  List<String> items(String section) {
    return texts(section(section), "li");
  }

  /** The text of a section's headings of one level, such as {@code h3}. */
  List<String> headings(String section, String level) {
    return texts(section(section), level);
  }

  /** The ids of the figures in a section, in order. */
  List<String> figures(String section) {
    return descendants(section(section), "figure").stream().map(e -> e.getAttribute("id")).toList();
  }

  /** The tables of a section, in order. */
  List<Table> tables(String section) {
    return descendants(section(section), "table").stream().map(Table::new).toList();
  }

  /** The one table of a section whose first header is {@code firstHeader}. */
  Table table(String section, String firstHeader) {
    List<Table> found =
        tables(section).stream().filter(t -> t.headers().get(0).equals(firstHeader)).toList();
    if (found.size() != 1) {
      throw new AssertionError(
          found.size() + " tables in " + section + " start with the header " + firstHeader);
    }
    return found.get(0);
  }

  /** The element right after the heading (any level) that reads {@code heading}. */
  Element after(String section, String heading) {
    for (String level : List.of("h3", "h4")) {
      for (Element h : descendants(section(section), level)) {
        if (text(h).equals(heading)) {
          Node n = h.getNextSibling();
          while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
          }
          if (n == null) {
            throw new AssertionError("nothing follows the heading " + heading);
          }
          return (Element) n;
        }
      }
    }
    throw new AssertionError("no heading " + heading + " in " + section);
  }

  /** The text of the list items right after a heading, or of the paragraph there as one item. */
  List<String> under(String section, String heading) {
    Element e = after(section, heading);
    return e.getLocalName().equals("ul") ? children(e, "li") : List.of(text(e));
  }

  /** The text of the paragraphs of a section that have a class. */
  List<String> paragraphs(String section, String cssClass) {
    return descendants(section(section), "p").stream()
        .filter(p -> p.getAttribute("class").equals(cssClass))
        .map(ReportPage::text)
        .toList();
  }

  /** The text of an element's direct children with a local name. */
  static List<String> children(Element parent, String localName) {
    List<String> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(localName)) {
        out.add(text(e));
      }
    }
    return out;
  }

  /** The whole text of a section, white space collapsed. */
  String text(String section) {
    return text(section(section));
  }

  static String text(Node n) {
    return n.getTextContent().replaceAll("\\s+", " ").trim();
  }

  static List<String> texts(Element root, String localName) {
    return descendants(root, localName).stream().map(ReportPage::text).toList();
  }

  static List<Element> descendants(Element root, String localName) {
    NodeList nodes = root.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** A table: header texts and, for each body row, its cells. */
  static final class Table {
    private final Element table;

    Table(Element table) {
      this.table = table;
    }

    List<String> headers() {
      return texts(table, "th");
    }

    List<Row> rows() {
      Element body = descendants(table, "tbody").get(0);
      return descendants(body, "tr").stream().map(Row::new).toList();
    }

    /** The text of one column, top to bottom. */
    List<String> column(int i) {
      return rows().stream().map(r -> r.text(i)).toList();
    }

    /** The row whose first cell reads {@code first}; fails unless there is exactly one. */
    Row row(String first) {
      List<Row> found = rows().stream().filter(r -> r.text(0).equals(first)).toList();
      if (found.size() != 1) {
        throw new AssertionError(found.size() + " rows start with " + first);
      }
      return found.get(0);
    }
  }

  /** One table row. */
  static final class Row {
    private final List<Element> cells;

    Row(Element tr) {
      cells = descendants(tr, "td");
    }

    Element cell(int i) {
      return cells.get(i);
    }

    String text(int i) {
      return ReportPage.text(cells.get(i));
    }

    List<String> texts() {
      return cells.stream().map(ReportPage::text).toList();
    }

    /** The class of the first {@code span} in a cell, or "" if it has none. */
    String spanClass(int i) {
      List<Element> spans = descendants(cells.get(i), "span");
      return spans.isEmpty() ? "" : spans.get(0).getAttribute("class");
    }
  }
}
