package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.country;
import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A town the gazetteer lacks, placed by its writer in a region of a country the story names
 * ("Stroud, Ontario, Canada"), is a place of that region, not the bigger namesake abroad; a list of
 * places ("Stroud, Ontario and Manitoba") is no such placing. Hand-written sentences; no model is
 * loaded.
 */
class ForeignNamesakeTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              country("GBR", "GB", "United Kingdom", "British", 54, -2),
              country("CAN", "CA", "Canada", "Canadian", 60, -95)));

  private static final GazetteerEntry ONTARIO =
      new GazetteerEntry(0, "Ontario", PlaceKind.ADMIN1, "CAN", "08", "province", 0, 50, -86);
  private static final GazetteerEntry MANITOBA =
      new GazetteerEntry(0, "Manitoba", PlaceKind.ADMIN1, "CAN", "03", "province", 0, 55, -98);

  private final Geoparser geoparser =
      new Geoparser(
          Gazetteer.of(
              List.of(city(1, "Stroud", "GBR", "ENG", "PPL", 60_000, 51.75, -2.2)),
              List.of(ONTARIO, MANITOBA),
              Map.of(),
              COUNTRIES),
          COUNTRIES);

  private Place stroud(String text) {
    return geoparser
        .geoparse(parse(text, Map.of("Stroud", "LOCATION", "Ontario", "STATE_OR_PROVINCE")))
        .stream()
        .filter(p -> p.span().of(text).equals("Stroud"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_town_followed_by_a_region_and_its_country_is_in_that_region() {
    Place p =
        stroud(
            "The truck was stopped on a highway in Stroud, Ontario, Canada. On Sunday it was towed.");
    assertThat(p.country()).isEqualTo("CAN");
    assertThat(p.lat()).isEqualTo(ONTARIO.lat());
  }

  @Test
  void a_town_before_a_region_of_a_country_the_story_names_is_in_that_region() {
    Place p =
        stroud(
            "Police in Canada charged the driver. He will appear in a Stroud, Ontario court"
                + " in May.");
    assertThat(p.country()).isEqualTo("CAN");
  }

  @Test
  void a_list_of_places_keeps_the_namesake() {
    Place p = stroud("Rain fell on Stroud, Ontario and Manitoba, forecasters in Canada said.");
    assertThat(p.country()).isEqualTo("GBR");
  }
}
