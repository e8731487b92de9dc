package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A place the gazetteer lacks, in a story without a source home that keeps to one town. */
class LocalStoryTest {
  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(9, "Fargo", "USA", "ND", "PPLA2", 125_000, 46.877, -96.790),
              city(10, "Moorhead", "USA", "MN", "PPLA2", 43_000, 46.874, -96.767),
              city(7, "Madison", "USA", "WI", "PPLA", 250_000, 43.073, -89.401)),
          List.of(),
          Map.of(),
          TaggedText.COUNTRIES);

  private static final Map<String, String> TAGS =
      Map.of(
          "Fargo", "LOCATION",
          "Moorhead", "LOCATION",
          "Madison", "LOCATION",
          "Oakport Township", "LOCATION");

  private final Geoparser geoparser = new Geoparser(GAZETTEER, TaggedText.COUNTRIES);

  @Test
  void places_an_unknown_township_at_the_town_the_story_keeps_to() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "Fargo crews fought a fire at Oakport Township . Fargo and Moorhead sent trucks",
                TAGS));
    Place township =
        places.stream().filter(p -> p.name().equals("Oakport Township")).findFirst().orElseThrow();
    assertThat(township.kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(township.lat()).isEqualTo(46.877);
    assertThat(township.evidence().rule()).isEqualTo("geo.unknown.story-town");
  }

  @Test
  void leaves_it_unplaced_when_the_story_ranges_further() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "Fargo crews fought a fire at Oakport Township . Fargo and Madison sent trucks",
                TAGS));
    assertThat(places).extracting(Place::name).doesNotContain("Oakport Township");
  }

  @Test
  void leaves_it_unplaced_when_the_story_names_its_main_town_once() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "Crews fought a fire at Oakport Township . Fargo and Moorhead sent trucks", TAGS));
    assertThat(places).extracting(Place::name).doesNotContain("Oakport Township");
  }
}
