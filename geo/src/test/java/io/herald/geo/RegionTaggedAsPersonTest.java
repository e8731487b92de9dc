package io.herald.geo;

import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A region's whole name of several words that the tagger took for a person is still the region; a
 * region's name inside a person's, or one word alone so tagged, is not. No model is loaded.
 */
class RegionTaggedAsPersonTest {
  private static final GazetteerEntry MILTON_KEYNES =
      new GazetteerEntry(
          0, "Milton Keynes", PlaceKind.ADMIN1, "GBR", "ENG", "unitary authority", 0, 52.04, -0.76);
  private static final GazetteerEntry VIRGINIA = region("Virginia", "VA", 37.5, -78.8);
  private static final GazetteerEntry TRAPANI =
      new GazetteerEntry(0, "Trapani", PlaceKind.ADMIN1, "ITA", "15", "province", 0, 37.9, 12.6);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(), List.of(MILTON_KEYNES, VIRGINIA, TRAPANI), Map.of(), TaggedText.COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, TaggedText.COUNTRIES);

  @Test
  void a_region_s_whole_name_tagged_as_a_person_is_the_region() {
    // GeoVirus: "was admitted to a hospital in Milton Keynes, but later died"
    List<Place> places =
        geoparser.geoparse(
            parse(
                "He was admitted to a hospital in Milton Keynes , but later died",
                Map.of("Milton Keynes", "PERSON")));
    assertThat(places).extracting(Place::name).containsExactly("Milton Keynes");
  }

  @Test
  void a_region_s_name_inside_a_person_s_or_alone_as_a_surname_is_no_place() {
    List<Place> places =
        geoparser.geoparse(
            parse(
                "Virginia Woolf wrote it , and Trapani said so",
                Map.of("Virginia Woolf", "PERSON", "Trapani", "PERSON")));
    assertThat(places).isEmpty();
  }
}
