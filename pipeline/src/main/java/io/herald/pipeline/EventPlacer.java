package io.herald.pipeline;

import io.herald.model.Actor;
import io.herald.model.Event;
import io.herald.model.Participant;
import io.herald.model.Place;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives an event the place its clause or sentence states (GDELT's ActionGeo), in this order:
 *
 * <ol>
 *   <li>a toponym attached to the trigger (or to the verb the trigger depends on) by a locative
 *       preposition: "attacked a base in Homs", "fired missiles into the Sea of Japan";
 *   <li>the place a visit goes to: "will visit Busan";
 *   <li>the one place its sentence names as a location ("in", "at", "near"...) that is not one of
 *       the event's own actors: "Kyiv's forces shelled the outskirts of Donetsk overnight" — when
 *       the sentence names several places, none is chosen.
 * </ol>
 *
 * Otherwise the event has no place: guessing from the article's other toponyms is what makes event
 * maps wrong. Adjectival mentions ("a Turkish policeman") never place an event.
 */
final class EventPlacer {
  private static final Set<String> LOCATIVE =
      Set.of(
          "obl:in",
          "obl:at",
          "obl:near",
          "obl:off",
          "obl:into",
          "obl:inside",
          "obl:outside",
          "obl:across",
          "obl:throughout",
          "obl:within",
          "nmod:in",
          "nmod:at",
          "nmod:near",
          "nmod:off",
          "nmod:into",
          "nmod:inside",
          "nmod:outside",
          "nmod:across",
          "nmod:throughout",
          "nmod:within");

  private static final Set<String> LOCATIVE_WORDS =
      Set.of(
          "in", "at", "near", "off", "into", "inside", "outside", "across", "throughout", "within");

  /** CAMEO codes whose object is where the event happens: make, host or receive a visit. */
  private static final Set<String> VISITS = Set.of("042", "043", "044");

  List<Event> place(ParsedArticle p, List<Event> events, List<Place> places, List<Actor> actors) {
    Map<String, Actor> byId = new HashMap<>();
    actors.forEach(a -> byId.put(a.id(), a));
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      Optional<Place> where = placeOf(p, e, places);
      if (where.isEmpty()) {
        where = onlyPlaceOfSentence(p, e, places, byId);
      }
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
    boolean visit = VISITS.contains(e.cameo().code());
    for (int h : heads) {
      for (Dependency d : s.childrenOf(h)) {
        boolean visited = visit && h == trigger && d.relation().equals("obj");
        if (!LOCATIVE.contains(d.relation()) && !visited) {
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

  /**
   * Whether the sentence marks the place as a location: one of its words takes a locative
   * preposition ("in Donetsk", "near the Sea of Japan"), not "from", "to" or "for".
   */
  private static boolean locative(Sentence s, Span place) {
    for (Token t : s.tokens()) {
      if (!place.overlaps(t.span())) {
        continue;
      }
      for (Dependency d : s.childrenOf(t.index())) {
        if (d.relation().equals("case")
            && LOCATIVE_WORDS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The single place the event's sentence names as a location, leaving out the places that are the
   * event's own actors ("Tokyo said", "Russia attacked Ukraine"); empty when there are none or
   * several.
   */
  private static Optional<Place> onlyPlaceOfSentence(
      ParsedArticle p, Event e, List<Place> places, Map<String, Actor> actors) {
    int si = e.evidence().sentence();
    if (si < 0 || si >= p.sentences().size()) {
      return Optional.empty();
    }
    Sentence s = p.sentences().get(si);
    List<Span> actorSpans = new ArrayList<>();
    for (List<Participant> side : List.of(e.source(), e.target())) {
      for (Participant pa : side) {
        Actor a = actors.get(pa.actorId());
        if (a != null) {
          actorSpans.addAll(a.mentions());
        }
      }
    }
    Place only = null;
    for (Place pl : places) {
      if (pl.adjectival()
          || pl.evidence().sentence() != si
          || actorSpans.stream().anyMatch(sp -> sp.overlaps(pl.span()))
          || !locative(s, pl.span())) {
        continue;
      }
      if (only != null && !only.name().equals(pl.name())) {
        return Optional.empty();
      }
      if (only == null) {
        only = pl;
      }
    }
    return Optional.ofNullable(only);
  }
}
