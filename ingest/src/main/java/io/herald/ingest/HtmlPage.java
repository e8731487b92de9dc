package io.herald.ingest;

import io.herald.model.Article;
import io.herald.model.ContentHash;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article from a saved web page: headline, publication date, canonical address and site name
 * from the page's metadata (Open Graph, {@code article:published_time}, schema.org, {@code
 * <time>}), the story from its paragraphs ({@link HtmlText}). Spans index into that extracted text,
 * which is what the store keeps as the article's text. The parser is lenient as browsers are, so
 * broken markup still yields its text; a page with no story text, or whose stated date is
 * impossible, is an error.
 */
final class HtmlPage {
  private static final Pattern LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

  private HtmlPage() {}

  /**
   * Reads a page from its bytes; the character set comes from a byte-order mark or the page's
   * {@code <meta charset>}, else UTF-8.
   */
  static Article read(String idStem, byte[] bytes, ReadOptions options) throws BadInputException {
    if (TextChecks.binary(bytes)) {
      throw new BadInputException("binary content (NUL bytes), not an HTML page");
    }
    Document doc;
    try {
      doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
    } catch (java.io.IOException | java.nio.charset.IllegalCharsetNameException e) {
      throw new BadInputException("unreadable HTML: " + e.getMessage());
    }
    String title =
        first(
            meta(doc, "meta[property=og:title]"),
            doc.title(),
            Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).orElse(""));
    Optional<LocalDate> date = options.date();
    String rawDate = publicationDate(doc);
    if (!rawDate.isEmpty()) {
      date = Optional.of(PublicationDates.parse(rawDate));
    }
    String url =
        first(
            Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .map(e -> e.attr("href"))
                .orElse(""),
            meta(doc, "meta[property=og:url]"));
    String source = meta(doc, "meta[property=og:site_name]");
    String body = HtmlText.of(doc);
    if (body.isBlank()) {
      throw new BadInputException("HTML without story text (no paragraphs or body text)");
    }
    Optional<String> problem = TextChecks.problemWithBody(body);
    if (problem.isPresent()) {
      throw new BadInputException(problem.get());
    }
    String hash = ContentHash.of(title, body);
    return new Article(
        idStem + "-" + hash.substring(0, 8), title.strip(), body, date, source.strip(), url);
  }

  private static String publicationDate(Document doc) {
    String meta =
        first(
            meta(doc, "meta[property=article:published_time]"),
            meta(doc, "meta[itemprop=datePublished]"),
            meta(doc, "meta[name=pubdate]"),
            meta(doc, "meta[name=publishdate]"),
            meta(doc, "meta[name=date]"),
            meta(doc, "meta[name=dc.date.issued]"),
            meta(doc, "meta[name=dcterms.date]"));
    if (!meta.isEmpty()) {
      return meta;
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = LD_DATE.matcher(script.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? "" : time.attr("datetime");
  }

  private static String meta(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    return e == null ? "" : e.attr("content").strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
