package io.herald.geo;

import io.herald.model.Article;
import io.herald.model.PlaceKind;
import io.herald.model.Span;
import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hand-tagged one-sentence articles and small gazetteer entries for tests; no model is loaded. */
final class TaggedText {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'.-]+|\\S");

  static final Countries COUNTRIES =
      Countries.of(
          List.of(
              country("USA", "US", "United States", "American", 38, -97),
              country("EGY", "EG", "Egypt", "Egyptian", 27, 30),
              country("GBR", "GB", "United Kingdom", "British", 54, -2)));

  private TaggedText() {}

  /**
   * One sentence of {@code text}, split on spaces and punctuation, every token a proper noun, the
   * given phrases tagged with the given NER classes and the words lowercase in {@code text} tagged
   * as common words.
   */
  static ParsedArticle parse(String text, Map<String, String> tags) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), w, w, pos, "O", "", new Span(m.start(), m.end())));
    }
    for (Map.Entry<String, String> t : tags.entrySet()) {
      for (int at = text.indexOf(t.getKey()); at >= 0; at = text.indexOf(t.getKey(), at + 1)) {
        Span phrase = new Span(at, at + t.getKey().length());
        for (int i = 0; i < tokens.size(); i++) {
          Token k = tokens.get(i);
          if (phrase.contains(k.span())) {
            tokens.set(
                i, new Token(k.index(), k.word(), k.lemma(), k.pos(), t.getValue(), "", k.span()));
          }
        }
      }
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens, List.of());
    Article a = new Article("t", "", text, Optional.empty(), "", "");
    return new ParsedArticle(a, List.of(s), List.of(), List.of(), List.of(), List.of());
  }

  /** As {@link #parse}, untagged, with a new sentence after each " . ". */
  static ParsedArticle parseSentences(String text) {
    ParsedArticle whole = parse(text, Map.of());
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int start = 0;
    for (Token t : whole.sentences().get(0).tokens()) {
      current.add(new Token(current.size(), t.word(), t.lemma(), t.pos(), t.ner(), "", t.span()));
      if (t.word().equals(".")) {
        sentences.add(
            new Sentence(sentences.size(), new Span(start, t.span().end()), current, List.of()));
        current = new ArrayList<>();
        start = t.span().end() + 1;
      }
    }
    if (!current.isEmpty()) {
      sentences.add(
          new Sentence(sentences.size(), new Span(start, text.length()), current, List.of()));
    }
    return new ParsedArticle(
        whole.article(), sentences, List.of(), List.of(), List.of(), List.of());
  }

  static Country country(
      String iso3, String iso2, String name, String demonym, double lat, double lon) {
    return new Country(iso3, iso2, name, List.of(name), List.of(demonym), List.of(), lat, lon);
  }

  static GazetteerEntry city(
      long id,
      String name,
      String iso3,
      String admin1,
      String code,
      long pop,
      double lat,
      double lon) {
    return new GazetteerEntry(id, name, PlaceKind.CITY, iso3, admin1, code, pop, lat, lon);
  }

  static GazetteerEntry county(String name, String state, double lat, double lon) {
    return new GazetteerEntry(0, name, PlaceKind.ADMIN2, "USA", state, "", 0, lat, lon);
  }

  static GazetteerEntry region(String name, String code, double lat, double lon) {
    return new GazetteerEntry(0, name, PlaceKind.ADMIN1, "USA", code, "state", 0, lat, lon);
  }
}
