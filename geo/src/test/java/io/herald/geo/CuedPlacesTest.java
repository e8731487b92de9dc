package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Villages, camps and districts the gazetteer lacks but whose words say they are places: placed at
 * the container their words name, else at the story's own most specific place, else at a country
 * their words name. An invented country and invented sentences; no model is loaded.
 */
class CuedPlacesTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              TaggedText.country("NRL", "NL", "Norland", "Norlandic", 10, 20),
              TaggedText.country("SDL", "SL", "Sudland", "Sudlandic", -30, 40)));

  private static final GazetteerEntry UPLAND =
      new GazetteerEntry(0, "Upland", PlaceKind.ADMIN1, "NRL", "05", "province", 0, 12.0, 22.0);

  /** A former province, with no code of its own. */
  private static final GazetteerEntry OLD_MARCH =
      new GazetteerEntry(0, "Old March", PlaceKind.ADMIN1, "NRL", "", "province", 0, 8.0, 18.0);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Portville", "NRL", "05", "PPLC", 900_000, 12.5, 22.5),
              city(2, "Hollin", "NRL", "05", "PPLA2", 40_000, 11.5, 21.5),
              city(3, "Saltby", "SDL", "01", "PPLC", 500_000, -30.5, 40.5)),
          List.of(UPLAND, OLD_MARCH),
          Map.of(),
          COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, COUNTRIES);

  private Optional<Place> placeOf(String name, String text, Map<String, String> tags) {
    return geoparser.geoparse(parse(text, tags)).stream()
        .filter(p -> p.name().equals(name))
        .findFirst();
  }

  @Test
  void an_untagged_village_is_placed_at_the_one_town_its_story_names() {
    Place p =
        placeOf(
                "Oskaloo",
                "Doctors from Portville reached the village of Oskaloo on foot",
                Map.of("Portville", "CITY"))
            .orElseThrow();
    assertThat(p.lat()).isEqualTo(12.5);
    assertThat(p.kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(p.evidence().rule()).isEqualTo("geo.unknown.story-place");
  }

  @Test
  void listed_villages_go_to_the_region_their_story_names_even_a_former_one() {
    String text =
        "An outbreak in Old March has hit three villages : Oskaloo , Brem and Tull , he said";
    for (String name : List.of("Oskaloo", "Brem", "Tull")) {
      Place p = placeOf(name, text, Map.of("Tull", "PERSON")).orElseThrow();
      assertThat(p.lat()).isEqualTo(8.0);
    }
  }

  @Test
  void of_several_towns_the_one_named_nearest_takes_the_village() {
    String text = "Portville sent nurses , and then Hollin sent nurses to the district of Brem";
    Place p = placeOf("Brem", text, Map.of("Portville", "CITY", "Hollin", "CITY")).orElseThrow();
    assertThat(p.lat()).isEqualTo(11.5);
  }

  @Test
  void the_story_s_main_country_bounds_its_place() {
    Place p =
        placeOf(
                "Oskaloo",
                "Saltby sent help to Norland , and Norland doctors in the village of Oskaloo and"
                    + " in Hollin thanked Norland",
                Map.of("Saltby", "CITY", "Hollin", "CITY"))
            .orElseThrow();
    assertThat(p.lat()).isEqualTo(11.5);
  }

  @Test
  void a_camp_of_a_country_is_placed_in_that_country_only_when_nothing_closer_is_named() {
    Place p =
        placeOf("Ostra", "Refugees in Norland 's crowded Ostra camps need food", Map.of())
            .orElseThrow();
    assertThat(p.lat()).isEqualTo(10.0);
    assertThat(p.evidence().rule()).isEqualTo("geo.unknown.stated-container");
  }

  @Test
  void a_district_then_a_comma_and_its_province_goes_to_the_province() {
    Place p =
        placeOf(
                "Tarn",
                "farmers in the Tarn district , Upland province , lost their maize to Saltby",
                Map.of("Tarn", "LOCATION", "Saltby", "CITY"))
            .orElseThrow();
    assertThat(p.lat()).isEqualTo(12.0);
    assertThat(p.evidence().rule()).isEqualTo("geo.unknown.stated-container");
  }

  @Test
  void a_township_said_to_lie_in_a_region_goes_there() {
    Place p =
        placeOf(
                "Brem",
                "Brem is a rural township in northern Upland , far from Saltby",
                Map.of("Brem", "PERSON", "Saltby", "CITY"))
            .orElseThrow();
    assertThat(p.lat()).isEqualTo(12.0);
  }

  @Test
  void a_slum_after_its_city_goes_to_the_city() {
    Place p =
        placeOf(
                "Varo",
                "They lost their homes in Portville slum Varo , and Hollin sent tents",
                Map.of("Varo", "LOCATION", "Portville", "CITY"))
            .orElseThrow();
    assertThat(p.lat()).isEqualTo(12.5);
  }

  @Test
  void a_tagged_name_after_in_or_ending_in_a_feature_word_takes_the_story_s_place() {
    Place in =
        placeOf(
                "Oskaloo",
                "Someone in Oskaloo wrote to Hollin",
                Map.of("Oskaloo", "LOCATION", "Hollin", "CITY"))
            .orElseThrow();
    assertThat(in.lat()).isEqualTo(11.5);
    Place creek =
        placeOf(
                "Brem Creek",
                "Hollin crews pumped water from Brem Creek",
                Map.of("Brem Creek", "LOCATION", "Hollin", "CITY"))
            .orElseThrow();
    assertThat(creek.lat()).isEqualTo(11.5);
  }

  @Test
  void a_tagged_name_with_no_cue_and_no_container_stays_unplaced() {
    assertThat(
            placeOf(
                "Oskaloo",
                "Buffalo from Oskaloo died at Portville",
                Map.of("Oskaloo", "LOCATION", "Portville", "CITY")))
        .isEmpty();
    assertThat(
            placeOf(
                "UNOMAX",
                "Troops in UNOMAX guard Portville",
                Map.of("UNOMAX", "LOCATION", "Portville", "CITY")))
        .isEmpty();
  }

  @Test
  void a_cued_name_in_a_story_without_places_stays_unplaced() {
    assertThat(placeOf("Oskaloo", "Buffalo died in the village of Oskaloo", Map.of())).isEmpty();
  }
}
