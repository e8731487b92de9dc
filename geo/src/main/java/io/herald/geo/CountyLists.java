package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counties named in a list with one shared head ("Barrow, Jackson and Madison counties", "Walton
 * and Oconee counties"): each name is a county of its own when the gazetteer holds a county of that
 * name ("Jackson County").
 */
final class CountyLists {
  private static final String NAME = "[A-Z][\\p{L}.'-]*(?: [A-Z][\\p{L}.'-]*)?";

  private static final Pattern LIST =
      Pattern.compile(
          "\\b((?:"
              + NAME
              + ", )*"
              + NAME
              + ",? and "
              + NAME
              + ") (counties|Counties|parishes|Parishes)\\b");

  private static final Pattern ITEM = Pattern.compile(NAME);

  private final Gazetteer gazetteer;

  CountyLists(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The listed counties of the article, each a toponym over its own name whose text is the county's
   * full name ("Jackson County"), resolved later like any county name.
   */
  List<Toponym> find(ParsedArticle p) {
    List<Toponym> out = new ArrayList<>();
    String text = p.text();
    for (Matcher m = LIST.matcher(text); m.find(); ) {
      String head = m.group(2).toLowerCase(Locale.ROOT).startsWith("c") ? "County" : "Parish";
      List<Toponym> items = new ArrayList<>();
      for (Matcher i = ITEM.matcher(m.group(1)); i.find(); ) {
        String full = i.group() + " " + head;
        if (gazetteer.counties(full).isEmpty()) {
          // the list starts later ("Officials in Barrow, Jackson and Madison counties")
          items.clear();
          continue;
        }
        Span span = new Span(m.start(1) + i.start(), m.start(1) + i.end());
        items.add(
            new Toponym(
                ToponymRecognizer.sentenceAt(p, span.start()),
                span,
                full,
                Optional.empty(),
                "geo.county-list"));
      }
      if (items.size() >= 2) {
        out.addAll(items);
      }
    }
    return out;
  }
}
