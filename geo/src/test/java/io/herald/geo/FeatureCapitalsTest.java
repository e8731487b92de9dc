package io.herald.geo;

import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A curated name of several words written in other capitals is still that name ("Pacific
 * NorthWest", "SOUTH CHINA SEA"), but a phrase in lower case is not ("the west bank of the river").
 * Uses the bundled gazetteer; no model is loaded.
 */
class FeatureCapitalsTest {
  private static Geoparser geoparser;

  @BeforeAll
  static void load() {
    Countries countries = Countries.load();
    geoparser = new Geoparser(Gazetteer.load(countries), countries);
  }

  private static Place only(List<Place> places, String name) {
    List<Place> named = places.stream().filter(p -> p.name().equals(name)).toList();
    assertThat(named).hasSize(1);
    return named.get(0);
  }

  @Test
  void a_region_written_with_a_capital_inside_a_word_is_the_region() {
    List<Place> places =
        geoparser.geoparse(
            parse("Geese winter along the coast of the Pacific NorthWest every year .", Map.of()));
    Place p = only(places, "Pacific Northwest");
    assertThat(p.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(p.country()).isEqualTo("USA");
  }

  @Test
  void a_sea_written_in_capitals_is_the_sea() {
    List<Place> places = geoparser.geoparse(parse("PATROLS IN THE SOUTH CHINA SEA GROW", Map.of()));
    assertThat(only(places, "South China Sea").kind()).isEqualTo(PlaceKind.SEA);
  }

  @Test
  void wall_street_is_the_new_york_district_not_a_town_called_wall() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "Traders on Wall Street sold bank shares ,",
                Map.of("Wall", "LOCATION", "Street", "LOCATION")));
    Place p = only(places, "Wall Street");
    assertThat(p.country()).isEqualTo("USA");
    assertThat(p.lat()).isBetween(40.6, 40.8);
  }

  @Test
  void the_same_words_in_lower_case_are_no_place() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "Troops dug in on the west bank of the river near the middle east gate .",
                Map.of()));
    assertThat(places).isEmpty();
  }

  @Test
  void capitals_agree_only_where_the_text_capitalises_the_word() {
    assertThat(ToponymRecognizer.capitalsAgree("Pacific NorthWest", "Pacific Northwest")).isTrue();
    assertThat(ToponymRecognizer.capitalsAgree("West Bank", "West Bank")).isTrue();
    assertThat(ToponymRecognizer.capitalsAgree("west bank", "West Bank")).isFalse();
    assertThat(ToponymRecognizer.capitalsAgree("Sea of Japan", "Sea Of Japan")).isFalse();
  }
}
