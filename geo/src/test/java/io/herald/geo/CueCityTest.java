package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hierarchy cue that names both a state and a big city of it ("Harbourside, Northport", where
 * Northport is a state and, as an alternate name, its largest city) names the city when the cued
 * town lies within 30 km of it. Hand-written sentences; no model is loaded.
 */
class CueCityTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(TaggedText.country("USA", "US", "United States", "American", 39.8, -98.6)));

  private static final GazetteerEntry STATE = region("Northport", "NP", 43.0, -75.5);
  private static final GazetteerEntry BIG =
      city(1, "Northport City", "USA", "NP", "PPL", 3_000_000, 40.70, -74.00);
  private static final GazetteerEntry DISTRICT =
      city(2, "Harbourside", "USA", "NP", "PPLA2", 900_000, 40.65, -73.90);
  private static final GazetteerEntry FAR_TOWN =
      city(3, "Elm Ridge", "USA", "NP", "PPL", 20_000, 42.90, -78.80);

  private final Geoparser geoparser =
      new Geoparser(
          Gazetteer.withAlternateNames(
              List.of(BIG, DISTRICT, FAR_TOWN),
              Map.of("Northport", BIG),
              List.of(STATE),
              COUNTRIES),
          COUNTRIES);

  private Place cueOf(String text, String town) {
    return geoparser.geoparse(parse(text, Map.of(town, "LOCATION"))).stream()
        .filter(p -> p.evidence().rule().startsWith("geo.hierarchy-cue."))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_cue_around_a_district_of_the_big_city_is_the_city() {
    Place cue =
        cueOf("Pupils at a school in Harbourside, Northport fell ill this week.", "Harbourside");
    assertThat(cue.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(cue.lat()).isEqualTo(BIG.lat());
    assertThat(cue.evidence().rule()).isEqualTo("geo.hierarchy-cue.city");
  }

  @Test
  void a_cue_after_a_town_far_from_the_city_stays_the_state() {
    Place cue =
        cueOf("Pupils at a school in Elm Ridge, Northport fell ill this week.", "Elm Ridge");
    assertThat(cue.kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(cue.lat()).isEqualTo(STATE.lat());
  }
}
