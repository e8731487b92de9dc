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
 * Curated features named together with one shared head ("the East and South China seas"): each name
 * is a feature of its own when the gazetteer holds both.
 */
final class CoordinatedFeatures {
  private static final Pattern COORDINATED =
      Pattern.compile(
          "\\b([A-Z][\\w-]+) and ([A-Z][\\w-]+) ((?:[A-Z][\\w-]+ )*)(seas|Seas|islands|Islands|oceans|Oceans|straits|Straits)\\b");

  private final Gazetteer gazetteer;

  CoordinatedFeatures(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The coordinated features of the article, two toponyms per pair, fixed to their features. */
  List<Toponym> find(ParsedArticle p) {
    List<Toponym> out = new ArrayList<>();
    String text = p.text();
    for (Matcher m = COORDINATED.matcher(text); m.find(); ) {
      String rest = m.group(3) + singular(m.group(4));
      Optional<GazetteerEntry> a = gazetteer.feature(m.group(1) + " " + rest);
      Optional<GazetteerEntry> b = gazetteer.feature(m.group(2) + " " + rest);
      if (a.isPresent() && b.isPresent()) {
        int sentence = ToponymRecognizer.sentenceAt(p, m.start());
        out.add(
            new Toponym(
                sentence,
                new Span(m.start(1), m.end(1)),
                a.get().name(),
                Optional.of(new Candidate(a.get(), false, "geo.feature-coordinated")),
                ""));
        out.add(
            new Toponym(
                sentence,
                new Span(m.start(2), m.end(4)),
                b.get().name(),
                Optional.of(new Candidate(b.get(), false, "geo.feature-coordinated")),
                ""));
      }
    }
    return out;
  }

  private static String singular(String plural) {
    String lower = plural.toLowerCase(Locale.ROOT);
    String one = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    return Character.toUpperCase(one.charAt(0)) + one.substring(1);
  }
}
