package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Towns the tagger misses or takes for people and organisations, found by their company: a list
 * with other places ({@link ListedTowns}), a person's age ({@link TownCues}), or an organisation's
 * name around them ({@link OrganisationTowns}); no model is loaded.
 */
class ListedAndEmbeddedTownsTest {
  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Fargo", "USA", "ND", "PPLA2", 125_000, 46.877, -96.790),
              city(2, "Moorhead", "USA", "MN", "PPLA2", 43_000, 46.874, -96.767),
              city(3, "Cook", "USA", "MN", "PPL", 570, 47.852, -92.690),
              city(4, "Madison", "USA", "WI", "PPLA", 250_000, 43.073, -89.401),
              city(5, "London", "GBR", "ENG", "PPLC", 8_900_000, 51.509, -0.126),
              city(6, "New London", "USA", "CT", "PPL", 27_000, 41.356, -72.100)),
          List.of(),
          Map.of(),
          TaggedText.COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, TaggedText.COUNTRIES);

  private List<Long> ids(String text, Map<String, String> tags) {
    return geoparser.geoparse(parse(text, tags)).stream().map(Place::geonameId).toList();
  }

  @Test
  void reads_names_listed_with_a_place_as_places_however_tagged() {
    assertThat(
            ids(
                "Floods hit Fargo , Moorhead and Cook on Monday",
                Map.of("Fargo", "CITY", "Moorhead", "PERSON", "Cook", "PERSON")))
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void reads_no_list_into_a_comma_before_a_speaker() {
    assertThat(
            ids("In Fargo , Cook said the river rose", Map.of("Fargo", "CITY", "Cook", "PERSON")))
        .containsExactly(1L);
  }

  @Test
  void reads_the_home_town_after_a_person_and_age_though_tagged_a_name() {
    assertThat(
            ids(
                "Mark Kitsmore , 54 , of Cook said",
                Map.of("Mark Kitsmore", "PERSON", "54", "NUMBER", "Cook", "PERSON")))
        .containsExactly(3L);
    assertThat(ids("a friend of Cook said", Map.of("Cook", "PERSON"))).isEmpty();
  }

  @Test
  void reads_a_big_city_inside_an_organisations_name() {
    assertThat(
            ids(
                "the Madison Area Technical College board met",
                Map.of("Madison Area Technical College", "ORGANIZATION")))
        .containsExactly(4L);
  }

  @Test
  void reads_no_small_town_and_no_organisation_named_by_a_city_alone() {
    assertThat(
            ids(
                "the Cook Technical College board met",
                Map.of("Cook Technical College", "ORGANIZATION")))
        .isEmpty();
    assertThat(ids("Madison won the game", Map.of("Madison", "ORGANIZATION"))).isEmpty();
  }

  @Test
  void reads_no_town_by_an_alternate_name_inside_an_organisation() {
    GazetteerEntry durg = city(7, "Durg", "IND", "37", "PPL", 255_000, 21.19, 81.28);
    GazetteerEntry saintPaul = city(8, "Saint Paul", "USA", "MN", "PPLA", 300_000, 44.94, -93.09);
    Geoparser withAlternates =
        new Geoparser(
            Gazetteer.withAlternateNames(
                List.of(durg, saintPaul), Map.of("Drug", durg), List.of(), TaggedText.COUNTRIES),
            TaggedText.COUNTRIES);
    assertThat(
            withAlternates.geoparse(
                parse(
                    "the Food and Drug Administration recalled the eggs",
                    Map.of("Food and Drug Administration", "ORGANIZATION"))))
        .isEmpty();
    // the town's own name still counts
    assertThat(
            withAlternates
                .geoparse(
                    parse(
                        "fans filled the Saint Paul Energy Center",
                        Map.of("Saint Paul Energy Center", "ORGANIZATION")))
                .stream()
                .map(Place::geonameId))
        .containsExactly(8L);
  }

  @Test
  void keeps_the_longest_towns_name_inside_an_organisation() {
    assertThat(
            ids(
                "the New London City Office opened",
                Map.of("New London City Office", "ORGANIZATION")))
        .doesNotContain(5L);
  }
}
