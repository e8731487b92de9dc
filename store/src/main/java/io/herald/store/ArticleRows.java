package io.herald.store;

import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.Event;
import io.herald.model.Participant;
import io.herald.model.Place;
import io.herald.model.Quote;
import io.herald.model.Span;
import io.herald.model.Speaker;
import io.herald.model.TimeExpression;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one analysed article into table rows, with {@code null} for every absent value. Pure: it
 * never touches the database, so a malformed article fails before a transaction starts.
 */
final class ArticleRows {
  /** Stage recorded in the errors table for an article's analysis problems. */
  static final String ANALYSIS_STAGE = "analyze";

  private final AnalyzedArticle doc;
  private final Article article;
  private final String hash;
  private final Map<String, Actor> actorsById = new HashMap<>();

  private ArticleRows(AnalyzedArticle doc, String hash) {
    this.doc = doc;
    this.article = doc.article();
    this.hash = hash;
    for (Actor a : doc.actors()) {
      actorsById.putIfAbsent(a.id(), a);
    }
  }

  /**
   * Appends the rows of {@code doc} to {@code rows}, one list per table.
   *
   * @param docJson the schema-v1 JSON line of {@code doc}
   * @param now the analysis time for {@code articles.analyzed_at} and {@code errors.recorded_at}
   * @throws IllegalArgumentException when a sentence span lies outside the text
   */
  static void add(
      AnalyzedArticle doc,
      String hash,
      String docJson,
      LocalDateTime now,
      Map<Table, List<Object[]>> rows) {
    new ArticleRows(doc, hash).addAll(docJson, now, rows);
  }

  private void addAll(String docJson, LocalDateTime now, Map<Table, List<Object[]>> rows) {
    rows.computeIfAbsent(Schema.ARTICLES, t -> new ArrayList<>()).add(article(docJson, now));
    List<Object[]> sentences = rows.computeIfAbsent(Schema.SENTENCES, t -> new ArrayList<>());
    for (int i = 0; i < doc.sentences().size(); i++) {
      Span s = doc.sentences().get(i);
      sentences.add(new Object[] {hash, i, s.start(), s.end(), s.of(article.text())});
    }
    List<Object[]> actors = rows.computeIfAbsent(Schema.ACTORS, t -> new ArrayList<>());
    doc.actors().forEach(a -> actors.add(actor(a)));
    List<Object[]> events = rows.computeIfAbsent(Schema.EVENTS, t -> new ArrayList<>());
    doc.events().forEach(e -> events.add(event(e)));
    List<Object[]> quotes = rows.computeIfAbsent(Schema.QUOTES, t -> new ArrayList<>());
    doc.quotes().forEach(q -> quotes.add(quote(q)));
    List<Object[]> places = rows.computeIfAbsent(Schema.PLACES, t -> new ArrayList<>());
    doc.places().forEach(p -> places.add(place(p)));
    List<Object[]> times = rows.computeIfAbsent(Schema.TIMES, t -> new ArrayList<>());
    doc.times().forEach(t -> times.add(time(t)));
    List<Object[]> errors = rows.computeIfAbsent(Schema.ERRORS, t -> new ArrayList<>());
    for (String problem : doc.problems()) {
      errors.add(new Object[] {article.id(), problem, ANALYSIS_STAGE, now, hash});
    }
  }

  private Object[] article(String docJson, LocalDateTime now) {
    return new Object[] {
      hash,
      article.id(),
      orNull(article.title()),
      article.date().orElse(null),
      orNull(article.source()),
      orNull(article.url()),
      article.text(),
      now,
      docJson
    };
  }

  private Object[] actor(Actor a) {
    return new Object[] {
      hash,
      article.id(),
      a.id(),
      a.name(),
      a.kind().name().toLowerCase(Locale.ROOT),
      a.code().value(),
      orNull(a.country()),
      orNull(a.sector()),
      orNull(a.role()),
      a.mentions().size(),
      spans(a.mentions()),
      a.evidence().rule()
    };
  }

  private Object[] event(Event e) {
    Participant source = e.source().isEmpty() ? null : e.source().get(0);
    Participant target = e.target().isEmpty() ? null : e.target().get(0);
    return new Object[] {
      hash,
      article.id(),
      e.id(),
      e.cameo().code(),
      e.cameo().name(),
      e.cameo().root(),
      e.cameo().quadClass(),
      e.cameo().goldstein(),
      e.plover().type(),
      orNull(e.plover().mode()),
      source == null ? null : source.actorId(),
      source == null ? null : source.code().value(),
      countryOf(source),
      target == null ? null : target.actorId(),
      target == null ? null : target.code().value(),
      countryOf(target),
      e.date().orElse(null),
      e.dateSource().jsonName(),
      orNull(e.placeId()),
      e.negated(),
      e.modality().jsonName(),
      e.evidence().sentence(),
      orNull(doc.sentenceText(e.evidence().sentence())),
      e.trigger().start(),
      e.trigger().end(),
      e.evidence().rule()
    };
  }

  private String countryOf(Participant p) {
    if (p == null) {
      return null;
    }
    Actor a = actorsById.get(p.actorId());
    return a == null ? null : orNull(a.country());
  }

  private Object[] quote(Quote q) {
    Speaker s = q.speaker().orElse(null);
    return new Object[] {
      hash,
      article.id(),
      q.id(),
      q.text(),
      q.span().start(),
      q.span().end(),
      q.direct(),
      orNull(q.cue()),
      s == null ? null : orNull(s.actorId()),
      s == null ? null : s.name(),
      s == null ? null : s.span().start(),
      s == null ? null : s.span().end(),
      q.evidence().rule(),
      q.negated()
    };
  }

  private Object[] place(Place p) {
    return new Object[] {
      hash,
      article.id(),
      p.id(),
      p.name(),
      p.span().start(),
      p.span().end(),
      p.lat(),
      p.lon(),
      orNull(p.country()),
      p.kind().jsonName(),
      p.geonameId() > 0 ? p.geonameId() : null,
      p.adjectival(),
      p.evidence().rule()
    };
  }

  private Object[] time(TimeExpression t) {
    return new Object[] {
      hash,
      article.id(),
      t.id(),
      t.text(),
      t.span().start(),
      t.span().end(),
      t.type(),
      t.value(),
      t.evidence().rule()
    };
  }

  /** Spans as a JSON array of {@code [start, end]} pairs, e.g. {@code [[0,11],[97,103]]}. */
  static String spans(List<Span> spans) {
    StringBuilder json = new StringBuilder("[");
    for (Span s : spans) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('[').append(s.start()).append(',').append(s.end()).append(']');
    }
    return json.append(']').toString();
  }

  private static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
