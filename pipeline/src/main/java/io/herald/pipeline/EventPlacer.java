package io.herald.pipeline;

import io.herald.model.Event;
import io.herald.model.Place;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives an event the place its clause states: a toponym attached to the trigger (or to the verb the
 * trigger depends on) by "in", "at", "near" or "off" ("attacked a base in Homs"). Otherwise the
 * event has no place: guessing from the article's other toponyms is what makes event maps wrong.
 */
final class EventPlacer {
  private static final List<String> LOCATIVE =
      List.of(
          "obl:in", "obl:at", "obl:near", "obl:off", "nmod:in", "nmod:at", "nmod:near", "nmod:off");

  List<Event> place(ParsedArticle p, List<Event> events, List<Place> places) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      Optional<Place> where = placeOf(p, e, places);
      out.add(
          where.isEmpty()
              ? e
              : new Event(
                  e.id(),
                  e.cameo(),
                  e.plover(),
                  e.source(),
                  e.target(),
                  e.date(),
                  e.dateSource(),
                  where.get().id(),
                  e.negated(),
                  e.modality(),
                  e.trigger(),
                  e.evidence()));
    }
    return out;
  }

  private Optional<Place> placeOf(ParsedArticle p, Event e, List<Place> places) {
    int si = e.evidence().sentence();
    if (si < 0 || si >= p.sentences().size()) {
      return Optional.empty();
    }
    Sentence s = p.sentences().get(si);
    int trigger = s.tokenAt(e.trigger().end() - 1);
    if (trigger < 0) {
      return Optional.empty();
    }
    List<Integer> heads = new ArrayList<>();
    heads.add(trigger);
    s.headOf(trigger).filter(d -> d.governor() >= 0).ifPresent(d -> heads.add(d.governor()));
    for (int h : heads) {
      for (Dependency d : s.childrenOf(h)) {
        if (!LOCATIVE.contains(d.relation())) {
          continue;
        }
        Token t = s.token(d.dependent());
        for (Place pl : places) {
          if (!pl.adjectival() && pl.span().overlaps(t.span())) {
            return Optional.of(pl);
          }
        }
      }
    }
    return Optional.empty();
  }
}
