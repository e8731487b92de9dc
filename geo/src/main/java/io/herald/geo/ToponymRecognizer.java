package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
import io.herald.model.text.Dateline;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the toponyms of an article: the dateline, coordinated features ("the East and South China
 * seas"), names from the dictionaries (curated features and their adjectives, countries and their
 * demonyms, US counties, first-level regions), CoreNLP's location classes for the rest, towns the
 * words around them cue, and legislators' homes. A toponym covers tokens no earlier one took.
 */
final class ToponymRecognizer {
  /**
   * The tagger's classes of places; a country the dictionaries did not take is a short or old form
   * ("Congo" alone).
   */
  private static final Set<String> LOCATION_TAGS =
      Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");

  private final Gazetteer gazetteer;
  private final PhraseMatcher<Candidate> names = new PhraseMatcher<>();
  private final Datelines datelines;
  private final CoordinatedFeatures coordinated;
  private final CountyLists countyLists;
  private final TownCues townCues;
  private final PartyHomes partyHomes;
  private final HyphenPairs hyphenPairs;
  private final ListedTowns listedTowns;
  private final OrganisationTowns organisationTowns;
  private final RegionDemonyms regionDemonyms;

  ToponymRecognizer(Gazetteer gazetteer, Countries countries) {
    this.gazetteer = gazetteer;
    this.datelines = new Datelines(gazetteer);
    this.coordinated = new CoordinatedFeatures(gazetteer);
    this.countyLists = new CountyLists(gazetteer);
    this.townCues = new TownCues(gazetteer);
    this.partyHomes = new PartyHomes(gazetteer);
    this.hyphenPairs = new HyphenPairs(gazetteer);
    this.listedTowns = new ListedTowns(gazetteer);
    this.organisationTowns = new OrganisationTowns(gazetteer);
    this.regionDemonyms = new RegionDemonyms(gazetteer);
    for (Map.Entry<String, GazetteerEntry> f : gazetteer.featureForms().entrySet()) {
      // a name of several words may be written in other capitals ("Pacific NorthWest", "SOUTH
      // CHINA SEA"): such matches are kept when every word whose case differs is capitalised
      names.add(
          f.getKey(),
          new Candidate(f.getValue(), false, "geo.feature"),
          f.getKey().strip().contains(" "));
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
      if (PlaceWords.generic(Gazetteer.key(r.getKey()))) {
        continue;
      }
      names.add(r.getKey(), new Candidate(r.getValue(), false, "geo.admin1"), false);
    }
  }

  /**
   * The toponyms of the article, not in text order, in a mutable list: those found, less the
   * generic words ("the West"), and then every further occurrence of a name found, less the names
   * of pathogens ({@link PathogenNames}).
   */
  List<Toponym> recognise(ParsedArticle p) {
    List<Toponym> mentions = find(p);
    mentions.removeIf(m -> PlaceWords.generic(m.key()));
    mentions.addAll(repeats(p, mentions));
    PathogenNames.remove(p.text(), mentions, gazetteer);
    return mentions;
  }

  private List<Toponym> find(ParsedArticle p) {
    List<Toponym> out = new ArrayList<>();
    String text = p.text();
    Optional<Dateline> dateline = Dateline.find(text);
    out.addAll(datelines.find(p, dateline));
    out.addAll(coordinated.find(p));
    out.addAll(countyLists.find(p));
    for (Sentence s : p.sentences()) {
      TakenTokens taken = new TakenTokens(s);
      for (Toponym m : out) {
        taken.mark(m.span());
      }
      dictionaryNames(s, text, taken, dateline, out);
      out.addAll(regionDemonyms.find(s, text, taken));
      taggedLocations(s, text, taken, dateline, out);
      out.addAll(townCues.find(s, text, taken, dateline));
      out.addAll(listedTowns.find(s, text, taken, out, dateline));
      out.addAll(organisationTowns.find(s, text, taken, dateline));
      cuedPlaces(s, text, taken, dateline, out);
    }
    out.addAll(partyHomes.find(p, out));
    out.addAll(hyphenPairs.split(p, out));
    return out;
  }

  /**
   * Free names that the words around them say are places ({@link PlaceCues}): "the village of
   * Oskaloo", "the Tarn and Vell districts", whatever the tagger took them for.
   */
  private static void cuedPlaces(
      Sentence s, String text, TakenTokens taken, Optional<Dateline> dateline, List<Toponym> out) {
    for (Span span : PlaceCues.find(s)) {
      boolean free = true;
      for (Token t : s.tokens()) {
        free &= !(span.overlaps(t.span()) && taken.at(t.index()));
      }
      if (free && !Datelines.inDateline(dateline, span)) {
        out.add(new Toponym(s.index(), span, span.of(text), Optional.empty(), PlaceCues.RULE));
        taken.mark(span);
      }
    }
  }

  /** Names from the dictionaries, or the towns named after them ("Kansas City"). */
  private void dictionaryNames(
      Sentence s, String text, TakenTokens taken, Optional<Dateline> dateline, List<Toponym> out) {
    for (PhraseMatcher.Match<Candidate> m : names.findLongest(s, text)) {
      Span span = s.spanOf(m.first(), m.last());
      if (taken.any(m.first(), m.last()) || Datelines.inDateline(dateline, span)) {
        continue;
      }
      Candidate c = m.value();
      if (!capitalsAgree(span.of(text), m.phrase())) {
        continue;
      }
      Optional<Span> town = widenToCity(s, text, m.first(), m.last(), taken);
      if (town.isPresent()) {
        // "Kansas City", "Virginia Beach", "Mexico City": a town named after a bigger place
        out.add(
            new Toponym(
                s.index(), town.get(), town.get().of(text), Optional.empty(), "geo.city-name"));
        taken.mark(town.get());
        continue;
      }
      boolean open =
          c.rule().equals("geo.country")
              || c.rule().equals("geo.admin1")
              || c.rule().equals("geo.admin2-name");
      if (open && partOfLongerName(s, m.first(), m.last())) {
        continue;
      }
      // "Virginia Woolf" is no place, but "the Minnesota Department of Transportation" names one,
      // and so does a region's whole name of several words the tagger took for a person ("in
      // Milton Keynes"); one word alone so tagged is likelier a surname ("Trapani", "Gilbert")
      if (c.rule().equals("geo.admin1")
          && s.token(m.first()).ner().equals("PERSON")
          && (m.first() == m.last() || personsName(s, m.first(), m.last()))) {
        continue;
      }
      out.add(
          new Toponym(
              s.index(),
              span,
              span.of(text),
              open ? Optional.empty() : Optional.of(c),
              open ? c.rule() : ""));
      taken.mark(span);
    }
  }

  /**
   * Whether a name as written agrees with the dictionary's form but for the capitals of words that
   * are capitalised in the text ("Pacific NorthWest", "SOUTH CHINA SEA"), so that a common phrase
   * ("the west bank of the river") is not read as a name ("West Bank").
   */
  static boolean capitalsAgree(String written, String form) {
    if (written.equals(form)) {
      return true;
    }
    String[] w = written.split(" ");
    String[] f = form.split(" ");
    if (w.length != f.length) {
      return false;
    }
    for (int i = 0; i < w.length; i++) {
      if (!w[i].equals(f[i]) && (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a region's or county's name is only part of a longer name the dictionaries do not hold:
   * a feature word follows it ("Islington" in "Islington Bay"), or it is a feature word after
   * another capitalised word ("Plateau" in "Central Plateau", "Bay" in "Mahim Bay").
   */
  private static boolean partOfLongerName(Sentence s, int first, int last) {
    boolean featureAfter =
        last + 1 < s.tokens().size()
            && Character.isUpperCase(s.token(last + 1).word().charAt(0))
            && PlaceWords.featureWord(s.token(last + 1).word());
    boolean capitalisedBefore =
        first > 0
            && !s.token(first - 1).word().isEmpty()
            && Character.isUpperCase(s.token(first - 1).word().charAt(0));
    return featureAfter
        || first == last && capitalisedBefore && PlaceWords.featureWord(s.token(first).word());
  }

  /** Runs of tokens CoreNLP tagged as a location, widened to a town's name where one fits. */
  private void taggedLocations(
      Sentence s, String text, TakenTokens taken, Optional<Dateline> dateline, List<Toponym> out) {
    int i = 0;
    while (i < s.tokens().size()) {
      Token t = s.token(i);
      if (!LOCATION_TAGS.contains(t.ner()) || taken.at(i)) {
        i++;
        continue;
      }
      // one name even where the tagger changes class before a feature word ("Swat/LOCATION
      // Valley/CITY"); elsewhere a change of class is a boundary ("Vancouver/CITY Delta/CITY"
      // aside, "Plainview/CITY Elgin/LOCATION")
      int j = i;
      while (j + 1 < s.tokens().size()
          && (s.token(j + 1).ner().equals(t.ner())
              || LOCATION_TAGS.contains(s.token(j + 1).ner())
                  && PlaceWords.featureWord(s.token(j + 1).word()))
          && !taken.at(j + 1)) {
        j++;
      }
      Span span = widenToCity(s, text, i, j, taken).orElse(s.spanOf(i, j));
      // a lowercase remnant of a name the dictionaries took ("of" in "Republic of Korea")
      boolean remnant = !Character.isUpperCase(text.charAt(span.start()));
      if (!Datelines.inDateline(dateline, span) && !remnant) {
        out.add(
            new Toponym(
                s.index(),
                span,
                span.of(text),
                Optional.empty(),
                "geo.ner." + t.ner().toLowerCase(Locale.ROOT)));
      }
      taken.mark(span);
      i = j + 1;
      while (i < s.tokens().size() && s.token(i).span().start() < span.end()) {
        i++;
      }
    }
  }

  /**
   * Further occurrences of names already recognised as places, which CoreNLP tagged otherwise (one
   * sense per discourse): "Mansfield" as a city in one sentence and as an organisation in the next,
   * or "Henderson" alone taken for a person. A name that is part of a person's ("Bob Henderson",
   * "Mr. Henderson") is left alone, and so is a lowercase form.
   */
  private static List<Toponym> repeats(ParsedArticle p, List<Toponym> mentions) {
    Set<String> known = new HashSet<>();
    for (Toponym m : mentions) {
      if (m.known().isEmpty()) {
        known.add(m.text());
      }
    }
    List<Toponym> out = new ArrayList<>();
    if (known.isEmpty()) {
      return out;
    }
    PhraseMatcher<String> matcher = new PhraseMatcher<>();
    known.forEach(k -> matcher.add(k, k, false));
    for (Sentence s : p.sentences()) {
      for (PhraseMatcher.Match<String> m : matcher.find(s, p.text())) {
        Span span = s.spanOf(m.first(), m.last());
        boolean taken = mentions.stream().anyMatch(o -> o.span().overlaps(span));
        if (!taken
            && !personsName(s, m.first(), m.last())
            && !PlaceWords.notPlace(s.token(m.first()).ner())) {
          out.add(new Toponym(s.index(), span, m.phrase(), Optional.empty(), "geo.repeat"));
        }
      }
    }
    return out;
  }

  /**
   * Whether tokens {@code first..last} are part of a person's name: tagged as a person and joined
   * to another word so tagged, or after a title ("Mr. Henderson", "Sen. Clinton").
   */
  static boolean personsName(Sentence s, int first, int last) {
    if (!s.token(first).ner().equals("PERSON")) {
      return false;
    }
    boolean before = first > 0 && s.token(first - 1).ner().equals("PERSON");
    boolean after = last + 1 < s.tokens().size() && s.token(last + 1).ner().equals("PERSON");
    boolean title = first > 0 && TITLES.contains(s.token(first - 1).word());
    return before || after || title;
  }

  /** Words before a surname that say a person is meant. */
  private static final Set<String> TITLES =
      Set.of(
          "Mr.",
          "Mrs.",
          "Ms.",
          "Miss",
          "Dr.",
          "Sen.",
          "Rep.",
          "Gov.",
          "Gen.",
          "Sgt.",
          "Lt.",
          "Capt.",
          "Col.",
          "Det.",
          "Judge",
          "President",
          "Mayor",
          "Senator",
          "Coach",
          "Officer",
          "Mr",
          "Mrs",
          "Ms",
          "Dr");

  /**
   * The longest town name that the tokens {@code first..last} start or end with one or two more
   * capitalised words ("Kansas" + "City", "New" + "Concord"), when the gazetteer has a town of that
   * name; empty when the name stays as it is.
   */
  private Optional<Span> widenToCity(
      Sentence s, String text, int first, int last, TakenTokens taken) {
    int n = s.tokens().size();
    Span best = null;
    for (int from = Math.max(0, first - 1); from <= first; from++) {
      for (int to = Math.min(n - 1, last + 2); to >= last; to--) {
        if (from == first && to == last
            || !capitalised(s, from, first)
            || !capitalised(s, last + 1, to)
            || from < first && taken.at(from)) {
          continue;
        }
        boolean free = true;
        for (int k = last + 1; k <= to; k++) {
          free &= !taken.at(k) && !s.token(k).ner().equals("PERSON");
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

  /** The index of the sentence holding {@code offset}, -1 when none does. */
  static int sentenceAt(ParsedArticle p, int offset) {
    for (Sentence s : p.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }
}
