package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
              + "(?:\\s+an?\\s+(?:[a-z-]+\\s+){0,3}?(?:village|town|suburb|district|township"
              + "|neighbo(?:u)?rhood|area|camp)(?:\\s+(?:located|situated|just))?"
              + "(?:\\s+(?:north|south|east|west|northeast|northwest|southeast|southwest))?)?"
              + "\\s+(?:located\\s+|situated\\s+)?(?:in|of)\\s+(?:the\\s+)?");

  private StatedContainers() {}

  /**
   * The town, county or first-level region that the words right after {@code m} say holds it, if
   * the story resolved the name there to one.
   */
  static Optional<GazetteerEntry> of(
      String text,
      Toponym m,
      List<Toponym> mentions,
      Map<String, Optional<Resolver.Sense>> senses) {
    if (!UnknownPlaces.tagged(m)) {
      return Optional.empty();
    }
    Matcher link = LINK.matcher(text);
    link.region(m.span().end(), Math.min(text.length(), m.span().end() + 80));
    if (!link.lookingAt()) {
      return Optional.empty();
    }
    for (Toponym c : mentions) {
      if (c.span().start() != link.end()) {
        continue;
      }
      Optional<GazetteerEntry> e =
          c.known().isPresent()
              ? c.known().filter(k -> !k.adjectival()).map(Candidate::entry)
              : senses.getOrDefault(c.key(), Optional.empty()).map(Resolver.Sense::entry);
      return e.filter(
          x ->
              x.kind() == PlaceKind.CITY
                  || x.kind() == PlaceKind.ADMIN2
                  || x.kind() == PlaceKind.ADMIN1);
    }
    return Optional.empty();
  }
}
