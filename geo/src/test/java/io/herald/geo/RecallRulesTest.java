package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.county;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Toponyms that the tagger misses but the words around them give away; no model is loaded. */
class RecallRulesTest {
  private static final GazetteerEntry GEORGIA = region("Georgia", "GA", 32.7, -83.4);
  private static final GazetteerEntry MINNESOTA = region("Minnesota", "MN", 46.3, -94.3);
  private static final GazetteerEntry ALABAMA = region("Alabama", "AL", 32.8, -86.8);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Swansea", "USA", "SC", "PPL", 800, 33.737, -81.100),
              city(2, "Clinton", "USA", "CT", "PPL", 13_000, 41.278, -72.528),
              city(3, "Roselle", "USA", "IL", "PPL", 22_000, 41.985, -88.080),
              city(4, "Cook", "USA", "MN", "PPL", 570, 47.852, -92.690),
              city(5, "Marshall", "USA", "MN", "PPLA2", 13_000, 44.447, -95.788),
              city(6, "Jackson", "USA", "MS", "PPLA", 170_000, 32.299, -90.185),
              city(7, "Madison", "USA", "WI", "PPLA", 250_000, 43.073, -89.401),
              city(9, "Fargo", "USA", "ND", "PPLA2", 125_000, 46.877, -96.790),
              city(10, "Moorhead", "USA", "MN", "PPLA2", 43_000, 46.874, -96.767)),
          List.of(GEORGIA, MINNESOTA, ALABAMA),
          Map.of(),
          List.of(
              county("Barrow County", "GA", 33.993, -83.713),
              county("Jackson County", "GA", 34.133, -83.566),
              county("Jackson County", "MS", 30.543, -88.624),
              county("Madison County", "GA", 34.128, -83.209),
              county("Madison County", "AL", 34.764, -86.551)),
          TaggedText.COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, TaggedText.COUNTRIES);

  @Test
  void reads_the_home_town_after_a_person_and_age() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "Gregory Crolley , 42 , of Swansea , was jailed",
                Map.of("Gregory Crolley", "PERSON", "42", "NUMBER")));
    assertThat(places).singleElement().extracting(Place::geonameId).isEqualTo(1L);
  }

  @Test
  void reads_a_town_before_its_officers() {
    List<Place> places =
        geoparser.geoparse(parse("Roselle officers this month are on patrol", Map.of()));
    assertThat(places).singleElement().extracting(Place::geonameId).isEqualTo(3L);
  }

  @Test
  void reads_each_name_of_a_county_list_as_a_county_of_the_states_named() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "In Georgia, school boards in Barrow, Jackson and Madison counties voted",
                Map.of()));
    assertThat(places)
        .extracting(Place::name)
        .containsExactly("Georgia", "Barrow County", "Jackson County", "Madison County");
    assertThat(places.subList(1, 4))
        .allSatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(PlaceKind.ADMIN2);
              assertThat(p.lat()).isBetween(33.9, 34.2);
            });
    // the toponym covers the name as written, not the shared head
    assertThat(
            places
                .get(3)
                .span()
                .of("In Georgia, school boards in Barrow, Jackson and Madison counties voted"))
        .isEqualTo("Madison");
  }

  @Test
  void reads_a_dateline_that_opens_the_body_after_the_headline() {
    String text = "Couple faces drug counts . CLINTON — A town couple was charged";
    List<Place> places = geoparser.geoparse(TaggedText.parseSentences(text));
    assertThat(places).singleElement().extracting(Place::geonameId).isEqualTo(2L);
    assertThat(places.get(0).span().of(text)).isEqualTo("CLINTON");
  }

  @Test
  void reads_minnesota_party_tags_and_a_tag_closed_by_a_dash() {
    String text = "Tom Bakk , DFL-Cook , said so . Marty Seifert , R-Marshall — joined the motion";
    List<Place> places = geoparser.geoparse(parse(text, Map.of()));
    assertThat(places).extracting(Place::geonameId).containsExactly(4L, 5L);
  }

  @Test
  void reads_a_party_tag_naming_no_town_as_its_county_also_at_a_sentence_end() {
    String text = "Rep. Ann Webb , D-Barrow , spoke . So did Rep. Jo Lee , R-Madison. Then votes";
    List<Place> places = geoparser.geoparse(parse(text, Map.of()));
    assertThat(places).extracting(Place::name).containsExactly("Barrow County", "Madison");
    assertThat(places.get(0).kind()).isEqualTo(PlaceKind.ADMIN2);
    assertThat(places.get(0).span().of(text)).isEqualTo("Barrow");
    assertThat(places.get(1).geonameId()).isEqualTo(7L);
  }

  @Test
  void reads_a_name_listed_with_regions_as_a_region() {
    GazetteerEntry washington = region("Washington", "WA", 47.4, -120.5);
    GazetteerEntry utah = region("Utah", "UT", 39.3, -111.7);
    GazetteerEntry wisconsin = region("Wisconsin", "WI", 44.6, -89.9);
    Gazetteer g =
        Gazetteer.of(
            List.of(city(8, "Washington", "USA", "DC", "PPLC", 689_545, 38.895, -77.036)),
            List.of(washington, utah, wisconsin),
            Map.of(),
            TaggedText.COUNTRIES);
    Geoparser parser = new Geoparser(g, TaggedText.COUNTRIES);
    List<Place> alone = parser.geoparse(parse("Officials in Washington said so", Map.of()));
    List<Place> listed =
        parser.geoparse(parse("Cases rose in Utah, Washington and Wisconsin", Map.of()));
    assertThat(alone).singleElement().extracting(Place::kind).isEqualTo(PlaceKind.CITY);
    assertThat(listed)
        .extracting(Place::kind)
        .containsExactly(PlaceKind.ADMIN1, PlaceKind.ADMIN1, PlaceKind.ADMIN1);
    assertThat(listed.get(1).lat()).isEqualTo(47.4);
  }

  @Test
  void reads_a_place_name_again_where_the_tagger_took_it_alone_for_a_person() {
    String text =
        "Clinton police said . Clinton has money , Mr. Clinton said , and Bob Clinton agreed";
    List<Place> places =
        geoparser.geoparse(parse(text, Map.of("Clinton", "PERSON", "Bob", "PERSON")));
    assertThat(places).extracting(p -> p.span().start()).containsExactly(0, 22);
    assertThat(places).allSatisfy(p -> assertThat(p.geonameId()).isEqualTo(2L));
  }

  @Test
  void splits_two_towns_joined_by_a_hyphen() {
    String text = "The river will crest in Fargo-Moorhead on Friday";
    List<Place> places = geoparser.geoparse(parse(text, Map.of("Fargo-Moorhead", "LOCATION")));
    assertThat(places).extracting(Place::geonameId).containsExactly(9L, 10L);
    assertThat(places).extracting(p -> p.span().of(text)).containsExactly("Fargo", "Moorhead");
  }

  @Test
  void places_a_tagged_place_the_gazetteer_lacks_at_the_region_a_local_story_is_about() {
    String text = "Water rose at Oakport near Moorhead , Minnesota officials said at City Hall";
    var story = parse(text, Map.of("Oakport", "CITY", "City Hall", "LOCATION"));
    List<Place> local = geoparser.geoparse(story, new SourceHome("USA", "ND"));
    assertThat(local).extracting(Place::name).containsExactly("Oakport", "Moorhead", "Minnesota");
    assertThat(local.get(0).kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(local.get(0).lat()).isEqualTo(MINNESOTA.lat());
    assertThat(local.get(0).evidence().rule()).isEqualTo("geo.unknown.story-region");
    // a world-news story: the other places say too little about where an unknown one lies
    assertThat(geoparser.geoparse(story)).extracting(Place::name).doesNotContain("Oakport");
  }

  @Test
  void reads_the_region_after_in_as_a_hierarchy_cue_where_it_holds_a_town_of_the_name() {
    GazetteerEntry mississippi = region("Mississippi", "MS", 32.7, -89.7);
    Gazetteer g =
        Gazetteer.of(
            List.of(
                city(6, "Jackson", "USA", "MS", "PPLA", 170_000, 32.299, -90.185),
                city(11, "Jackson", "USA", "TN", "PPLA2", 67_000, 35.615, -88.814)),
            List.of(mississippi),
            Map.of(),
            TaggedText.COUNTRIES);
    List<Place> places =
        new Geoparser(g, TaggedText.COUNTRIES)
            .geoparse(parse("The clinic in Jackson in Mississippi closed", Map.of()));
    assertThat(places).extracting(Place::name).containsExactly("Jackson", "Mississippi");
    assertThat(places.get(0).geonameId()).isEqualTo(6L);
    assertThat(places.get(0).evidence().rule()).isEqualTo("geo.hierarchy-cue");
  }

  @Test
  void reads_a_name_before_a_comma_and_a_region_holding_a_town_of_that_name() {
    String text = "She moved to Marshall, Minnesota , Marshall Smith said";
    List<Place> places =
        geoparser.geoparse(parse(text, Map.of("Marshall", "PERSON", "Smith", "PERSON")));
    assertThat(places).extracting(Place::name).containsExactly("Marshall", "Minnesota");
    assertThat(places.get(0).geonameId()).isEqualTo(5L);
    assertThat(places.get(0).span().start()).isEqualTo(13);
  }

  @Test
  void reads_a_region_that_ends_its_sentence_as_a_hierarchy_cue() {
    List<Place> places =
        geoparser.geoparse(
            parse("Ducks died in Madison County located in Alabama. Officials said", Map.of()));
    assertThat(places).extracting(Place::name).containsExactly("Madison County", "Alabama");
    assertThat(places.get(0).lat()).isBetween(34.7, 34.8);
    assertThat(places.get(0).evidence().rule()).isEqualTo("geo.hierarchy-cue");
  }

  @Test
  void reads_a_regions_people_as_an_adjectival_mention_of_the_region() {
    String text = "The plan will employ 8,000 Minnesotans , St. Albans officials said";
    List<Place> places =
        geoparser.geoparse(parse(text, Map.of("St. Albans", "LOCATION", "8,000", "NUMBER")));
    assertThat(places)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Minnesota");
              assertThat(p.adjectival()).isTrue();
              assertThat(p.span().of(text)).isEqualTo("Minnesotans");
            });
  }
}
