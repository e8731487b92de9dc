package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.country;
import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small quarter of a city (GeoNames' PPLX) in a country none of the story's places lies in is not
 * what the story means by its name; in a story of its country it is. Hand-written sentences; no
 * model is loaded.
 */
class SmallQuartersTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              country("GBR", "GB", "United Kingdom", "British", 54, -2),
              country("AUS", "AU", "Australia", "Australian", -25, 134)));

  private final Geoparser geoparser =
      new Geoparser(
          Gazetteer.of(
              List.of(
                  city(1, "London", "GBR", "ENG", "PPLC", 8_900_000, 51.509, -0.126),
                  city(2, "Piccadilly", "AUS", "08", "PPLX", 2_323, -30.743, 121.464),
                  city(3, "Perth", "AUS", "08", "PPLA", 1_900_000, -31.95, 115.86)),
              List.of(),
              Map.of(),
              COUNTRIES),
          COUNTRIES);

  private List<Place> piccadilly(String text) {
    return geoparser.geoparse(parse(text, Map.of("Piccadilly", "LOCATION"))).stream()
        .filter(p -> p.span().of(text).equals("Piccadilly"))
        .toList();
  }

  @Test
  void a_small_quarter_abroad_is_not_read_in_a_story_of_another_country() {
    assertThat(piccadilly("He met a contact at a sushi bar in Piccadilly , London police said ."))
        .noneMatch(p -> p.geonameId() == 2);
  }

  @Test
  void a_small_quarter_is_read_in_a_story_of_its_country() {
    assertThat(piccadilly("Miners from Piccadilly drove to Perth , Australia , on Monday ."))
        .singleElement()
        .extracting(Place::geonameId)
        .isEqualTo(2L);
  }
}
