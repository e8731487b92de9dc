package io.herald.geo;

import io.herald.model.PlaceKind;
import io.herald.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place the gazetteer lacks whose own words say where it lies: "Abu Shok refugee camp in
 * Al-Fashir", "the Adhamiyah district of Baghdad", "Mabvuku, a suburb located east of Harare",
 * "Cellardyke in Fife". It is placed at that town, county or region, when the story resolved it.
 */
final class StatedContainers {
  /**
   * What may stand between the name and its container: a kind of place, a short apposition ("a
   * suburb located east"), and "in" or "of" ("near" says it is not there).
   */
  private static final Pattern LINK =
      Pattern.compile(
          "\\G(?:\\s+(?:refugee\\s+)?(?:district|camp|camps|slum|slums|village|suburb|township"
              + "|area|region|county|neighbo(?:u)?rhood))?,?"
              + "(?:\\s+(?:is\\s+)?an?\\s+(?:[a-z-]+\\s+){0,3}?(?:village|town|suburb|district|township"
              + "|neighbo(?:u)?rhood|area|camp)(?:\\s+(?:located|situated|just))?"
              + "(?:\\s+(?:north|south|east|west|northeast|northwest|southeast|southwest))?)?"
              + "\\s+(?:located\\s+|situated\\s+)?(?:in|of)\\s+(?:the\\s+)?"
              + "(?:(?:north|south|east|west|central|northern|southern|eastern|western"
              + "|north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?");

  /**
   * A kind of place, a comma and the region that holds it: "the Tarn district, Upland province".
   */
  private static final Pattern COMMA_LINK =
      Pattern.compile(
          "\\G\\s+(?:district|county|village|township|town|camp|camps|slum|slums|municipality)\\s?,\\s+");

  /**
   * What may stand between a container and a name after it: a possessive and up to two words
   * ("Norland's crowded Ostra camps"), or a kind of place ("Portville slum Varo").
   */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?:(?<possessive>\\s?(?:'s|\u2019s))(?:\\s+[a-z-]+){0,2}"
              + "|\\s+(?:slum|village|township|camp|suburb|district))\\s+");

  private StatedContainers() {}

  /**
   * The town, county or first-level region that the words right after {@code m} say holds it ("the
   * Tarn district of Portville", "the Tarn district, Upland province"), or the words right before
   * it ("Portville slum Varo", "Norland's Ostra camps", where a country may hold it), if the story
   * resolved the name there to one.
   */
  static Optional<GazetteerEntry> of(
      String text,
      Toponym m,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses) {
    Optional<GazetteerEntry> after = after(text, m, mentions, senses, LINK, true);
    if (after.isEmpty()) {
      after = after(text, m, mentions, senses, COMMA_LINK, false);
    }
    return after.isPresent() ? after : before(text, m, mentions, senses);
  }

  private static Optional<GazetteerEntry> after(
      String text,
      Toponym m,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses,
      Pattern pattern,
      boolean towns) {
    Matcher link = pattern.matcher(text);
    link.region(m.span().end(), Math.min(text.length(), m.span().end() + 80));
    if (!link.lookingAt()) {
      return Optional.empty();
    }
    for (Toponym c : mentions) {
      if (c.span().start() == link.end()) {
        return entry(c, senses)
            .filter(
                x ->
                    towns && (x.kind() == PlaceKind.CITY || x.kind() == PlaceKind.REGION)
                        || x.kind() == PlaceKind.ADMIN2
                        || x.kind() == PlaceKind.ADMIN1);
      }
    }
    return Optional.empty();
  }

  private static Optional<GazetteerEntry> before(
      String text,
      Toponym m,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses) {
    for (Toponym c : mentions) {
      int end = c.span().end();
      if (end > m.span().start() || m.span().start() - end > 40) {
        continue;
      }
      Matcher between = BEFORE.matcher(text);
      between.region(end, m.span().start());
      if (between.matches()) {
        boolean possessive = between.group("possessive") != null;
        return entry(c, senses)
            .filter(
                x ->
                    x.kind() == PlaceKind.CITY
                        || x.kind() == PlaceKind.ADMIN2
                        || x.kind() == PlaceKind.ADMIN1
                        || possessive && x.kind() == PlaceKind.COUNTRY);
      }
    }
    return Optional.empty();
  }

  private static Optional<GazetteerEntry> entry(
      Toponym c, Map<String, Optional<Resolver.Sense>> senses) {
    return c.known().isPresent()
        ? c.known().filter(k -> !k.adjectival()).map(Candidate::entry)
        : senses.getOrDefault(c.key(), Optional.empty()).map(Resolver.Sense::entry);
  }

  /**
   * The town or region that the words of a name the gazetteer lacks, but the tagger or the words
   * around it call a place, say holds it ({@link #of}), by the span of the mention with such words.
   */
  static Map<Span, GazetteerEntry> byMention(
      String text,
      Set<String> cued,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses) {
    Map<Span, GazetteerEntry> stated = new HashMap<>();
    for (Toponym m : mentions) {
      if (m.known().isEmpty()
          && senses.get(m.key()).isEmpty()
          && (UnknownPlaces.tagged(m)
              || cued.contains(m.key()) && UnknownPlaces.placeLike(m.text()))) {
        of(text, m, mentions, senses).ifPresent(e -> stated.put(m.span(), e));
      }
    }
    return stated;
  }
}
