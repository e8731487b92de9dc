package io.herald.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The resolver reads a town where more of the article's other ambiguous names have a reading
 * nearby, not only where one does.
 */
class ClusteredNamesTest {
  private static final GazetteerEntry ROGERSVILLE_TN =
      city(40, "Rogersville", "TN", "PPLA2", 4_383, 36.407, -83.005);
  private static final GazetteerEntry ROGERSVILLE_MO =
      city(41, "Rogersville", "MO", "PPL", 3_374, 37.117, -93.056);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(ROGERSVILLE_TN, ROGERSVILLE_MO),
          List.of(),
          Map.of(),
          List.of(),
          Countries.of(List.of()));

  /** Each ambiguous name's town and county readings. */
  private static final List<GazetteerEntry> GREENE =
      List.of(
          county("Greene County", "TN", 36.175, -82.846),
          county("Greene County", "MO", 37.258, -93.342));

  private static final List<GazetteerEntry> WEBSTER =
      List.of(
          county("Webster County", "MO", 37.281, -92.876),
          county("Webster County", "KY", 37.518, -87.685));

  private static final List<GazetteerEntry> SPRINGFIELD =
      List.of(
          city(42, "Springfield", "MO", "PPLA2", 166_810, 37.215, -93.298),
          city(43, "Springfield", "IL", "PPLA", 116_565, 39.801, -89.644));

  private final Resolver resolver = new Resolver(GAZETTEER);

  @Test
  void prefers_the_town_that_three_other_names_may_lie_beside() {
    // the Tennessee town is larger and a county seat, and one Greene County lies beside it; the
    // Missouri town has a Greene County, a Webster County and a Springfield around it
    Optional<Resolver.Sense> sense =
        resolver.resolve(
            "Rogersville", context(List.of(GREENE, WEBSTER, SPRINGFIELD)), Optional.empty());
    assertThat(sense).map(s -> s.entry().geonameId()).contains(41L);
    assertThat(sense).map(Resolver.Sense::rule).contains("geo.city.near-namesake");
  }

  @Test
  void keeps_the_larger_town_when_each_has_one_namesake_beside_it() {
    Optional<Resolver.Sense> sense =
        resolver.resolve("Rogersville", context(List.of(GREENE)), Optional.empty());
    assertThat(sense).map(s -> s.entry().geonameId()).contains(40L);
  }

  private static Resolver.Context context(List<List<GazetteerEntry>> possible) {
    return new Resolver.Context(Map.of(), Map.of(), List.of(), possible, Set.of(), SourceHome.NONE);
  }

  private static GazetteerEntry city(
      long id, String name, String state, String code, long pop, double lat, double lon) {
    return new GazetteerEntry(id, name, PlaceKind.CITY, "USA", state, code, pop, lat, lon);
  }

  private static GazetteerEntry county(String name, String state, double lat, double lon) {
    return new GazetteerEntry(0, name, PlaceKind.ADMIN2, "USA", state, "", 0, lat, lon);
  }
}
