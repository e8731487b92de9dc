package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A region named after a town outranks the town ("California", not California, PA), unless the
 * region is that town (Glasgow's council area): then the town is read, with its GeoNames id and
 * what its neighbours say for it. No model is loaded.
 */
class CityRegionTest {
  private static final GazetteerEntry GLASGOW_AREA =
      new GazetteerEntry(
          0, "Glasgow", PlaceKind.ADMIN1, "GBR", "V2", "council area", 0, 55.864, -4.252);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Glasgow", "GBR", "V2", "PPLA2", 591_000, 55.865, -4.257),
              city(2, "Glasgow", "USA", "KY", "PPL", 14_000, 36.996, -85.912),
              city(3, "California", "USA", "PA", "PPL", 6_000, 40.066, -79.892)),
          List.of(GLASGOW_AREA, region("California", "CA", 37.25, -119.61)),
          Map.of(),
          TaggedText.COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, TaggedText.COUNTRIES);

  @Test
  void reads_a_city_region_as_its_city() {
    List<Place> places =
        geoparser.geoparse(parse("Five people in Glasgow were hospitalised", Map.of()));
    assertThat(places)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
              assertThat(p.geonameId()).isEqualTo(1L);
            });
  }

  @Test
  void keeps_a_region_over_its_distant_namesake_town() {
    List<Place> places = geoparser.geoparse(parse("Fires burned in California", Map.of()));
    assertThat(places).singleElement().extracting(Place::kind).isEqualTo(PlaceKind.ADMIN1);
  }
}
