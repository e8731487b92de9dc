package io.herald.pipeline;

import io.herald.model.Actor;
import io.herald.model.ActorCode;
import io.herald.model.ActorKind;
import io.herald.model.Event;
import io.herald.model.Evidence;
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
 *   <li>the place a visit goes to: "will visit Busan", "a trip to Japan";
 *   <li>the one place its sentence names as a location ("in", "at", "near"...) that is not one of
 *       the event's own actors: "Kyiv's forces shelled the outskirts of Donetsk overnight" — when
 *       the sentence names several places, none is chosen.
 * </ol>
 *
 * Otherwise the event has no place: guessing from the article's other toponyms is what makes event
 * maps wrong. Adjectival mentions ("a Turkish policeman") never place an event.
 *
 * <p>An event without a target whose code acts on a place (a visit, a concession, a threat, a
 * protest, a sanction, coercion, force) gets the place's country as target: "visited Busan" is a
 * visit to South Korea, "demonstrated in Kirkuk" a protest against Iraq, by Iraqis too. Visits also
 * take their place from the object or a "to" phrase.
 */
final class EventPlacer {
  private static final List<String> LOCATIVE =
      List.of(
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

  /** Common nouns of places that a name follows: "the city of Kirkuk", "the town of Samarra". */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "city",
          "town",
          "village",
          "capital",
          "port",
          "province",
          "region",
          "district",
          "state",
          "area",
          "island",
          "border",
          "camp");

  /** Where a visit goes: "visited Busan", "a trip to Japan". */
  private static final List<String> DESTINATION = List.of("obj", "obl:to", "nmod:to");

  /** CAMEO codes of visits (host country as target). */
  private static final Set<String> VISITS = Set.of("042", "043", "044");

  /** CAMEO 036, intent to meet: a host country when the trigger is a visit ("would visit"). */
  private static final String INTENT_TO_MEET = "036";

  private static final Set<String> VISIT_WORDS =
      Set.of("visit", "travel", "trip", "tour", "arrive");

  /**
   * CAMEO roots whose acts fall on the place where they happen: concessions ("lifted the state of
   * emergency in West Darfur"), threats, protest, force posture, sanctions ("suspended aid
   * deliveries in Baghdad"), coercion, force.
   */
  private static final Set<String> ACTS_ON_PLACE =
      Set.of("08", "13", "14", "15", "16", "17", "18", "19", "20");

  /**
   * Roots of armed force, whose place is as often the enemy's as the doer's: a country's own forces
   * fighting in its own territory ("Russian forces repelled an incursion in Kursk") do not make it
   * their target. Other acts of a country's own people on a place in it are domestic events against
   * that country, as CAMEO and PLOVER code them ("Iraqi Kurds demonstrated in Kirkuk", "Sudan's
   * government lifted a state of emergency in West Darfur").
   */
  private static final Set<String> FORCE = Set.of("18", "19", "20");

  /** Whether a code's sector letters (three at a time after the country) include rebels. */
  private static boolean rebels(String code) {
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      if (code.startsWith("REB", i)) {
        return true;
      }
    }
    return false;
  }

  /** Events with their places, and the country actors that places made targets. */
  record Placed(List<Event> events, List<Actor> actors) {}

  Placed place(ParsedArticle p, List<Event> events, List<Place> places, List<Actor> actors) {
    List<Event> out = new ArrayList<>();
    List<Actor> all = new ArrayList<>(actors);
    Map<String, Actor> byId = new HashMap<>();
    actors.forEach(a -> byId.put(a.id(), a));
    for (Event e : events) {
      boolean visit = isVisit(p, e);
      Optional<Place> clause = placeOf(p, e, places, LOCATIVE, false);
      Optional<Place> where =
          clause
              .or(() -> visit ? placeOf(p, e, places, DESTINATION, false) : Optional.empty())
              .or(() -> onlyPlaceOfSentence(p, e, places, byId));
      List<Participant> target = e.target();
      if (target.isEmpty() && (visit || ACTS_ON_PLACE.contains(e.cameo().root()))) {
        Optional<Place> host =
            visit
                ? placeOf(p, e, places, DESTINATION, false).or(() -> clause)
                : placeOf(p, e, places, LOCATIVE, true);
        Optional<Place> country = host.filter(pl -> pl.country().matches("[A-Z]{3}"));
        // a visit at home is no visit to a country; force at home no force against it
        // Rebels fighting at home fight their own state: "Afghan guerrillas blew up power lines
        // leading into Kabul" is aimed at Afghanistan, as CAMEO and PLOVER code insurgencies.
        boolean ownForces =
            (visit || FORCE.contains(e.cameo().root()))
                && country.isPresent()
                && e.source().stream()
                    .anyMatch(
                        s ->
                            s.code().root().equals(country.get().country())
                                && (visit || !rebels(s.code().value())));
        if (country.isPresent() && !ownForces) {
          Actor a = countryActor(country.get(), e.evidence().sentence(), all);
          target = List.of(new Participant(a.id(), a.code()));
        }
      }
      out.add(
          where.isEmpty() && target == e.target()
              ? e
              : new Event(
                  e.id(),
                  e.cameo(),
                  e.plover(),
                  e.source(),
                  target,
                  e.date(),
                  e.dateSource(),
                  where.map(Place::id).orElse(e.placeId()),
                  e.negated(),
                  e.modality(),
                  e.trigger(),
                  e.evidence()));
    }
    return new Placed(out, all);
  }

  private static boolean isVisit(ParsedArticle p, Event e) {
    if (VISITS.contains(e.cameo().code())) {
      return true;
    }
    if (!e.cameo().code().equals(INTENT_TO_MEET)) {
      return false;
    }
    Sentence s = p.sentences().get(e.evidence().sentence());
    int t = s.tokenAt(e.trigger().end() - 1);
    return t >= 0 && VISIT_WORDS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT));
  }

  /** The article's actor for the place's country, or a new one evidenced by the place. */
  private static Actor countryActor(Place place, int sentence, List<Actor> actors) {
    ActorCode code = ActorCode.of(place.country(), "");
    for (Actor a : actors) {
      if (a.kind() == ActorKind.COUNTRY && a.code().equals(code)) {
        return a;
      }
    }
    Actor a =
        new Actor(
            "a" + (actors.size() + 1),
            place.name(),
            ActorKind.COUNTRY,
            code,
            place.country(),
            "",
            "",
            List.of(place.span()),
            new Evidence(sentence, place.span(), "event.target.place-country"));
    actors.add(a);
    return a;
  }

  /**
   * A place attached by one of {@code relations} to the trigger or the verb it depends on, or with
   * {@code objects} also to their objects and obliques ("fired shells at targets in Jericho").
   */
  private Optional<Place> placeOf(
      ParsedArticle p, Event e, List<Place> places, List<String> relations, boolean objects) {
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
    if (objects) {
      for (Dependency d : s.childrenOf(trigger)) {
        if (d.baseRelation().equals("obj") || d.baseRelation().equals("obl")) {
          heads.add(d.dependent());
        }
      }
    }
    for (int h : heads) {
      for (Dependency d : s.childrenOf(h)) {
        if (!relations.contains(d.relation())) {
          continue;
        }
        // "in the northern city of Kirkuk", "near the town of Samarra": the place is the named one
        List<Integer> named = new ArrayList<>(List.of(d.dependent()));
        if (PLACE_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          for (Dependency n : s.childrenOf(d.dependent())) {
            if (n.relation().equals("nmod:of") || n.baseRelation().equals("appos")) {
              named.add(n.dependent());
            }
          }
        }
        for (int i : named) {
          Token t = s.token(i);
          for (Place pl : places) {
            if (!pl.adjectival() && pl.span().overlaps(t.span())) {
              return Optional.of(pl);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the sentence marks the place as where something happens: one of its words takes a
   * locative preposition ("in Donetsk", "near the Sea of Japan"), not "from", "to" or "for", and
   * the phrase hangs on a verb ("meet in Brussels"), not on a noun ("an ally in Asia").
   */
  private static boolean locative(Sentence s, Span place) {
    for (Token t : s.tokens()) {
      if (!place.overlaps(t.span())) {
        continue;
      }
      boolean onVerb = s.headOf(t.index()).filter(h -> h.baseRelation().equals("obl")).isPresent();
      for (Dependency d : s.childrenOf(t.index())) {
        if (onVerb
            && d.relation().equals("case")
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
