package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.country;
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
 * Minor towns (the villages the gazetteer takes from GeoNames' cities500 file) are read only where
 * the article places them: beside another of its towns, in the state its hierarchy cue names; never
 * alone, and never for a country's name. No model is loaded.
 */
class MinorTownsTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              country("USA", "US", "United States", "American", 38, -97),
              country("CHN", "CN", "China", "Chinese", 35, 105),
              country("JPN", "JP", "Japan", "Japanese", 36, 138),
              country("MEX", "MX", "Mexico", "Mexican", 23, -102),
              country("SRB", "RS", "Serbia", "Serbian", 44, 21)));

  private static final GazetteerEntry BANTAM_CT =
      city(5281876, "Bantam", "USA", "CT", "PPL", 735, 41.72454, -73.23623);
  private static final GazetteerEntry CHINA_JP =
      city(1864565, "China", "JPN", "18", "PPL", 5976, 27.33333, 128.56667);
  private static final GazetteerEntry BELGRADE_MN =
      city(5017727, "Belgrade", "USA", "MN", "PPL", 755, 45.45302, -95.00446);

  private static final Gazetteer GAZETTEER =
      Gazetteer.withMinorTowns(
          List.of(
              city(4837799, "Litchfield", "USA", "CT", "PPL", 1215, 41.74732, -73.18872),
              city(792680, "Belgrade", "SRB", "00", "PPLC", 1_273_651, 44.80401, 20.46513)),
          List.of(BANTAM_CT, CHINA_JP, BELGRADE_MN),
          List.of(region("Minnesota", "MN", 46.28, -94.3)),
          COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, COUNTRIES);

  @Test
  void reads_a_village_beside_a_town_of_the_story() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "A mason from Litchfield was arraigned in Bantam on Tuesday",
                Map.of("Litchfield", "LOCATION", "Bantam", "LOCATION")));
    assertThat(places)
        .filteredOn(p -> p.name().equals("Bantam"))
        .singleElement()
        .extracting(Place::geonameId)
        .isEqualTo(BANTAM_CT.geonameId());
  }

  @Test
  void leaves_a_village_alone_in_its_story_unread() {
    List<Place> places =
        geoparser.geoparse(
            parse("A mason was arraigned in Bantam on Tuesday", Map.of("Bantam", "LOCATION")));
    assertThat(places).noneMatch(p -> p.geonameId() == BANTAM_CT.geonameId());
  }

  @Test
  void never_reads_a_country_as_a_village_the_next_name_seems_to_hold() {
    // "China, Japan" looks like a town and its country, and Japan has a village called China
    List<Place> places =
        geoparser.geoparse(
            parse(
                "Cases were found in countries such as Mexico, China, Japan and Ukraine",
                Map.of("Mexico", "COUNTRY", "China", "COUNTRY", "Japan", "COUNTRY")));
    assertThat(places)
        .filteredOn(p -> p.name().equals("China"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(PlaceKind.COUNTRY);
              assertThat(p.country()).isEqualTo("CHN");
            });
  }

  @Test
  void reads_a_village_in_the_state_its_hierarchy_cue_names() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "A woman was found dead in a house fire in Belgrade, Minnesota",
                Map.of("Belgrade", "LOCATION", "Minnesota", "STATE_OR_PROVINCE")));
    assertThat(places)
        .filteredOn(p -> p.name().equals("Belgrade"))
        .singleElement()
        .extracting(Place::geonameId)
        .isEqualTo(BELGRADE_MN.geonameId());
  }
}
