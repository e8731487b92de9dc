package io.herald.geo;

import io.herald.model.PlaceKind;
import io.herald.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hierarchy cues: a region or country right after a toponym and a comma ("Paris, Texas", "Long
 * Beach, CA", "Bangor, Maine") or "in" ("Fuyang in Anhui province"), and the towns too small for
 * the gazetteer that such a cue places ("Belgrade, Minn.").
 */
final class HierarchyCues {
  private static final Pattern CUE =
      Pattern.compile("\\G,\\s*([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)");

  /**
   * A region after "in": "Fuyang in Anhui province", "Crawford County located in Pennsylvania".
   * Weaker than a comma, it counts only where the region holds a town or county of the name.
   */
  private static final Pattern IN_CUE =
      Pattern.compile(
          "\\G,?\\s+(?:(?:located|situated|based) )?in (?:the )?(?:(?:state|province) of )?"
              + "([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)");

  private final Gazetteer gazetteer;

  HierarchyCues(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The cue becomes a mention of its own, fixed to the region that holds a town of the toponym's
   * name, and replaces the toponyms it overlaps in {@code mentions}; the result maps each cued
   * toponym's span to its region. A toponym that names no town of the gazetteer but stands before a
   * state's name or abbreviation ("Belgrade, Minn.", "Greenwood, W. Va.") is a town too small for
   * it: {@code unknownTowns} gets its name and the state, where it is placed.
   */
  Map<Span, GazetteerEntry> find(
      String text, List<Toponym> mentions, Map<String, GazetteerEntry> unknownTowns) {
    Map<Span, GazetteerEntry> cues = new HashMap<>();
    List<Toponym> added = new ArrayList<>();
    for (Toponym m : mentions) {
      if (m.known().isPresent()) {
        continue;
      }
      Matcher c = CUE.matcher(text);
      c.region(m.span().end(), text.length());
      boolean comma = c.lookingAt();
      if (!comma) {
        c = IN_CUE.matcher(text);
        c.region(m.span().end(), text.length());
        // "Bulacan in Central Luzon": a region within a region, not a town
        if (!c.lookingAt()
            || !gazetteer.admin1(m.text()).isEmpty()
            || gazetteer.country(m.text()).isPresent()) {
          continue;
        }
      }
      String words = c.group(1);
      Optional<Span> cueSpan = Optional.empty();
      Optional<GazetteerEntry> region = Optional.empty();
      boolean unknown = false;
      List<String> forms = forms(words);
      for (String cand : forms) {
        region = cueRegion(m.text(), cand);
        if (region.isPresent()) {
          cueSpan = Optional.of(new Span(c.start(1), c.start(1) + cand.length()));
          break;
        }
      }
      for (int i = 0; comma && i < forms.size() && region.isEmpty(); i++) {
        region = regionOfUnknownTown(text, m.span(), forms.get(i), c.start(1), mentions);
        if (region.isPresent()) {
          unknown = true;
          cueSpan = Optional.of(new Span(c.start(1), c.start(1) + forms.get(i).length()));
        }
      }
      if (region.isEmpty() || listOfRegions(text, m, cueSpan.get(), region.get())) {
        continue;
      }
      if (unknown) {
        unknownTowns.putIfAbsent(m.key(), region.get());
      } else {
        cues.put(m.span(), region.get());
      }
      Span span = cueSpan.get();
      Optional<GazetteerEntry> city =
          unknown ? Optional.empty() : cityAround(m.text(), span.of(text), region.get());
      added.add(
          new Toponym(
              m.sentence(),
              span,
              span.of(text),
              Optional.of(
                  city.map(x -> new Candidate(x, false, "geo.hierarchy-cue.city"))
                      .orElse(new Candidate(region.get(), false, "geo.hierarchy-cue.region"))),
              ""));
    }
    for (Toponym a : added) {
      mentions.removeIf(o -> o.span().overlaps(a.span()));
      mentions.add(a);
    }
    return cues;
  }

  /**
   * The ways to read the words after a toponym as a region, longest first: both words, the first
   * alone, and each without a sentence's full stop ("Crawford County located in Pennsylvania."),
   * which an abbreviation's own stop ("Minn.") keeps as the first reading.
   */
  private static List<String> forms(String words) {
    List<String> out = new ArrayList<>();
    List<String> whole = words.contains(" ") ? List.of(words, words.split(" ")[0]) : List.of(words);
    for (String w : whole) {
      out.add(w);
      if (w.length() > 1 && w.endsWith(".")) {
        out.add(w.substring(0, w.length() - 1));
      }
    }
    return out;
  }

  /**
   * The state called {@code cue} when {@code town} is a name the gazetteer knows as no town there
   * and as no region or country: one region of that name or abbreviation with an admin-1 code, and
   * no country of that name ("Georgia" may follow a town of either). A name the gazetteer knows as
   * a town elsewhere (other than a minor town, {@link Gazetteer#minor}) needs a state abbreviation
   * ("Belgrade, Minn."), which only a writer placing a small town uses, not a list of places
   * ("Moscow, Kiev, Minsk"), or a region's full name that is no item of a list and whose country
   * the story names ({@link #placedInRegion}: "Stroud, Ontario, Canada").
   */
  private Optional<GazetteerEntry> regionOfUnknownTown(
      String text, Span townSpan, String cue, int cueStart, List<Toponym> mentions) {
    String town = townSpan.of(text);
    boolean abbreviation =
        cue.endsWith(".") || cue.length() >= 2 && cue.equals(cue.toUpperCase(Locale.ROOT));
    if (gazetteer.country(cue).isPresent()
        || PlaceWords.generic(Gazetteer.key(cue))
        || gazetteer.country(town).isPresent()
        || gazetteer.feature(town).isPresent()
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
    GazetteerEntry region = regions.get(0);
    List<GazetteerEntry> namesakes =
        gazetteer.cities(town).stream().filter(t -> !gazetteer.minor(t)).toList();
    if (!abbreviation
        && !namesakes.isEmpty()
        && (namesakes.stream().anyMatch(t -> t.iso3().equals(region.iso3()))
            || !placedInRegion(
                text, townSpan, new Span(cueStart, cueStart + cue.length()), region, mentions))) {
      return Optional.empty();
    }
    return Optional.of(region);
  }

  /** What may follow a region's name in a list of places: "and", "or", or a comma and a name. */
  private static final Pattern LIST_AFTER_CUE =
      Pattern.compile(
          "\\G\\s*(?:(?:and|or)\\b|,\\s*(?:the\\s+)?([A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)*))");

  /**
   * Whether a town's name and the region's full name after it place the town in that region even
   * though the gazetteer knows the name only as a bigger town of another country: the two are no
   * items of a list (no comma before the town; after the region no "and", "or", or comma and a name
   * other than the region's country), and the story names the region's country, right after the
   * region ("Stroud, Ontario, Canada") or anywhere else. A writer listing places does not pair a
   * foreign town with a region of a country the story is about.
   */
  private boolean placedInRegion(
      String text, Span town, Span cue, GazetteerEntry region, List<Toponym> mentions) {
    if (text.substring(0, town.start()).stripTrailing().endsWith(",")) {
      return false;
    }
    Matcher after = LIST_AFTER_CUE.matcher(text);
    after.region(cue.end(), text.length());
    if (after.lookingAt()) {
      // the name may run into the next sentence ("Canada. On the way"): its first sentence's
      String name = after.group(1) == null ? "" : after.group(1).split("\\. ")[0];
      return ofCountry(name, region)
          || name.endsWith(".") && ofCountry(name.substring(0, name.length() - 1), region);
    }
    return mentions.stream().anyMatch(o -> !o.span().overlaps(town) && ofCountry(o.text(), region));
  }

  private boolean ofCountry(String name, GazetteerEntry region) {
    return gazetteer.country(name).map(c -> c.iso3().equals(region.iso3())).orElse(false);
  }

  /**
   * What ends a list after its last but one name: "and" or "or" (a comma may also close a hierarchy
   * cue: "Washington, Pennsylvania, a town of 13,000").
   */
  private static final Pattern LIST_GOES_ON = Pattern.compile("\\G\\s*(?:and|or)\\b");

  /**
   * Whether a region's name and the cue after it are two items of a list of its country's regions
   * ("Texas, Utah, Virginia, Washington, West Virginia and Wyoming"; "in Washington, Pennsylvania
   * and California"): a comma before the name or "and" after the cue.
   */
  private boolean listOfRegions(String text, Toponym m, Span cue, GazetteerEntry region) {
    if (gazetteer.admin1(m.text()).stream().noneMatch(r -> r.iso3().equals(region.iso3()))) {
      return false;
    }
    Matcher after = LIST_GOES_ON.matcher(text);
    after.region(cue.end(), text.length());
    return after.lookingAt() || text.substring(0, m.span().start()).stripTrailing().endsWith(",");
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

  /**
   * A cue that names both a region and a big city of that region, where a town called {@code town}
   * in the region lies within {@link Resolver#SAME_PLACE_KM} of the city: the cue names the city,
   * of which the town is a district ("Harbourside, Springfield" where Springfield is also the
   * state).
   */
  private Optional<GazetteerEntry> cityAround(String town, String cue, GazetteerEntry region) {
    if (region.kind() != PlaceKind.ADMIN1) {
      return Optional.empty();
    }
    List<GazetteerEntry> towns =
        gazetteer.cities(town).stream().filter(t -> SenseScore.within(t, region)).toList();
    for (GazetteerEntry c : gazetteer.citiesAnyName(cue)) {
      if (c.population() >= Resolver.BIG_CITY
          && SenseScore.within(c, region)
          && towns.stream()
              .anyMatch(
                  t ->
                      t != c
                          && Resolver.km(t.lat(), t.lon(), c.lat(), c.lon())
                              <= Resolver.SAME_PLACE_KM)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The region or country called {@code cue} that holds a town or county called {@code town}. */
  private Optional<GazetteerEntry> cueRegion(String town, String cue) {
    List<GazetteerEntry> regions = new ArrayList<>(gazetteer.admin1(cue));
    gazetteer.country(cue).ifPresent(regions::add);
    List<GazetteerEntry> towns = new ArrayList<>(gazetteer.cities(town));
    towns.addAll(gazetteer.counties(town));
    for (GazetteerEntry r : regions) {
      for (GazetteerEntry t : towns) {
        if (SenseScore.within(t, r)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }
}
