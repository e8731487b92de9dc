package io.herald.geo;

import io.herald.model.Evidence;
import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.Span;
import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
import io.herald.model.text.Dateline;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
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

  private static final Set<String> LOCATION_TAGS = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

  /** Tagger classes of words that name no place whatever the gazetteer holds ("in August"). */
  private static final Set<String> NOT_PLACES =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  private static final Pattern COORDINATED =
      Pattern.compile(
          "\\b([A-Z][\\w-]+) and ([A-Z][\\w-]+) ((?:[A-Z][\\w-]+ )*)(seas|Seas|islands|Islands|oceans|Oceans|straits|Straits)\\b");

  /** Words that name directions or kinds of place rather than one place ("the West", "City"). */
  private static final Set<String> GENERIC =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "centre",
          "center",
          "capital",
          "city",
          "jewish",
          "north west",
          "south west",
          "north east",
          "south east",
          "northwest",
          "southwest",
          "northeast",
          "southeast");

  /** Words before a name that say a place is meant ("in Mansfield", "north Arlington"). */
  private static final Set<String> TOWN_BEFORE =
      Set.of(
          "in",
          "near",
          "outside",
          "from",
          "at",
          "In",
          "Near",
          "Outside",
          "From",
          "At",
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "downtown",
          "suburban",
          "rural",
          "Metro",
          "metro");

  /** Words before "of" and a name that say a town is meant ("the University of Hartford"). */
  private static final Set<String> TOWN_OF =
      Set.of("University", "College", "City", "Town", "Village", "Township", "Borough");

  /** Words after a name that say a town is meant ("Mansfield police", "Mansfield Mayor"). */
  private static final Set<String> TOWN_AFTER =
      Set.of(
          "police",
          "mayor",
          "township",
          "residents",
          "resident",
          "aldermen",
          "selectmen",
          "selectman",
          "council",
          "firefighters",
          "fire");

  /**
   * Words after a name that say a town is meant unless the name is a person's ("Harwinton
   * taxpayers", "Crestwood Board of Education", but not "Arnold man"). Schools and libraries are
   * too often named after people ("Lee Academy", "Carnegie Library") to say as much.
   */
  private static final Set<String> TOWN_AFTER_UNLESS_PERSON =
      Set.of(
          "man",
          "woman",
          "native",
          "officials",
          "taxpayers",
          "voters",
          "board",
          "zoning",
          "planning",
          "commissioners",
          "trustees");

  /**
   * Nouns that head the names of institutions and are towns' names too ("College", Alaska;
   * "Police", Poland): "Metro Police", "the College of Law" name no place.
   */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "college",
          "university",
          "police",
          "council",
          "law",
          "chamber",
          "front",
          "board",
          "school",
          "court",
          "church",
          "hospital",
          "center",
          "centre",
          "park",
          "union",
          "high",
          "academy",
          "library",
          "county",
          "state",
          "city",
          "community",
          "public");

  private static final Pattern CUE =
      Pattern.compile("\\G,\\s*([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)");

  /**
   * A legislator's party and home ("Rep. Wendell Gilliard, D-Charleston", "(R-Ga.)"): the place
   * after the party letter and a hyphen, up to a comma or a closing bracket.
   */
  private static final Pattern PARTY_HOME =
      Pattern.compile("(?<![\\p{L}\\p{N}])[DRI]-([A-Z][\\p{L}.]+(?: [A-Z][\\p{L}.]+)?)(?=[,;)])");

  /** The rule of a town the gazetteer lacks, placed at the region its hierarchy cue names. */
  private static final String UNKNOWN_TOWN = "geo.hierarchy-cue.unknown-town";

  private record Candidate(GazetteerEntry entry, boolean adjectival, String rule) {}

  /**
   * A toponym found in the text.
   *
   * @param known its sense when recognition already fixed it (curated features, demonyms, cues)
   * @param rule how it was recognised, for names resolved later
   */
  private record Mention(
      int sentence, Span span, String text, Optional<Candidate> known, String rule) {}

  private final Gazetteer gazetteer;
  private final Resolver resolver;
  private final PhraseMatcher<Candidate> names = new PhraseMatcher<>();

  public Geoparser(Gazetteer gazetteer, Countries countries) {
    this.gazetteer = gazetteer;
    this.resolver = new Resolver(gazetteer);
    for (Map.Entry<String, GazetteerEntry> f : gazetteer.featureForms().entrySet()) {
      names.add(f.getKey(), new Candidate(f.getValue(), false, "geo.feature"), false);
    }
    for (Map.Entry<String, GazetteerEntry> a : gazetteer.featureAdjectives().entrySet()) {
      names.add(a.getKey(), new Candidate(a.getValue(), true, "geo.feature-adjective"), false);
    }
    for (Country c : countries.all()) {
      GazetteerEntry e = gazetteer.countryEntry(c);
      for (String n : c.names()) {
        names.add(n, new Candidate(e, false, "geo.country"), false);
      }
      for (String d : c.demonyms()) {
        names.add(d, new Candidate(e, true, "geo.country-adjective"), false);
      }
    }
    for (String county : gazetteer.countyNames()) {
      names.add(
          county,
          new Candidate(gazetteer.counties(county).get(0), false, "geo.admin2-name"),
          false);
    }
    for (Map.Entry<String, GazetteerEntry> r : gazetteer.admin1Forms().entrySet()) {
      if (GENERIC.contains(Gazetteer.key(r.getKey()))) {
        continue;
      }
      names.add(r.getKey(), new Candidate(r.getValue(), false, "geo.admin1"), false);
    }
  }

  /** The places of an article, in text order, with ids {@code p1, p2, ...}. */
  public List<Place> geoparse(ParsedArticle p) {
    List<Mention> mentions = recognise(p);
    mentions.removeIf(m -> GENERIC.contains(key(m)));
    mentions.addAll(repeats(p, mentions));
    Map<String, GazetteerEntry> unknownTowns = new HashMap<>();
    Map<Span, GazetteerEntry> cues = findCues(p.text(), mentions, unknownTowns);
    mentions.sort(Comparator.comparing(Mention::span));
    Map<String, Optional<GazetteerEntry>> cueByName = new HashMap<>();
    for (Mention m : mentions) {
      Optional<GazetteerEntry> cue = Optional.ofNullable(cues.get(m.span));
      if (m.known.isEmpty() && (cue.isPresent() || !cueByName.containsKey(key(m)))) {
        cueByName.put(key(m), cue);
      }
    }
    Set<String> regionMeant = new HashSet<>();
    for (Mention m : mentions) {
      if (m.known.isEmpty() && regionWordAround(p.text(), m.span)) {
        regionMeant.add(key(m));
      }
    }
    // Pass 1 reads each name alone.
    Map<String, Optional<Resolver.Sense>> first = new HashMap<>();
    for (Mention m : mentions) {
      if (m.known.isEmpty()) {
        first.computeIfAbsent(
            key(m),
            k ->
                resolver.resolve(
                    m.text, Resolver.Context.NONE, cueByName.get(k), regionMeant.contains(k)));
      }
    }
    // Later passes read each name in the light of where the others went in the pass before.
    // Every reading of each name, looked up once per article: later passes ask for them per name.
    Map<String, List<GazetteerEntry>> readings = new HashMap<>();
    for (Mention m : mentions) {
      if (m.known.isEmpty()) {
        readings.computeIfAbsent(key(m), k -> resolver.candidates(m.text, cueByName.get(k)));
      }
    }
    Map<String, Optional<Resolver.Sense>> senses = first;
    for (int pass = 2; pass <= PASSES; pass++) {
      Map<String, Optional<Resolver.Sense>> before = senses;
      Map<String, Optional<Resolver.Sense>> next = new HashMap<>();
      for (Mention m : mentions) {
        if (m.known.isEmpty()) {
          next.computeIfAbsent(
              key(m),
              k ->
                  resolver.resolve(
                      m.text,
                      context(mentions, before, k, readings),
                      cueByName.get(k),
                      regionMeant.contains(k)));
        }
      }
      senses = next;
    }
    List<Place> out = new ArrayList<>();
    for (Mention m : mentions) {
      GazetteerEntry region = m.known.isEmpty() ? unknownTowns.get(key(m)) : null;
      Optional<Candidate> c =
          m.known.isPresent()
              ? m.known
              : region != null
                  ? Optional.of(new Candidate(region, false, UNKNOWN_TOWN))
                  : senses
                      .get(key(m))
                      .map(
                          s ->
                              new Candidate(
                                  s.entry(),
                                  false,
                                  m.rule.equals("geo.dateline") ? m.rule : s.rule()));
      if (c.isEmpty()) {
        continue;
      }
      GazetteerEntry e = c.get().entry;
      // a county or town the gazetteer lacks, placed at the region that holds it
      boolean county = c.get().rule.startsWith("geo.county") || c.get().rule.equals(UNKNOWN_TOWN);
      out.add(
          new Place(
              "p" + (out.size() + 1),
              county ? m.text : e.name(),
              m.span,
              e.lat(),
              e.lon(),
              e.iso3(),
              county ? PlaceKind.OTHER : e.kind(),
              county ? 0 : e.geonameId(),
              c.get().adjectival,
              new Evidence(m.sentence, m.span, c.get().rule)));
    }
    return out;
  }

  /**
   * Further occurrences of names already recognised as places, which CoreNLP tagged otherwise (one
   * sense per discourse): "Mansfield" as a city in one sentence and as an organisation in the next.
   * A person's name is left alone, and so is a lowercase form.
   */
  private static List<Mention> repeats(ParsedArticle p, List<Mention> mentions) {
    Set<String> known = new HashSet<>();
    for (Mention m : mentions) {
      if (m.known.isEmpty()) {
        known.add(m.text);
      }
    }
    List<Mention> out = new ArrayList<>();
    if (known.isEmpty()) {
      return out;
    }
    PhraseMatcher<String> matcher = new PhraseMatcher<>();
    known.forEach(k -> matcher.add(k, k, false));
    for (Sentence s : p.sentences()) {
      for (PhraseMatcher.Match<String> m : matcher.find(s, p.text())) {
        Span span = s.spanOf(m.first(), m.last());
        boolean taken = mentions.stream().anyMatch(o -> o.span.overlaps(span));
        if (!taken
            && !s.token(m.first()).ner().equals("PERSON")
            && !NOT_PLACES.contains(s.token(m.first()).ner())) {
          out.add(new Mention(s.index(), span, m.phrase(), Optional.empty(), "geo.repeat"));
        }
      }
    }
    return out;
  }

  private static String key(Mention m) {
    return Gazetteer.key(m.text);
  }

  /** Countries and regions of every mention whose name is not {@code name}. */
  private static Resolver.Context context(
      List<Mention> mentions,
      Map<String, Optional<Resolver.Sense>> first,
      String name,
      Map<String, List<GazetteerEntry>> readings) {
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> regions = new HashMap<>();
    List<GazetteerEntry> local = new ArrayList<>();
    List<GazetteerEntry> possible = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> statesNamed = new HashSet<>();
    for (Mention m : mentions) {
      if (key(m).equals(name)) {
        continue;
      }
      Optional<GazetteerEntry> e =
          m.known.isPresent()
              ? m.known.map(Candidate::entry)
              : first.get(key(m)).map(Resolver.Sense::entry);
      if (e.isEmpty() || e.get().iso3().isEmpty()) {
        continue;
      }
      countries.merge(e.get().iso3(), 1, Integer::sum);
      if (m.known.isEmpty() && !first.get(key(m)).get().clear()) {
        // a coin toss between same-named towns says nothing about the region, but a town of
        // that name may still lie next to one reading of a name being resolved
        if (seen.add(key(m))) {
          List<GazetteerEntry> these = readings.get(key(m));
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

  private static final Pattern REGION_AFTER = Pattern.compile("\\G\\s+(?:state|State|province)\\b");
  private static final Pattern REGION_BEFORE =
      Pattern.compile("\\b(?:state|State|province|Province) of\\s+$");

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
   * holds a town of the toponym's name; the result maps each cued toponym's span to its region. A
   * toponym that names no town of the gazetteer but stands before a state's name or abbreviation
   * ("Belgrade, Minn.", "Greenwood, W. Va.") is a town too small for it: {@code unknownTowns} gets
   * its name and the state, where it is placed.
   */
  private Map<Span, GazetteerEntry> findCues(
      String text, List<Mention> mentions, Map<String, GazetteerEntry> unknownTowns) {
    Map<Span, GazetteerEntry> cues = new HashMap<>();
    List<Mention> added = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.known.isPresent()) {
        continue;
      }
      Matcher c = CUE.matcher(text);
      c.region(m.span.end(), text.length());
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
        region = cueRegion(m.text, cand);
        if (region.isPresent()) {
          cueSpan = Optional.of(new Span(c.start(1), c.start(1) + cand.length()));
          break;
        }
      }
      for (int i = 0; i < forms.size() && region.isEmpty(); i++) {
        region = regionOfUnknownTown(text, m.span, forms.get(i));
        if (region.isPresent()) {
          unknown = true;
          cueSpan = Optional.of(new Span(c.start(1), c.start(1) + forms.get(i).length()));
        }
      }
      if (region.isEmpty()) {
        continue;
      }
      if (unknown) {
        unknownTowns.putIfAbsent(key(m), region.get());
      } else {
        cues.put(m.span, region.get());
      }
      Span span = cueSpan.get();
      added.add(
          new Mention(
              m.sentence,
              span,
              span.of(text),
              Optional.of(new Candidate(region.get(), false, "geo.hierarchy-cue.region")),
              ""));
    }
    for (Mention a : added) {
      mentions.removeIf(o -> o.span.overlaps(a.span));
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
        || GENERIC.contains(Gazetteer.key(cue))
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

  private List<Mention> recognise(ParsedArticle p) {
    List<Mention> out = new ArrayList<>();
    String text = p.text();
    Optional<Dateline> dateline = Dateline.find(text);
    dateline.ifPresent(
        d ->
            out.add(
                new Mention(
                    -1,
                    d.place(),
                    titleCase(d.place().of(text)),
                    Optional.empty(),
                    "geo.dateline")));
    for (Matcher m = COORDINATED.matcher(text); m.find(); ) {
      String rest = m.group(3) + singular(m.group(4));
      Optional<GazetteerEntry> a = gazetteer.feature(m.group(1) + " " + rest);
      Optional<GazetteerEntry> b = gazetteer.feature(m.group(2) + " " + rest);
      if (a.isPresent() && b.isPresent()) {
        int sentence = sentenceAt(p, m.start());
        out.add(
            new Mention(
                sentence,
                new Span(m.start(1), m.end(1)),
                a.get().name(),
                Optional.of(new Candidate(a.get(), false, "geo.feature-coordinated")),
                ""));
        out.add(
            new Mention(
                sentence,
                new Span(m.start(2), m.end(4)),
                b.get().name(),
                Optional.of(new Candidate(b.get(), false, "geo.feature-coordinated")),
                ""));
      }
    }
    for (Sentence s : p.sentences()) {
      boolean[] taken = new boolean[s.tokens().size()];
      for (Mention m : out) {
        markTaken(s, m.span, taken);
      }
      for (PhraseMatcher.Match<Candidate> m : names.find(s, text)) {
        Span span = s.spanOf(m.first(), m.last());
        if (overlaps(taken, m.first(), m.last()) || inDateline(dateline, span)) {
          continue;
        }
        Candidate c = m.value();
        Optional<Span> town = widenToCity(s, text, m.first(), m.last(), taken);
        if (town.isPresent()) {
          // "Kansas City", "Virginia Beach", "Mexico City": a town named after a bigger place
          out.add(
              new Mention(
                  s.index(), town.get(), town.get().of(text), Optional.empty(), "geo.city-name"));
          markTaken(s, town.get(), taken);
          continue;
        }
        boolean open =
            c.rule.equals("geo.country")
                || c.rule.equals("geo.admin1")
                || c.rule.equals("geo.admin2-name");
        // "Virginia Woolf" is no place, but "the Minnesota Department of Transportation" names one
        if (c.rule.equals("geo.admin1") && s.token(m.first()).ner().equals("PERSON")) {
          continue;
        }
        out.add(
            new Mention(
                s.index(),
                span,
                span.of(text),
                open ? Optional.empty() : Optional.of(c),
                open ? c.rule : ""));
        markTaken(s, span, taken);
      }
      int i = 0;
      while (i < s.tokens().size()) {
        Token t = s.token(i);
        if (!LOCATION_TAGS.contains(t.ner()) || taken[i]) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < s.tokens().size() && s.token(j + 1).ner().equals(t.ner()) && !taken[j + 1]) {
          j++;
        }
        Span span = widenToCity(s, text, i, j, taken).orElse(s.spanOf(i, j));
        // a lowercase remnant of a name the dictionaries took ("of" in "Republic of Korea")
        boolean remnant = !Character.isUpperCase(text.charAt(span.start()));
        if (!inDateline(dateline, span) && !remnant) {
          out.add(
              new Mention(
                  s.index(),
                  span,
                  span.of(text),
                  Optional.empty(),
                  "geo.ner." + t.ner().toLowerCase(Locale.ROOT)));
        }
        markTaken(s, span, taken);
        i = j + 1;
        while (i < s.tokens().size() && s.token(i).span().start() < span.end()) {
          i++;
        }
      }
      out.addAll(cuedTowns(s, text, taken, dateline));
    }
    out.addAll(partyHomes(p, out));
    return out;
  }

  /** Places in a legislator's party-and-home tag ("D-Charleston") that nothing else found. */
  private List<Mention> partyHomes(ParsedArticle p, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    String text = p.text();
    for (Matcher m = PARTY_HOME.matcher(text); m.find(); ) {
      String words = m.group(1);
      for (String name :
          words.contains(" ") ? List.of(words, words.split(" ")[0]) : List.of(words)) {
        Span span = new Span(m.start(1), m.start(1) + name.length());
        boolean known =
            !gazetteer.cities(name).isEmpty()
                || !gazetteer.admin1(name).isEmpty()
                || gazetteer.country(name).isPresent();
        if (known && found.stream().noneMatch(o -> o.span.overlaps(span))) {
          out.add(
              new Mention(
                  sentenceAt(p, span.start()), span, name, Optional.empty(), "geo.party-home"));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Town names the tagger missed or took for an organisation, where the words around them say a
   * place is meant: "in Mansfield", "the Mansfield Police Department", "Mansfield Mayor Curtis
   * McCoy". A capitalised name counts only when the gazetteer has a town of that name.
   */
  private List<Mention> cuedTowns(
      Sentence s, String text, boolean[] taken, Optional<Dateline> dateline) {
    List<Mention> out = new ArrayList<>();
    int n = s.tokens().size();
    int i = 0;
    while (i < n) {
      int found = -1;
      for (int j = Math.min(n - 1, i + 2); j >= i && found < 0; j--) {
        if (!properName(s, i, j, taken)) {
          continue;
        }
        Span span = s.spanOf(i, j);
        String name = span.of(text);
        boolean before =
            i > 0 && TOWN_BEFORE.contains(s.token(i - 1).word())
                || i > 1
                    && s.token(i - 1).word().equals("of")
                    && TOWN_OF.contains(s.token(i - 2).word());
        String next = j + 1 < n ? s.token(j + 1).word().toLowerCase(Locale.ROOT) : "";
        boolean person = s.token(i).ner().equals("PERSON");
        boolean institution = false;
        for (int k = i; k <= j; k++) {
          institution |= INSTITUTION_WORDS.contains(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        boolean after =
            TOWN_AFTER.contains(next)
                || TOWN_AFTER_UNLESS_PERSON.contains(next) && !person && !institution;
        if ((after || before && !person && !institution)
            && !GENERIC.contains(Gazetteer.key(name))
            && !gazetteer.cities(name).isEmpty()
            && !inDateline(dateline, span)) {
          found = j;
          out.add(new Mention(s.index(), span, name, Optional.empty(), "geo.town-cue"));
          markTaken(s, span, taken);
        }
      }
      i = found >= 0 ? found + 1 : i + 1;
    }
    return out;
  }

  /** Whether tokens {@code i..j} are free, capitalised proper nouns. */
  private static boolean properName(Sentence s, int i, int j, boolean[] taken) {
    for (int k = i; k <= j; k++) {
      Token t = s.token(k);
      if (taken[k]
          || !t.pos().startsWith("NNP")
          || NOT_PLACES.contains(t.ner())
          || t.word().isEmpty()
          || !Character.isUpperCase(t.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The longest town name that the tokens {@code first..last} start or end with one or two more
   * capitalised words ("Kansas" + "City", "New" + "Concord"), when the gazetteer has a town of that
   * name; empty when the name stays as it is.
   */
  private Optional<Span> widenToCity(
      Sentence s, String text, int first, int last, boolean[] taken) {
    int n = s.tokens().size();
    Span best = null;
    for (int from = Math.max(0, first - 1); from <= first; from++) {
      for (int to = Math.min(n - 1, last + 2); to >= last; to--) {
        if (from == first && to == last
            || !capitalised(s, from, first)
            || !capitalised(s, last + 1, to)
            || from < first && taken[from]) {
          continue;
        }
        boolean free = true;
        for (int k = last + 1; k <= to; k++) {
          free &= !taken[k] && !s.token(k).ner().equals("PERSON");
        }
        Span span = s.spanOf(from, to);
        if (free
            && !gazetteer.cities(span.of(text)).isEmpty()
            && (best == null || span.length() > best.length())) {
          best = span;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether tokens {@code from} (inclusive) to {@code to} (exclusive of none) start uppercase. */
  private static boolean capitalised(Sentence s, int from, int to) {
    for (int k = from; k <= to && k < s.tokens().size(); k++) {
      String w = s.token(k).word();
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean inDateline(Optional<Dateline> d, Span span) {
    return d.isPresent() && d.get().span().overlaps(span);
  }

  private static void markTaken(Sentence s, Span span, boolean[] taken) {
    for (Token t : s.tokens()) {
      if (span.overlaps(t.span())) {
        taken[t.index()] = true;
      }
    }
  }

  private static boolean overlaps(boolean[] taken, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceAt(ParsedArticle p, int offset) {
    for (Sentence s : p.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }

  private static String singular(String plural) {
    String lower = plural.toLowerCase(Locale.ROOT);
    String one = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    return Character.toUpperCase(one.charAt(0)) + one.substring(1);
  }

  private static String titleCase(String upper) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char ch : upper.toCharArray()) {
      b.append(start ? ch : Character.toLowerCase(ch));
      start = ch == ' ' || ch == '-';
    }
    return b.toString();
  }
}
