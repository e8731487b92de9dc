package io.herald.coding;

import io.herald.model.Actor;
import io.herald.model.Event;
import io.herald.model.Quote;
import io.herald.model.TimeExpression;
import java.util.List;

/** What the coders found in one article. */
public record Coding(
    List<Actor> actors, List<Event> events, List<Quote> quotes, List<TimeExpression> times) {
  public Coding {
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
  }
}
