package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tagged place the gazetteer lacks is placed at the town or region its own words say holds it.
 * Sentences from GeoVirus stories; no model is loaded.
 */
class StatedContainersTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              TaggedText.country("IRQ", "IQ", "Iraq", "Iraqi", 33, 44),
              TaggedText.country("ZWE", "ZW", "Zimbabwe", "Zimbabwean", -19, 29.8)));

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Baghdad", "IRQ", "07", "PPLC", 7_216_000, 33.341, 44.401),
              city(2, "Harare", "ZWE", "10", "PPLC", 1_542_813, -17.829, 31.053)),
          List.of(),
          Map.of(),
          COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, COUNTRIES);

  private Place placeOf(String name, String text) {
    return geoparser
        .geoparse(parse(text, Map.of(name, "LOCATION", "Baghdad", "CITY", "Harare", "CITY")))
        .stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_district_of_a_city_is_placed_at_the_city() {
    Place p =
        placeOf(
            "Adhamiyah",
            "The bread was made at a local bakery in the Adhamiyah district of Baghdad .");
    assertThat(p.lat()).isEqualTo(33.341);
    assertThat(p.kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(p.evidence().rule()).isEqualTo("geo.unknown.stated-container");
  }

  @Test
  void a_suburb_in_apposition_is_placed_at_its_city() {
    Place p = placeOf("Mabvuku", "A resident of Mabvuku, a suburb located east of Harare, said so");
    assertThat(p.lon()).isEqualTo(31.053);
  }

  @Test
  void a_name_with_no_container_stated_and_no_cue_stays_unplaced() {
    assertThat(
            geoparser.geoparse(
                parse(
                    "Ostmark sheep died of thirst as Baghdad wilted",
                    Map.of("Ostmark", "LOCATION", "Baghdad", "CITY"))))
        .extracting(Place::name)
        .containsExactly("Baghdad");
  }
}
