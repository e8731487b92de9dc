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

  /**
   * The rule of a tagged place the gazetteer lacks in a local source's story ({@link
   * UnknownPlaces}).
   */
  private static final String UNKNOWN_PLACE = "geo.unknown.story-region";

  /**
   * The rule of a tagged place the gazetteer lacks in a story that keeps to one town ({@link
   * LocalStory}), placed at that town.
   */
  private static final String UNKNOWN_NEAR_TOWN = "geo.unknown.story-town";

  /**
   * The rule of a tagged place the gazetteer lacks, placed at the town or region its own words say
   * it lies in ({@link StatedContainers}).
   */
  static final String STATED_CONTAINER = "geo.unknown.stated-container";

  private static final Optional<PlaceKind> REGION = Optional.of(PlaceKind.ADMIN1);

  private static final Pattern REGION_AFTER = Pattern.compile("\\G\\s+(?:state|State|province)\\b");
  private static final Pattern REGION_BEFORE =
      Pattern.compile("\\b(?:state|State|province|Province) of\\s+$");

  private final Resolver resolver;
  private final ToponymRecognizer recognizer;
  private final HierarchyCues hierarchyCues;
  private final Gazetteer gazetteer;

  /** A geoparser over this gazetteer, finding the names and demonyms of these countries. */
  public Geoparser(Gazetteer gazetteer, Countries countries) {
    this.resolver = new Resolver(gazetteer);
    this.recognizer = new ToponymRecognizer(gazetteer, countries);
    this.hierarchyCues = new HierarchyCues(gazetteer);
    this.gazetteer = gazetteer;
  }

  /** The places of an article, in text order, with ids {@code p1, p2, ...}. */
  public List<Place> geoparse(ParsedArticle p) {
    return geoparse(p, SourceHome.NONE);
  }

  /**
   * The places of an article from a source with this home region, in text order, with ids {@code
   * p1, p2, ...}: a town named without its state is likelier in the home region.
   */
  public List<Place> geoparse(ParsedArticle p, SourceHome home) {
    List<Place> out = new ArrayList<>();
    for (Resolved r : resolveAll(p, home)) {
      out.add(place(out.size() + 1, r.mention(), r.sense()));
    }
    return out;
  }

  /**
   * The home region of a source, read from the places of these stories of it (see {@link
   * SourceHome#of}); {@link SourceHome#NONE} when they are too few or too scattered.
   */
  public SourceHome learnHome(List<ParsedArticle> stories) {
    List<List<GazetteerEntry>> places = new ArrayList<>();
    for (ParsedArticle p : stories) {
      places.add(
          resolveAll(p, SourceHome.NONE).stream()
              .filter(Resolved::clear)
              .map(r -> r.sense().entry())
              .toList());
    }
    return SourceHome.of(places);
  }

  /**
   * A toponym and its sense.
   *
   * @param clear whether the sense was fixed at recognition or chosen by a clear margin (see {@link
   *     Resolver.Sense#clear()})
   */
  private record Resolved(Toponym mention, Candidate sense, boolean clear) {}

  private List<Resolved> resolveAll(ParsedArticle p, SourceHome home) {
    List<Toponym> mentions = recognizer.recognise(p);
    Map<String, GazetteerEntry> unknownTowns = new HashMap<>();
    Map<Span, GazetteerEntry> cues = hierarchyCues.find(p.text(), mentions, unknownTowns);
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
    Map<String, Optional<Resolver.Sense>> senses =
        resolve(p.text(), mentions, cueByName, regionMeant, home);
    townsAsCountries(mentions, senses);
    shortForms(mentions, senses);
    List<Resolved> out = new ArrayList<>();
    Optional<GazetteerEntry> around = UnknownPlaces.around(mentions, senses, home, gazetteer);
    Set<String> cuedKeys = PlaceCues.keys(p);
    Map<Span, GazetteerEntry> stated =
        StatedContainers.byMention(p.text(), cuedKeys, mentions, senses);
    Map<String, Candidate> cued =
        StoryPlace.unknownPlaces(p.text(), cuedKeys, mentions, senses, stated, gazetteer);
    for (Toponym m : mentions) {
      GazetteerEntry region = m.known().isEmpty() ? unknownTowns.get(m.key()) : null;
      String regionRule = UNKNOWN_TOWN;
      boolean unknown = region == null && m.known().isEmpty() && senses.get(m.key()).isEmpty();
      GazetteerEntry container =
          unknown ? stated.get(m.span()) : outsideItsContainer(p.text(), m, mentions, senses);
      if (container != null && container.kind() != PlaceKind.COUNTRY) {
        region = container;
        regionRule = STATED_CONTAINER;
      } else if (unknown && UnknownPlaces.tagged(m) && around.isPresent()) {
        region = around.get();
        regionRule = region.kind() == PlaceKind.CITY ? UNKNOWN_NEAR_TOWN : UNKNOWN_PLACE;
      } else if (unknown && cued.containsKey(m.key())) {
        region = cued.get(m.key()).entry();
        regionRule = cued.get(m.key()).rule();
      }
      Optional<Candidate> c =
          m.known().isPresent()
              ? m.known()
              : region != null
                  ? Optional.of(new Candidate(region, false, regionRule))
                  : senses
                      .get(m.key())
                      .map(
                          s ->
                              new Candidate(
                                  s.entry(),
                                  false,
                                  m.rule().equals("geo.dateline") ? m.rule() : s.rule()));
      if (c.isPresent()) {
        boolean clear =
            m.known().isPresent()
                || region != null
                || senses.get(m.key()).map(Resolver.Sense::clear).orElse(false);
        out.add(new Resolved(m, c.get(), clear));
      }
    }
    return out;
  }

  /**
   * The county, or region of the town's own country, that the words right after a town's name say
   * holds it ("the X area of Y County", "X, a village in Y County") when the town chosen for the
   * name lies outside it: the name is then a place of that container the gazetteer lacks, not a
   * namesake elsewhere; else null.
   */
  private static GazetteerEntry outsideItsContainer(
      String text,
      Toponym m,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses) {
    if (m.known().isPresent()) {
      return null;
    }
    Optional<GazetteerEntry> sense = senses.get(m.key()).map(Resolver.Sense::entry);
    if (sense.isEmpty() || sense.get().kind() != PlaceKind.CITY) {
      return null;
    }
    GazetteerEntry town = sense.get();
    return StatedContainers.of(text, m, mentions, senses)
        .filter(
            c ->
                c.kind() == PlaceKind.ADMIN2
                        && Resolver.km(c.lat(), c.lon(), town.lat(), town.lon()) > Resolver.NEAR_KM
                    || c.kind() == PlaceKind.ADMIN1
                        && c.iso3().equals(town.iso3())
                        && !SenseScore.within(town, c))
        .orElse(null);
  }

  /** The sense of each name not fixed at recognition, by its key, after every pass. */
  private Map<String, Optional<Resolver.Sense>> resolve(
      String text,
      List<Toponym> mentions,
      Map<String, Optional<GazetteerEntry>> cueByName,
      Set<String> regionMeant,
      SourceHome home) {
    // Pass 1 reads each name alone.
    Map<String, Optional<Resolver.Sense>> first = new HashMap<>();
    for (Toponym m : mentions) {
      if (m.known().isEmpty()) {
        first.computeIfAbsent(
            m.key(),
            k ->
                resolver.resolve(
                    m.text(),
                    Resolver.Context.home(home),
                    cueByName.get(k),
                    regionMeant.contains(k) ? REGION : Optional.empty()));
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
      Map<String, PlaceKind> listed = ListedKinds.of(text, mentions, before);
      for (Toponym m : mentions) {
        if (m.known().isEmpty()) {
          next.computeIfAbsent(
              m.key(),
              k ->
                  resolver.resolve(
                      m.text(),
                      context(mentions, before, k, readings, home),
                      cueByName.get(k),
                      regionMeant.contains(k) ? REGION : Optional.ofNullable(listed.get(k))));
        }
      }
      senses = next;
    }
    return senses;
  }

  /**
   * A name the tagger called a country that the dictionaries did not take ("Surinam", "Congo") is
   * no town or county of that name elsewhere (Surinam, Mauritius): only a country's or region's
   * reading stands. {@code senses} loses the others.
   */
  private static void townsAsCountries(
      List<Toponym> mentions, Map<String, Optional<Resolver.Sense>> senses) {
    for (Toponym m : mentions) {
      if (m.rule().equals("geo.ner.country")
          && senses
              .get(m.key())
              .map(x -> x.entry().kind() == PlaceKind.CITY || x.entry().kind() == PlaceKind.ADMIN2)
              .orElse(false)) {
        senses.put(m.key(), Optional.empty());
      }
    }
  }

  /**
   * A name with no reading of its own that ends the name of a country the article names in full
   * takes that country: "Congo" after "the Republic of Congo", or after "the Democratic Republic of
   * the Congo" in another story. {@code senses} gets the new senses.
   */
  private static void shortForms(
      List<Toponym> mentions, Map<String, Optional<Resolver.Sense>> senses) {
    for (Toponym m : mentions) {
      if (m.known().isPresent() || senses.get(m.key()).isPresent()) {
        continue;
      }
      String tail = " " + m.text().toLowerCase(Locale.ROOT);
      for (Toponym full : mentions) {
        Optional<GazetteerEntry> e =
            full.known().isPresent()
                ? full.known().filter(c -> !c.adjectival()).map(Candidate::entry)
                : senses.getOrDefault(full.key(), Optional.empty()).map(Resolver.Sense::entry);
        if (e.isPresent()
            && e.get().kind() == PlaceKind.COUNTRY
            && full.text().toLowerCase(Locale.ROOT).endsWith(tail)) {
          senses.put(m.key(), Optional.of(new Resolver.Sense(e.get(), "geo.country.short-form")));
          break;
        }
      }
    }
  }

  /** The place with id {@code p<number>} of toponym {@code m} in sense {@code c}. */
  private static Place place(int number, Toponym m, Candidate c) {
    GazetteerEntry e = c.entry();
    // a county or town the gazetteer lacks, placed at the region that holds it
    boolean county =
        c.rule().startsWith("geo.county")
            || c.rule().equals(UNKNOWN_TOWN)
            || c.rule().equals(UNKNOWN_PLACE)
            || c.rule().equals(STATED_CONTAINER)
            || c.rule().equals(StoryPlace.RULE)
            || c.rule().equals(UNKNOWN_NEAR_TOWN);
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
      Map<String, List<GazetteerEntry>> readings,
      SourceHome home) {
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> regions = new HashMap<>();
    List<GazetteerEntry> local = new ArrayList<>();
    List<List<GazetteerEntry>> possible = new ArrayList<>();
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
            possible.add(
                these.stream()
                    .filter(r -> r.kind() == PlaceKind.CITY || r.kind() == PlaceKind.ADMIN2)
                    .toList());
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
    return new Resolver.Context(countries, regions, local, possible, statesNamed, home);
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
}
