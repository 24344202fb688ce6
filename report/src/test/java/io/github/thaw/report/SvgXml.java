package io.github.thaw.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses SVG and XHTML-compatible HTML with the JDK's XML parser, refusing any DTD or entity. */
final class SvgXml {
  private SvgXml() {}

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new InputSource(new StringReader(xml)));
  }

  /** Every element with the given local name, in document order. */
  static List<Element> elements(Document doc, String localName) {
    NodeList nodes = doc.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** The text of every {@code <text>} element. */
  static List<String> texts(Document doc) {
    return elements(doc, "text").stream().map(Element::getTextContent).toList();
  }

  /** The text of the root's first {@code <title>} child. */
  static String title(Document doc) {
    Element root = doc.getDocumentElement();
    for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("title")) {
        return e.getTextContent();
      }
    }
    return null;
  }

  /** Every {@code id} attribute in the document. */
  static List<String> ids(Document doc) {
    List<String> out = new ArrayList<>();
    for (Element e : elements(doc, "*")) {
      if (e.hasAttribute("id")) {
        out.add(e.getAttribute("id"));
      }
    }
    return out;
  }
}
