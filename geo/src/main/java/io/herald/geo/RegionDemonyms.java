package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names of a region's people ("Minnesotans", "Ohioans", "Texans", "Ontarians"): adjectival mentions
 * of the region, found by undoing the English suffix and looking the stem up among the first-level
 * regions. A stem that names regions in several countries says nothing.
 */
final class RegionDemonyms {
  /** Tagger classes of a word that is part of a place's or a person's own name ("St. Albans"). */
  private static final Set<String> NAMES =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "PERSON", "ORGANIZATION");

  private final Gazetteer gazetteer;

  RegionDemonyms(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The region demonyms of sentence {@code s} among its free tokens, which they then take. */
  List<Toponym> find(Sentence s, String text, TakenTokens taken) {
    List<Toponym> out = new ArrayList<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.token(i);
      String w = t.word();
      if (taken.at(i)
          || w.length() < 6
          || !w.endsWith("ans")
          || !Character.isUpperCase(w.charAt(0))
          || NAMES.contains(t.ner())) {
        continue;
      }
      Optional<GazetteerEntry> region = region(w);
      if (region.isPresent()) {
        Span span = t.span();
        out.add(
            new Toponym(
                s.index(),
                span,
                span.of(text),
                Optional.of(new Candidate(region.get(), true, "geo.admin1-adjective")),
                ""));
        taken.mark(span);
      }
    }
    return out;
  }

  /** The one region whose people {@code word} (a plural in "-ans") names, if any. */
  private Optional<GazetteerEntry> region(String word) {
    String one = word.substring(0, word.length() - 1);
    String stem = one.substring(0, one.length() - 2);
    if (gazetteer.feature(stem).isPresent() || gazetteer.feature(stem + "a").isPresent()) {
      // "Gazans": a curated feature's people, which its own adjectives cover
      return Optional.empty();
    }
    // Minnesotan, Ohioan, Texan, Ontarian
    for (String name : List.of(one.substring(0, one.length() - 1), stem, stem + "s", stem + "o")) {
      List<GazetteerEntry> regions =
          gazetteer.admin1(name).stream()
              .filter(r -> !r.admin1().isEmpty() && r.name().equalsIgnoreCase(name))
              .toList();
      if (regions.size() == 1) {
        return Optional.of(regions.get(0));
      }
      if (regions.size() > 1) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
