package io.herald.geo;

import io.herald.model.Evidence;
import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.Span;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds toponyms and resolves them to coordinates. Recognition: curated feature names and country
 * names from the dictionaries (so "East China Sea" is one name, not "East" / "China" / "Sea"),
 * CoreNLP's location classes for the rest, the dateline, and coordinated forms ("the East and South
 * China seas"). Resolution: curated features, then countries, then the city whose population and
 * country fit the article best; one sense per name per article.
 */
public final class Geoparser {
  /** Resolution passes: the first reads each name alone, each later one in the last's light. */
  private static final int PASSES = 3;

  /** The rule of a town the gazetteer lacks, placed at the region its hierarchy cue names. */
  private static final String UNKNOWN_TOWN = "geo.hierarchy-cue.unknown-town";

  private static final Pattern CUE =
      Pattern.compile("\\G,\\s*([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)");

  private static final Pattern REGION_AFTER = Pattern.compile("\\G\\s+(?:state|State|province)\\b");
  private static final Pattern REGION_BEFORE =
      Pattern.compile("\\b(?:state|State|province|Province) of\\s+$");

  private final Resolver resolver;
  private final ToponymRecognizer recognizer;
  private final Gazetteer gazetteer;

  /** A geoparser over this gazetteer, finding the names and demonyms of these countries. */
  public Geoparser(Gazetteer gazetteer, Countries countries) {
    this.resolver = new Resolver(gazetteer);
    this.recognizer = new ToponymRecognizer(gazetteer, countries);
    this.gazetteer = gazetteer;
  }

  /** The places of an article, in text order, with ids {@code p1, p2, ...}. */
  public List<Place> geoparse(ParsedArticle p) {
    List<Toponym> mentions = recognizer.recognise(p);
    Map<String, GazetteerEntry> unknownTowns = new HashMap<>();
    Map<Span, GazetteerEntry> cues = findCues(p.text(), mentions, unknownTowns);
    mentions.sort(Comparator.comparing(Toponym::span));
    Map<String, Optional<GazetteerEntry>> cueByName = new HashMap<>();
    for (Toponym m : mentions) {
      Optional<GazetteerEntry> cue = Optional.ofNullable(cues.get(m.span()));
      if (m.known().isEmpty() && (cue.isPresent() || !cueByName.containsKey(m.key()))) {
        cueByName.put(m.key(), cue);
      }
    }
    Set<String> regionMeant = new HashSet<>();
    for (Toponym m : mentions) {
      if (m.known().isEmpty() && regionWordAround(p.text(), m.span())) {
        regionMeant.add(m.key());
      }
    }
    Map<String, Optional<Resolver.Sense>> senses = resolve(mentions, cueByName, regionMeant);
    List<Place> out = new ArrayList<>();
    for (Toponym m : mentions) {
      GazetteerEntry region = m.known().isEmpty() ? unknownTowns.get(m.key()) : null;
      Optional<Candidate> c =
          m.known().isPresent()
              ? m.known()
              : region != null
                  ? Optional.of(new Candidate(region, false, UNKNOWN_TOWN))
                  : senses
                      .get(m.key())
                      .map(
                          s ->
                              new Candidate(
                                  s.entry(),
                                  false,
                                  m.rule().equals("geo.dateline") ? m.rule() : s.rule()));
      if (c.isPresent()) {
        out.add(place(out.size() + 1, m, c.get()));
      }
    }
    return out;
  }

  /** The sense of each name not fixed at recognition, by its key, after every pass. */
  private Map<String, Optional<Resolver.Sense>> resolve(
      List<Toponym> mentions,
      Map<String, Optional<GazetteerEntry>> cueByName,
      Set<String> regionMeant) {
    // Pass 1 reads each name alone.
    Map<String, Optional<Resolver.Sense>> first = new HashMap<>();
    for (Toponym m : mentions) {
      if (m.known().isEmpty()) {
        first.computeIfAbsent(
            m.key(),
            k ->
                resolver.resolve(
                    m.text(), Resolver.Context.NONE, cueByName.get(k), regionMeant.contains(k)));
      }
    }
    // Later passes read each name in the light of where the others went in the pass before.
    // Every reading of each name, looked up once per article: later passes ask for them per name.
    Map<String, List<GazetteerEntry>> readings = new HashMap<>();
    for (Toponym m : mentions) {
      if (m.known().isEmpty()) {
        readings.computeIfAbsent(m.key(), k -> resolver.candidates(m.text(), cueByName.get(k)));
      }
    }
    Map<String, Optional<Resolver.Sense>> senses = first;
    for (int pass = 2; pass <= PASSES; pass++) {
      Map<String, Optional<Resolver.Sense>> before = senses;
      Map<String, Optional<Resolver.Sense>> next = new HashMap<>();
      for (Toponym m : mentions) {
        if (m.known().isEmpty()) {
          next.computeIfAbsent(
              m.key(),
              k ->
                  resolver.resolve(
                      m.text(),
                      context(mentions, before, k, readings),
                      cueByName.get(k),
                      regionMeant.contains(k)));
        }
      }
      senses = next;
    }
    return senses;
  }

  /** The place with id {@code p<number>} of toponym {@code m} in sense {@code c}. */
  private static Place place(int number, Toponym m, Candidate c) {
    GazetteerEntry e = c.entry();
    // a county or town the gazetteer lacks, placed at the region that holds it
    boolean county = c.rule().startsWith("geo.county") || c.rule().equals(UNKNOWN_TOWN);
    return new Place(
        "p" + number,
        county ? m.text() : e.name(),
        m.span(),
        e.lat(),
        e.lon(),
        e.iso3(),
        county ? PlaceKind.OTHER : e.kind(),
        county ? 0 : e.geonameId(),
        c.adjectival(),
        new Evidence(m.sentence(), m.span(), c.rule()));
  }

  /** Countries and regions of every mention whose name is not {@code name}. */
  private static Resolver.Context context(
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> first,
      String name,
      Map<String, List<GazetteerEntry>> readings) {
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> regions = new HashMap<>();
    List<GazetteerEntry> local = new ArrayList<>();
    List<GazetteerEntry> possible = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> statesNamed = new HashSet<>();
    for (Toponym m : mentions) {
      if (m.key().equals(name)) {
        continue;
      }
      Optional<GazetteerEntry> e =
          m.known().isPresent()
              ? m.known().map(Candidate::entry)
              : first.get(m.key()).map(Resolver.Sense::entry);
      if (e.isEmpty() || e.get().iso3().isEmpty()) {
        continue;
      }
      countries.merge(e.get().iso3(), 1, Integer::sum);
      if (m.known().isEmpty() && !first.get(m.key()).get().clear()) {
        // a coin toss between same-named towns says nothing about the region, but a town of
        // that name may still lie next to one reading of a name being resolved
        if (seen.add(m.key())) {
          List<GazetteerEntry> these = readings.get(m.key());
          if (these.size() <= Resolver.MAX_POSSIBLE) {
            these.stream()
                .filter(r -> r.kind() == PlaceKind.CITY || r.kind() == PlaceKind.ADMIN2)
                .forEach(possible::add);
          }
        }
        continue;
      }
      PlaceKind kind = e.get().kind();
      if (kind == PlaceKind.ADMIN1) {
        statesNamed.add(e.get().iso3());
      }
      if (!e.get().admin1().isEmpty()
          && (kind == PlaceKind.CITY || kind == PlaceKind.ADMIN1 || kind == PlaceKind.ADMIN2)) {
        regions.merge(e.get().iso3() + "." + e.get().admin1(), 1, Integer::sum);
      }
      if (kind == PlaceKind.CITY || kind == PlaceKind.ADMIN2) {
        local.add(e.get());
      }
    }
    return new Resolver.Context(countries, regions, local, possible, statesNamed);
  }

  /**
   * Whether the words around a name say a first-level region is meant: "Washington state", "the
   * state of Washington", "Nyanza province".
   */
  private static boolean regionWordAround(String text, Span span) {
    Matcher after = REGION_AFTER.matcher(text);
    after.region(span.end(), text.length());
    if (after.lookingAt()) {
      return true;
    }
    return REGION_BEFORE
        .matcher(text.substring(Math.max(0, span.start() - 20), span.start()))
        .find();
  }

  /**
   * Hierarchy cues: a region or country right after a toponym and a comma ("Paris, Texas", "Long
   * Beach, CA", "Bangor, Maine"). The cue becomes a mention of its own, fixed to the region that
   * holds a town of the toponym's name, and replaces the toponyms it overlaps in {@code mentions};
   * the result maps each cued toponym's span to its region. A toponym that names no town of the
   * gazetteer but stands before a state's name or abbreviation ("Belgrade, Minn.", "Greenwood, W.
   * Va.") is a town too small for it: {@code unknownTowns} gets its name and the state, where it is
   * placed.
   */
  private Map<Span, GazetteerEntry> findCues(
      String text, List<Toponym> mentions, Map<String, GazetteerEntry> unknownTowns) {
    Map<Span, GazetteerEntry> cues = new HashMap<>();
    List<Toponym> added = new ArrayList<>();
    for (Toponym m : mentions) {
      if (m.known().isPresent()) {
        continue;
      }
      Matcher c = CUE.matcher(text);
      c.region(m.span().end(), text.length());
      if (!c.lookingAt()) {
        continue;
      }
      String words = c.group(1);
      Optional<Span> cueSpan = Optional.empty();
      Optional<GazetteerEntry> region = Optional.empty();
      boolean unknown = false;
      List<String> forms =
          words.contains(" ") ? List.of(words, words.split(" ")[0]) : List.of(words);
      for (String cand : forms) {
        region = cueRegion(m.text(), cand);
        if (region.isPresent()) {
          cueSpan = Optional.of(new Span(c.start(1), c.start(1) + cand.length()));
          break;
        }
      }
      for (int i = 0; i < forms.size() && region.isEmpty(); i++) {
        region = regionOfUnknownTown(text, m.span(), forms.get(i));
        if (region.isPresent()) {
          unknown = true;
          cueSpan = Optional.of(new Span(c.start(1), c.start(1) + forms.get(i).length()));
        }
      }
      if (region.isEmpty()) {
        continue;
      }
      if (unknown) {
        unknownTowns.putIfAbsent(m.key(), region.get());
      } else {
        cues.put(m.span(), region.get());
      }
      Span span = cueSpan.get();
      added.add(
          new Toponym(
              m.sentence(),
              span,
              span.of(text),
              Optional.of(new Candidate(region.get(), false, "geo.hierarchy-cue.region")),
              ""));
    }
    for (Toponym a : added) {
      mentions.removeIf(o -> o.span().overlaps(a.span()));
      mentions.add(a);
    }
    return cues;
  }

  /**
   * The state called {@code cue} when {@code town} is a name the gazetteer knows as no town there
   * and as no region or country: one region of that name or abbreviation with an admin-1 code, and
   * no country of that name ("Georgia" may follow a town of either). A name the gazetteer knows as
   * a town elsewhere needs a state abbreviation ("Belgrade, Minn."), which only a writer placing a
   * small town uses, not a list of places ("Moscow, Kiev, Minsk").
   */
  private Optional<GazetteerEntry> regionOfUnknownTown(String text, Span townSpan, String cue) {
    String town = townSpan.of(text);
    boolean abbreviation =
        cue.endsWith(".") || cue.length() >= 2 && cue.equals(cue.toUpperCase(Locale.ROOT));
    if (gazetteer.country(cue).isPresent()
        || PlaceWords.generic(Gazetteer.key(cue))
        || gazetteer.country(town).isPresent()
        || gazetteer.feature(town).isPresent()
        || !abbreviation && !gazetteer.cities(town).isEmpty()
        || continuesName(text, townSpan.start())) {
      return Optional.empty();
    }
    List<GazetteerEntry> regions =
        gazetteer.admin1(cue).stream().filter(r -> !r.admin1().isEmpty()).toList();
    if (regions.size() != 1
        || gazetteer.admin1(town).stream().anyMatch(r -> r.iso3().equals(regions.get(0).iso3()))) {
      // a list of regions ("Ohio, Indiana")
      return Optional.empty();
    }
    return Optional.of(regions.get(0));
  }

  /**
   * Whether the text before {@code start} ends with a capitalised word, so that a name starting
   * there may be the tail of a longer one the tagger split ("Long" / "Island", "RIDGE" / "FARM").
   */
  private static boolean continuesName(String text, int start) {
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    int end = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return end > i && end < start && Character.isUpperCase(text.charAt(i));
  }

  /** The region or country called {@code cue} that holds a town or county called {@code town}. */
  private Optional<GazetteerEntry> cueRegion(String town, String cue) {
    List<GazetteerEntry> regions = new ArrayList<>(gazetteer.admin1(cue));
    gazetteer.country(cue).ifPresent(regions::add);
    List<GazetteerEntry> towns = new ArrayList<>(gazetteer.cities(town));
    towns.addAll(gazetteer.counties(town));
    for (GazetteerEntry r : regions) {
      for (GazetteerEntry t : towns) {
        if (Resolver.within(t, r)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }
}
