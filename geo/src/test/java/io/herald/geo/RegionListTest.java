package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.PlaceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A list of a country's regions is no hierarchy cue: "Washington, Pennsylvania and California"
 * names three states, though Washington, Pennsylvania is also a town. Sentences from GeoVirus; no
 * model is loaded.
 */
class RegionListTest {
  private static final GazetteerEntry WASHINGTON = region("Washington", "WA", 47.4, -120.4);
  private static final GazetteerEntry PENNSYLVANIA = region("Pennsylvania", "PA", 40.9, -77.8);
  private static final GazetteerEntry CALIFORNIA = region("California", "CA", 37.2, -119.5);
  private static final GazetteerEntry WEST_VIRGINIA = region("West Virginia", "WV", 38.6, -80.6);
  private static final GazetteerEntry UTAH = region("Utah", "UT", 39.3, -111.7);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Washington", "USA", "PA", "PPLA2", 13_663, 40.174, -80.246),
              city(2, "Washington", "USA", "WV", "PPL", 1_175, 39.247, -81.675)),
          List.of(WASHINGTON, PENNSYLVANIA, CALIFORNIA, WEST_VIRGINIA, UTAH),
          Map.of(),
          TaggedText.COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, TaggedText.COUNTRIES);

  private PlaceKind washington(String text) {
    return geoparser.geoparse(parse(text, Map.of())).stream()
        .filter(p -> p.name().equals("Washington"))
        .findFirst()
        .orElseThrow()
        .kind();
  }

  @Test
  void a_state_listed_with_states_is_the_state() {
    assertThat(
            washington(
                "Officials are investigating cases in Washington, Pennsylvania and California"))
        .isEqualTo(PlaceKind.ADMIN1);
    assertThat(washington("cases in Utah, Washington, West Virginia and Wyoming"))
        .isEqualTo(PlaceKind.ADMIN1);
  }

  @Test
  void a_town_before_its_state_is_still_the_town() {
    assertThat(washington("He grew up in Washington, Pennsylvania, a small town"))
        .isEqualTo(PlaceKind.CITY);
  }
}
