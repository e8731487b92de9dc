package io.herald.eval.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads PETRARCH2's unit-test records ({@code PETR.UnitTest.records.xml}): each {@code Sentence}
 * with its {@code EventCoding} expectations. Records marked {@code noevents} or with an {@code
 * error} expectation (discards, bad parses) expect no event. {@code <Config option="require_dyad"
 * value="false">} between records applies to the records after it until the next such element, as
 * in PETRARCH's own test runner; other options are kept by name on each record.
 */
public final class SuiteReader {
  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  public List<SuiteRecord> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  public List<SuiteRecord> read(InputStream in, String origin) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      doc = b.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalArgumentException(
          origin + ": not PETRARCH unit-test XML: " + e.getMessage(), e);
    }
    List<SuiteRecord> out = new ArrayList<>();
    Map<String, String> options = new TreeMap<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element s = (Element) all.item(i);
      if (s.getTagName().equals("Config")
          && !(s.getParentNode() instanceof Element p && p.getTagName().equals("Environment"))) {
        options.put(
            s.getAttribute("option").strip().toLowerCase(Locale.ROOT),
            s.getAttribute("value").strip());
        continue;
      }
      if (!s.getTagName().equals("Sentence")) {
        continue;
      }
      Set<SuiteRecord.Triple> expected = new HashSet<>();
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.hasAttribute("sourcecode")) {
          expected.add(
              new SuiteRecord.Triple(
                  c.getAttribute("sourcecode").strip(),
                  c.getAttribute("targetcode").strip(),
                  c.getAttribute("eventcode").strip()));
        }
      }
      NodeList texts = s.getElementsByTagName("Text");
      String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent();
      text = text.replaceAll("\\s+", " ").strip();
      NodeList parses = s.getElementsByTagName("Parse");
      String parse = parses.getLength() == 0 ? "" : parses.item(0).getTextContent();
      LocalDate date;
      try {
        date = LocalDate.parse(s.getAttribute("date").strip(), YYYYMMDD);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            origin + ": record " + s.getAttribute("id") + " has no valid date", e);
      }
      out.add(
          new SuiteRecord(
              s.getAttribute("id"),
              s.getAttribute("category"),
              date,
              text,
              expected,
              options,
              parse));
    }
    return out;
  }
}
