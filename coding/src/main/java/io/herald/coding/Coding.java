package io.herald.coding;

import io.herald.model.Actor;
import io.herald.model.Event;
import io.herald.model.Quote;
import io.herald.model.TimeExpression;
import io.herald.model.text.EntityMention;
import java.util.List;

/**
 * What the coders found in one article.
 *
 * @param entities named entities: CoreNLP's, refined by Herald's lexicons and rules
 */
public record Coding(
    List<EntityMention> entities,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes,
    List<TimeExpression> times) {
  public Coding {
    entities = List.copyOf(entities);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
  }
}
