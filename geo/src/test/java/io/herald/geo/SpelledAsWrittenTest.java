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
 * A country or region spelled as written beats a town whose name only accents set apart from it.
 * Sentences from GeoVirus stories; no model is loaded.
 */
class SpelledAsWrittenTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              TaggedText.country("MEX", "MX", "Mexico", "Mexican", 23, -102),
              TaggedText.country("CAN", "CA", "Canada", "Canadian", 60, -96),
              TaggedText.country("USA", "US", "United States", "American", 38, -97)));

  private static final GazetteerEntry QUEBEC =
      new GazetteerEntry(0, "Quebec", PlaceKind.ADMIN1, "CAN", "10", "province", 0, 52.5, -71.8);
  private static final GazetteerEntry ALBERTA =
      new GazetteerEntry(0, "Alberta", PlaceKind.ADMIN1, "CAN", "01", "province", 0, 53.9, -116.6);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Cañada", "MEX", "09", "PPL", 60_000, 19.45, -99.1),
              city(2, "Mexico City", "MEX", "09", "PPLC", 12_294_193, 19.428, -99.128),
              city(3, "Québec", "CAN", "10", "PPLA", 528_595, 46.812, -71.215),
              city(4, "Cochrane", "CAN", "01", "PPL", 17_580, 51.183, -114.469)),
          List.of(QUEBEC, ALBERTA),
          Map.of(),
          COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, COUNTRIES);

  @Test
  void a_country_is_not_a_town_spelled_with_a_tilde() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "cases in Mexico City have been reported in the United States , Canada , Spain",
                Map.of()));
    assertThat(places)
        .filteredOn(p -> p.name().startsWith("Ca"))
        .extracting(Place::kind)
        .containsOnly(PlaceKind.COUNTRY);
  }

  @Test
  void a_province_is_not_its_capital_spelled_with_an_accent() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "three cases in Alberta , near Cochrane , and one in Quebec",
                Map.of("Quebec", "STATE_OR_PROVINCE", "Cochrane", "CITY")));
    assertThat(places)
        .filteredOn(p -> p.name().startsWith("Qu"))
        .singleElement()
        .extracting(Place::kind)
        .isEqualTo(PlaceKind.ADMIN1);
  }

  @Test
  void a_town_written_with_its_accent_is_still_the_town() {
    List<Place> places = geoparser.geoparse(parse("a flu clinic in Québec , Quebec", Map.of()));
    assertThat(places.get(0).kind()).isEqualTo(PlaceKind.CITY);
  }
}
