package io.herald.ingest;

import io.herald.model.Article;
import io.herald.model.ContentHash;
import io.herald.model.IngestError;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;

/**
 * Articles from a news feed: RSS 2.0 and 0.9x ({@code <item>} in {@code <channel>}), RSS 1.0/RDF
 * and Atom ({@code <entry>}). Each item becomes an article: its title, link, publication date
 * ({@code pubDate}, {@code dc:date}, {@code published} or {@code updated}), the feed's title as
 * source, and as text the item's full content when given ({@code content:encoded}, Atom {@code
 * content}), else its description or summary, HTML turned into paragraphs. The id is stable per
 * item (from its guid, id or link), so a corrected item replaces the earlier version on a re-run.
 *
 * <p>The XML is read strictly and without DTDs or external entities (a feed cannot make Herald read
 * local files or other hosts). Malformed XML is an error naming the file, line and column; the
 * items read before it are kept. An item without text, or with an impossible date, is an error
 * naming the file and the item's number; the others are read.
 */
final class Feed {
  private Feed() {}

  /** One item's fields as read. */
  private static final class Item {
    String title = "";
    String link = "";
    String guid = "";
    String date = "";
    String content = "";
    String description = "";
  }

  static List<ArticleStream.Item> read(
      String origin, String idStem, InputStream in, ReadOptions options) {
    List<ArticleStream.Item> out = new ArrayList<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml = null;
    int items = 0;
    try {
      xml = factory.createXMLStreamReader(in);
      String root = rootElement(xml);
      if (!List.of("rss", "rdf", "feed").contains(root)) {
        out.add(failed(origin, "XML but not an RSS or Atom feed (root element <" + root + ">)"));
        return out;
      }
      String feedTitle = "";
      int depth = 1;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = xml.getLocalName().toLowerCase(Locale.ROOT);
          if (name.equals("item") || name.equals("entry")) {
            items++;
            Item item = item(xml, name);
            depth--;
            out.add(article(origin, idStem, items, item, feedTitle, options));
          } else if (name.equals("title") && feedTitle.isEmpty() && depth <= 3) {
            feedTitle = Jsoup.parseBodyFragment(text(xml)).text().strip();
            depth--;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      if (items == 0) {
        out.add(failed(origin, "a feed without items"));
      }
    } catch (XMLStreamException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber();
      String kept = items > 1 ? " (" + (items - 1) + " items before it were read)" : "";
      out.add(failed(origin, "malformed XML" + where + ": " + message(e) + kept));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing left to read
        }
      }
    }
    return out;
  }

  private static String rootElement(XMLStreamReader xml) throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT) {
        return xml.getLocalName().toLowerCase(Locale.ROOT);
      }
    }
    throw new XMLStreamException("no root element");
  }

  /** Prefixes of the namespaces whose elements feeds use for an item's fields. */
  private static final List<String> FIELD_PREFIXES =
      List.of("", "content", "dc", "dcterms", "atom");

  /** Reads the item the reader stands on, up to its end tag. */
  private static Item item(XMLStreamReader xml, String tag) throws XMLStreamException {
    Item item = new Item();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return item;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.getLocalName().toLowerCase(Locale.ROOT);
      String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
      if (!FIELD_PREFIXES.contains(prefix)) {
        text(xml); // media:content, media:title and the like: skipped whole
        continue;
      }
      switch (name) {
        case "title" -> item.title = text(xml);
        case "link" -> {
          String href = xml.getAttributeValue(null, "href");
          String rel = xml.getAttributeValue(null, "rel");
          String value = text(xml);
          if (href != null) {
            value = href;
          }
          if (item.link.isEmpty() || "alternate".equals(rel)) {
            item.link = value.strip();
          }
        }
        case "guid", "id" -> item.guid = text(xml).strip();
        case "pubdate", "published", "date", "issued" -> item.date = text(xml);
        case "updated", "modified" -> {
          String value = text(xml);
          if (item.date.isEmpty()) {
            item.date = value;
          }
        }
        case "encoded", "content" -> item.content = text(xml);
        case "description", "summary" -> item.description = text(xml);
        default -> text(xml);
      }
    }
    throw new XMLStreamException("the feed ends inside an <" + tag + ">");
  }

  /**
   * All character data of the element the reader stands on, its children's included (Atom's {@code
   * type="xhtml"} content is markup, not text), leaving the reader on its end tag. Child elements
   * are separated by a space, paragraphs and line breaks by a blank line, so HTML read back from it
   * keeps them apart.
   */
  private static String text(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            sb.append(xml.getText());
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          sb.append(block(xml.getLocalName()) ? "<p>" : " ");
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == 0) {
            return sb.toString();
          }
          depth--;
          sb.append(block(xml.getLocalName()) ? "</p>" : " ");
        }
        default -> {
          // comments and processing instructions carry no text
        }
      }
    }
    throw new XMLStreamException("the feed ends inside an element");
  }

  /** Elements that end a paragraph of the text read back as HTML. */
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "br", "li", "blockquote", "h1", "h2", "h3");

  private static boolean block(String name) {
    return BLOCKS.contains(name.toLowerCase(Locale.ROOT));
  }

  private static ArticleStream.Item article(
      String origin, String idStem, int number, Item item, String feedTitle, ReadOptions options) {
    String where = origin + " item " + number;
    try {
      String html = item.content.isBlank() ? item.description : item.content;
      String text = html.isBlank() ? "" : HtmlText.of(Jsoup.parseBodyFragment(html));
      if (text.isBlank()) {
        throw new BadInputException("feed item without text (no content or description)");
      }
      Optional<String> problem = TextChecks.problemWithBody(text);
      if (problem.isPresent()) {
        throw new BadInputException(problem.get());
      }
      Optional<LocalDate> date = options.date();
      if (!item.date.isBlank()) {
        date = Optional.of(PublicationDates.parse(item.date));
      }
      String title = Jsoup.parseBodyFragment(item.title).text().strip();
      String key = !item.guid.isEmpty() ? item.guid : !item.link.isEmpty() ? item.link : title;
      String id = idStem + "-" + ContentHash.of(key, key.isEmpty() ? text : "").substring(0, 12);
      return new ArticleStream.Read(
          new Article(id, title, text, date, feedTitle, item.link), where);
    } catch (BadInputException e) {
      return failed(where, e.getMessage());
    }
  }

  private static ArticleStream.Failed failed(String where, String problem) {
    return new ArticleStream.Failed(new IngestError(where, problem));
  }

  private static String message(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
  }
}
