package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A big city beats a small namesake of its own country that only the story naming the namesake's
 * state supports; a big namesake abroad does not. Hand-written sentences; no model is loaded.
 */
class FamousCityTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              TaggedText.country("USA", "US", "United States", "American", 39.8, -98.6),
              TaggedText.country("CAN", "CA", "Canada", "Canadian", 56.1, -106.3)));

  private static final GazetteerEntry SMALL =
      city(1, "Lakeport", "USA", "OH", "PPL", 9_000, 41.2, -82.1);
  private static final GazetteerEntry BIG_HERE =
      city(2, "Lakeport", "USA", "TX", "PPL", 600_000, 29.7, -95.4);
  private static final GazetteerEntry BIG_ABROAD =
      city(3, "Lakeport", "CAN", "08", "PPL", 600_000, 43.7, -79.4);

  private static final String TEXT =
      "Ohio reported two more cases. Earlier, the mayor of Lakeport declared an emergency.";

  private static Place lakeport(GazetteerEntry big) {
    Geoparser geoparser =
        new Geoparser(
            Gazetteer.of(
                List.of(SMALL, big),
                List.of(region("Ohio", "OH", 40.3, -82.8), region("Texas", "TX", 31.5, -99.3)),
                Map.of(),
                COUNTRIES),
            COUNTRIES);
    return geoparser.geoparse(parse(TEXT, Map.of("Lakeport", "LOCATION"))).stream()
        .filter(p -> p.name().equals("Lakeport"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_big_city_of_the_same_country_beats_a_small_namesake_held_up_by_its_state_alone() {
    assertThat(lakeport(BIG_HERE).lat()).isEqualTo(BIG_HERE.lat());
  }

  @Test
  void a_big_namesake_abroad_leaves_the_small_town_of_the_named_state() {
    assertThat(lakeport(BIG_ABROAD).lat()).isEqualTo(SMALL.lat());
  }
}
