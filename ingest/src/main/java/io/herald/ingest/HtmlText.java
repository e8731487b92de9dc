package io.herald.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The story text of an HTML page or fragment: its paragraphs, one per line with a blank line
 * between, without menus, scripts, captions or boilerplate. An {@code <article>} element is taken
 * when the page has one with paragraphs; otherwise the element whose own paragraphs hold the most
 * text (the story's container, not the sidebar). A fragment without paragraphs (a feed item's plain
 * description) gives its text.
 */
final class HtmlText {
  private static final String NOT_STORY =
      "script, style, noscript, template, nav, header, footer, aside, form, button, figure,"
          + " figcaption, iframe, svg, select, [aria-hidden=true], [hidden]";

  private HtmlText() {}

  /** The story text; empty when the page has none. */
  static String of(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body.select(NOT_STORY).remove();
    Optional<Element> container = container(body);
    if (container.isPresent()) {
      List<String> paragraphs = new ArrayList<>();
      for (Element p : container.get().select("p, h2, h3, blockquote")) {
        if (p.tagName().equals("blockquote") && !p.select("p").isEmpty()) {
          continue; // its paragraphs come on their own
        }
        String t = p.text().strip();
        if (!t.isEmpty()) {
          paragraphs.add(t);
        }
      }
      if (!paragraphs.isEmpty()) {
        return String.join("\n\n", paragraphs);
      }
    }
    return body.text().strip();
  }

  private static Optional<Element> container(Element body) {
    for (Element article : body.select("article, main, [itemprop=articleBody]")) {
      if (textOfParagraphs(article.select("p")) > 0) {
        return Optional.of(article);
      }
    }
    Element best = null;
    int bestLength = 0;
    for (Element e : body.getAllElements()) {
      int own = 0;
      for (Element child : e.children()) {
        if (child.tagName().equals("p")) {
          own += child.text().length();
        }
      }
      if (own > bestLength) {
        best = e;
        bestLength = own;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int textOfParagraphs(Elements paragraphs) {
    int n = 0;
    for (Element p : paragraphs) {
      n += p.text().length();
    }
    return n;
  }
}
