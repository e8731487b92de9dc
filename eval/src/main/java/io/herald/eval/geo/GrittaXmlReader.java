package io.herald.eval.geo;

import io.herald.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the XML formats of Milan Gritta's geoparsing corpora.
 *
 * <ul>
 *   <li>LGL: {@code <article docid>} with {@code <text>} and {@code <toponyms><toponym>} holding
 *       {@code <start>}, {@code <end>}, {@code <phrase>} and a {@code <gaztag>} with {@code <lat>}
 *       and {@code <lon>} (absent for streets and buildings: those become {@link
 *       GoldArticle#unlocated()}).
 *   <li>GeoVirus (also WikToR-style): {@code <article>} with {@code <source>}, {@code <text>} and
 *       {@code <locations><location>} holding {@code <name>}, {@code <start>}, {@code <end>},
 *       {@code <lat>}, {@code <lon>}.
 * </ul>
 *
 * The {@code <end>} offset is implied by the phrase; {@code <start>} is checked against the text: a
 * span that does not give its phrase is moved to the nearest offset (within 3 characters) that
 * does, else dropped, and both are counted.
 */
public final class GrittaXmlReader {
  private static final int MAX_SHIFT = 3;
  private static final Pattern HOST = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]+)");

  private GrittaXmlReader() {}

  /**
   * Reads a corpus.
   *
   * @throws IllegalArgumentException when the XML is malformed or an article has no text
   */
  public static GoldCorpus read(InputStream xml, String name) {
    Document doc = parse(xml, name);
    NodeList nodes = doc.getDocumentElement().getElementsByTagName("article");
    List<GoldArticle> articles = new ArrayList<>();
    int[] counts = new int[2];
    for (int i = 0; i < nodes.getLength(); i++) {
      articles.add(article((Element) nodes.item(i), i, name, counts));
    }
    return new GoldCorpus(articles, counts[0], counts[1]);
  }

  private static GoldArticle article(Element a, int index, String name, int[] counts) {
    String text =
        child(a, "text")
            .map(Node::getTextContent)
            .orElseThrow(
                () -> new IllegalArgumentException(name + ": article " + index + " has no <text>"));
    String id =
        a.getAttribute("docid").isEmpty() ? String.valueOf(index + 1) : a.getAttribute("docid");
    List<GoldToponym> toponyms = new ArrayList<>();
    List<Span> unlocated = new ArrayList<>();
    for (Element t : elements(a, "toponym", "location")) {
      String phrase =
          child(t, "phrase").or(() -> child(t, "name")).map(Node::getTextContent).orElse("");
      int start = integer(t, "start", name);
      Optional<Span> span = align(text, phrase, start);
      if (span.isEmpty()) {
        counts[1]++;
        continue;
      }
      if (span.get().start() != start) {
        counts[0]++;
      }
      Element where = child(t, "gaztag").orElse(t);
      Optional<Element> lat = child(where, "lat");
      Optional<Element> lon = child(where, "lon");
      if (lat.isPresent() && lon.isPresent()) {
        GeoPoint p =
            new GeoPoint(
                Double.parseDouble(lat.get().getTextContent().strip()),
                Double.parseDouble(lon.get().getTextContent().strip()));
        toponyms.add(new GoldToponym(span.get(), phrase, p));
      } else {
        unlocated.add(span.get());
      }
    }
    toponyms.sort((x, y) -> x.span().compareTo(y.span()));
    return new GoldArticle(id, text, toponyms, unlocated, source(a));
  }

  /** LGL's {@code <domain>}, else the host of a {@code <source>} address, else empty. */
  static String source(Element a) {
    Optional<String> domain = child(a, "domain").map(n -> n.getTextContent().strip());
    if (domain.isPresent()) {
      return domain.get();
    }
    String url = child(a, "source").map(n -> n.getTextContent().strip()).orElse("");
    Matcher host = HOST.matcher(url);
    return host.lookingAt() ? host.group(1) : url;
  }

  /** The span that gives {@code phrase}: the stated one, else the nearest shifted one. */
  static Optional<Span> align(String text, String phrase, int start) {
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    for (int d = 0; d <= MAX_SHIFT; d++) {
      for (int shift : d == 0 ? new int[] {0} : new int[] {-d, d}) {
        int s = start + shift;
        int e = s + phrase.length();
        if (s >= 0 && e <= text.length() && text.startsWith(phrase, s)) {
          return Optional.of(new Span(s, e));
        }
      }
    }
    return Optional.empty();
  }

  private static Document parse(InputStream xml, String name) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      f.setCoalescing(true);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new RethrowingHandler());
      return b.parse(xml);
    } catch (SAXException e) {
      throw new IllegalArgumentException(name + " is not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no usable XML parser", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Reports problems by the exception only, without the parser's default printing to stderr. */
  private static final class RethrowingHandler implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }

  private static List<Element> elements(Element parent, String... tags) {
    List<Element> out = new ArrayList<>();
    for (String tag : tags) {
      NodeList list = parent.getElementsByTagName(tag);
      for (int i = 0; i < list.getLength(); i++) {
        out.add((Element) list.item(i));
      }
    }
    return out;
  }

  private static Optional<Element> child(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static int integer(Element parent, String tag, String name) {
    String v =
        child(parent, tag)
            .map(Node::getTextContent)
            .orElseThrow(
                () -> new IllegalArgumentException(name + ": toponym without <" + tag + ">"));
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": <" + tag + "> is not a number: " + v, e);
    }
  }
}
