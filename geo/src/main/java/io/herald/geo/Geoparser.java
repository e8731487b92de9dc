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
  private static final Set<String> LOCATION_TAGS = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
  private static final Pattern COORDINATED =
      Pattern.compile(
          "\\b([A-Z][\\w-]+) and ([A-Z][\\w-]+) ((?:[A-Z][\\w-]+ )*)(seas|Seas|islands|Islands|oceans|Oceans|straits|Straits)\\b");

  private record Candidate(GazetteerEntry entry, boolean adjectival, String rule) {}

  private record Mention(
      int sentence, Span span, String text, Optional<Candidate> known, String rule) {}

  private final Gazetteer gazetteer;
  private final PhraseMatcher<Candidate> names = new PhraseMatcher<>();

  public Geoparser(Gazetteer gazetteer, Countries countries) {
    this.gazetteer = gazetteer;
    for (Map.Entry<String, GazetteerEntry> f : gazetteer.featureForms().entrySet()) {
      names.add(f.getKey(), new Candidate(f.getValue(), false, "geo.feature"), false);
    }
    for (Country c : countries.all()) {
      GazetteerEntry e =
          new GazetteerEntry(0, c.name(), PlaceKind.COUNTRY, c.iso3(), "", "", 0, c.lat(), c.lon());
      for (String n : c.names()) {
        names.add(n, new Candidate(e, false, "geo.country"), false);
      }
      for (String d : c.demonyms()) {
        names.add(d, new Candidate(e, true, "geo.country-adjective"), false);
      }
    }
  }

  /** The places of an article, in text order, with ids {@code p1, p2, ...}. */
  public List<Place> geoparse(ParsedArticle p) {
    List<Mention> mentions = recognise(p);
    Set<String> articleCountries = new HashSet<>();
    for (Mention m : mentions) {
      m.known
          .filter(c -> c.entry.kind() == PlaceKind.COUNTRY)
          .ifPresent(c -> articleCountries.add(c.entry.iso3()));
    }
    Map<String, Optional<Candidate>> senses = new HashMap<>();
    List<Place> out = new ArrayList<>();
    mentions.sort(Comparator.comparing(Mention::span));
    for (Mention m : mentions) {
      Optional<Candidate> c =
          m.known.isPresent()
              ? m.known
              : senses.computeIfAbsent(
                  Gazetteer.key(m.text), k -> resolve(m.text, articleCountries));
      if (c.isEmpty()) {
        continue;
      }
      GazetteerEntry e = c.get().entry;
      out.add(
          new Place(
              "p" + (out.size() + 1),
              e.name(),
              m.span,
              e.lat(),
              e.lon(),
              e.iso3(),
              e.kind(),
              e.geonameId(),
              c.get().adjectival,
              new Evidence(m.sentence, m.span, m.known.isPresent() ? c.get().rule : m.rule)));
    }
    return out;
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
        out.add(new Mention(s.index(), span, m.phrase(), Optional.of(m.value()), ""));
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
        Span span = s.spanOf(i, j);
        if (!inDateline(dateline, span)) {
          out.add(
              new Mention(
                  s.index(),
                  span,
                  span.of(text),
                  Optional.empty(),
                  "geo.ner." + t.ner().toLowerCase(Locale.ROOT)));
        }
        i = j + 1;
      }
    }
    return out;
  }

  /** The best reading of a name: a curated feature, a country, else the likeliest city. */
  private Optional<Candidate> resolve(String name, Set<String> articleCountries) {
    Optional<GazetteerEntry> f = gazetteer.feature(name);
    if (f.isPresent()) {
      return Optional.of(new Candidate(f.get(), false, "geo.feature"));
    }
    Optional<GazetteerEntry> c = gazetteer.country(name);
    if (c.isPresent()) {
      return Optional.of(new Candidate(c.get(), false, "geo.country"));
    }
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : gazetteer.cities(name)) {
      double score = Math.log10(e.population() + 10.0);
      if (articleCountries.contains(e.iso3())) {
        score += 2.5;
      }
      if (e.featureCode().equals("PPLC")) {
        score += 1;
      } else if (e.featureCode().startsWith("PPLA")) {
        score += 0.5;
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best == null
        ? Optional.empty()
        : Optional.of(
            new Candidate(
                best,
                false,
                articleCountries.contains(best.iso3())
                    ? "geo.city.country-context"
                    : "geo.city.population"));
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
