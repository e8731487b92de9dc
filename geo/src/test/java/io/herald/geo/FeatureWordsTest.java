package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names that end in a feature word ("Swat Valley", "Mahim Bay") are one name: neither the feature
 * word alone nor the word before it is a place of its own. Sentences from GeoVirus stories; no
 * model is loaded.
 */
class FeatureWordsTest {
  private static final GazetteerEntry BAY_SOMALIA =
      new GazetteerEntry(0, "Bay", PlaceKind.ADMIN1, "SOM", "04", "region", 0, 2.48, 43.48);
  private static final GazetteerEntry PLATEAU_BENIN =
      new GazetteerEntry(0, "Plateau", PlaceKind.ADMIN1, "BEN", "17", "department", 0, 7.3, 2.6);
  private static final GazetteerEntry ISLINGTON =
      new GazetteerEntry(0, "Islington", PlaceKind.ADMIN1, "GBR", "ENG", "borough", 0, 51.54, -0.1);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Valley", "USA", "AL", "PPL", 9_524, 32.813, -85.181),
              city(2, "Long", "THA", "48", "PPL", 9_000, 18.078, 99.831),
              city(3, "Lawrence", "USA", "KS", "PPLA2", 87_643, 38.972, -95.235)),
          List.of(BAY_SOMALIA, PLATEAU_BENIN, ISLINGTON),
          Map.of(),
          TaggedText.COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, TaggedText.COUNTRIES);

  private static List<String> names(List<Place> places) {
    return places.stream().map(Place::name).toList();
  }

  @Test
  void a_name_the_tagger_splits_before_a_feature_word_stays_whole() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "the tourist town of Kalam in the Swat Valley , north-west Pakistan",
                Map.of("Swat", "LOCATION", "Valley", "CITY")));
    assertThat(names(places)).doesNotContain("Valley");
  }

  @Test
  void the_tagger_s_change_of_class_without_a_feature_word_still_parts_two_names() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "He moved from Lawrence Kansas last year",
                Map.of("Lawrence", "CITY", "Kansas", "STATE_OR_PROVINCE")));
    assertThat(names(places)).contains("Lawrence");
  }

  @Test
  void the_first_word_of_an_island_s_name_is_no_town() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "ill in New York City , Long Island , New York",
                Map.of("Long", "CITY", "Island", "LOCATION")));
    assertThat(names(places)).doesNotContain("Long");
  }

  @Test
  void a_region_named_by_a_feature_word_is_not_read_inside_a_longer_name() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "the reported cases are in the Central Plateau and Artibonite regions ;"
                    + " sweet water flowing into the mouth of Mahim Bay",
                Map.of()));
    assertThat(names(places)).doesNotContain("Plateau", "Bay");
  }

  @Test
  void a_region_before_a_feature_word_is_not_read_alone() {
    List<Place> places =
        geoparser.geoparse(
            parse("the yachtie spotted her at Islington Bay , at the causeway", Map.of()));
    assertThat(names(places)).doesNotContain("Islington");
    // the region alone is still read
    assertThat(names(geoparser.geoparse(parse("a flat in Islington , London", Map.of()))))
        .contains("Islington");
  }
}
