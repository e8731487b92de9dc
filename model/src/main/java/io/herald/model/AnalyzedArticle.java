package io.herald.model;

import io.herald.model.text.EntityMention;
import java.util.List;
import java.util.Objects;

/**
 * Everything Herald extracted from one article: the record written as one line of JSON schema v1.
 *
 * @param sentences the character span of every sentence, indexed by evidence sentence numbers
 * @param problems non-fatal problems met while analysing, for the errors table
 */
public record AnalyzedArticle(
    Article article,
    List<Span> sentences,
    List<EntityMention> entities,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes,
    List<Place> places,
    List<TimeExpression> times,
    List<String> problems) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    places = List.copyOf(places);
    times = List.copyOf(times);
    problems = List.copyOf(problems);
  }

  /** The text of sentence {@code index}, or the empty string for an article-level index. */
  public String sentenceText(int index) {
    return index < 0 || index >= sentences.size() ? "" : sentences.get(index).of(article.text());
  }
}
