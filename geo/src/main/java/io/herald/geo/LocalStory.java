package io.herald.geo;

import io.herald.model.PlaceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The town a story keeps to: when every town and county the story resolved lies within {@link
 * #RADIUS_KM} of the town it names most, and it names that town at least {@link
 * UnknownPlaces#MIN_MENTIONS} times, and it names no other country or region, a village or district
 * the gazetteer lacks is most likely in that town's surroundings.
 */
final class LocalStory {
  /** How close a story's towns and counties must lie to its main town. */
  static final double RADIUS_KM = 60;

  private LocalStory() {}

  /** The town the story keeps to, if it keeps to one. */
  static Optional<GazetteerEntry> town(
      List<Toponym> mentions, Map<String, Optional<Resolver.Sense>> senses) {
    List<GazetteerEntry> local = new ArrayList<>();
    List<GazetteerEntry> others = new ArrayList<>();
    for (Toponym m : mentions) {
      Optional<GazetteerEntry> e =
          m.known().isPresent()
              ? m.known().map(Candidate::entry)
              : senses.getOrDefault(m.key(), Optional.empty()).map(Resolver.Sense::entry);
      if (e.isEmpty()) {
        continue;
      }
      PlaceKind kind = e.get().kind();
      if (kind == PlaceKind.CITY || kind == PlaceKind.ADMIN2) {
        local.add(e.get());
      } else {
        others.add(e.get());
      }
    }
    GazetteerEntry main = null;
    int most = 0;
    for (GazetteerEntry e : local) {
      if (e.kind() != PlaceKind.CITY) {
        continue;
      }
      int n = 0;
      for (GazetteerEntry o : local) {
        n += o == e ? 1 : 0;
      }
      if (n > most) {
        main = e;
        most = n;
      }
    }
    if (main == null || most < UnknownPlaces.MIN_MENTIONS) {
      return Optional.empty();
    }
    for (GazetteerEntry o : local) {
      if (Resolver.km(o.lat(), o.lon(), main.lat(), main.lon()) > RADIUS_KM) {
        return Optional.empty();
      }
    }
    // a country or region elsewhere takes the story beyond its town
    for (GazetteerEntry o : others) {
      if (!o.iso3().equals(main.iso3())
          || o.kind() == PlaceKind.ADMIN1
              && !o.admin1().isEmpty()
              && !o.admin1().equals(main.admin1())) {
        return Optional.empty();
      }
    }
    return Optional.of(main);
  }
}
