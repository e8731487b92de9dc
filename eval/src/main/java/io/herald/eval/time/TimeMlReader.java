package io.herald.eval.time;

import io.herald.model.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads TimeML 1.2 files (TimeBank, AQUAINT, TempEval-3): the TEXT element's characters and the
 * offsets of its TIMEX3s in them, and the document creation time.
 */
public final class TimeMlReader {
  private static final String CREATION_TIME = "CREATION_TIME";

  /**
   * The {@code .tml} files under {@code root} (or {@code root} itself when it is a file), sorted by
   * path.
   *
   * @throws UncheckedIOException when the directory cannot be listed
   */
  public static List<Path> files(Path root) {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /**
   * Reads one file; the document id is its name without {@code .tml}.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when it is not well-formed TimeML with one TEXT element
   */
  public TimeMlDocument read(Path file) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
    try {
      return read(id, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Parses TimeML held in a string.
   *
   * @throws IllegalArgumentException when it is not well-formed TimeML with one TEXT element
   */
  public TimeMlDocument read(String id, String xml) {
    Document dom = parse(id, xml);
    NodeList texts = dom.getElementsByTagName("TEXT");
    if (texts.getLength() != 1) {
      throw new IllegalArgumentException(
          id + ": expected one TEXT element, found " + texts.getLength());
    }
    StringBuilder text = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    collect(texts.item(0), text, timexes);
    timexes.sort((a, b) -> a.span().compareTo(b.span()));
    NodeList titles = dom.getElementsByTagName("TITLE");
    String title = titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
    return new TimeMlDocument(id, title, text.toString(), creationTime(dom), timexes);
  }

  private static Document parse(String id, String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      // Gold files are data, not programs: no DTDs, no external entities.
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no usable XML parser: " + e.getMessage(), e);
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException(id + ": not well-formed TimeML: " + e.getMessage(), e);
    }
  }

  /** Appends the characters under {@code node} to {@code text}, recording TIMEX3 offsets. */
  private static void collect(Node node, StringBuilder text, List<GoldTimex> out) {
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node c = children.item(i);
      switch (c.getNodeType()) {
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(c.getNodeValue());
        case Node.ELEMENT_NODE -> {
          int start = text.length();
          collect(c, text, out);
          Element e = (Element) c;
          if (e.getTagName().equals("TIMEX3")
              && !CREATION_TIME.equals(e.getAttribute("functionInDocument"))) {
            Span span = new Span(start, text.length());
            out.add(
                new GoldTimex(
                    e.getAttribute("tid"),
                    span,
                    span.of(text),
                    e.getAttribute("type"),
                    e.getAttribute("value")));
          }
        }
        default -> {
          // comments and processing instructions carry no text
        }
      }
    }
  }

  private static String creationTime(Document dom) {
    NodeList all = dom.getElementsByTagName("TIMEX3");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (CREATION_TIME.equals(e.getAttribute("functionInDocument"))) {
        return e.getAttribute("value");
      }
    }
    return "";
  }
}
