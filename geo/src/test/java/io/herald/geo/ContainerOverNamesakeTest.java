package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.county;
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
 * A name whose own words place it in a county ("the X area of Y County") is a place of that county
 * even when the gazetteer knows the name only as a town far away. Hand-written sentences; no model
 * is loaded.
 */
class ContainerOverNamesakeTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(TaggedText.country("USA", "US", "United States", "American", 39.8, -98.6)));

  private static final GazetteerEntry HARLAN = county("Harlan County", "KY", 36.857, -83.218);

  private static Geoparser geoparser(List<GazetteerEntry> towns) {
    return new Geoparser(
        Gazetteer.of(
            towns,
            List.of(
                region("Kentucky", "KY", 37.53, -85.29), region("Oregon", "OR", 43.93, -120.56)),
            Map.of(),
            List.of(HARLAN),
            COUNTRIES),
        COUNTRIES);
  }

  private static Place pineHollow(Geoparser geoparser) {
    String text =
        "Hunters reported dead geese in the Pine Hollow area of Harlan County , located in"
            + " Kentucky .";
    return geoparser
        .geoparse(parse(text, Map.of("Pine Hollow", "LOCATION", "Harlan County", "LOCATION")))
        .stream()
        .filter(p -> p.name().equals("Pine Hollow"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_namesake_outside_the_stated_county_yields_to_the_county() {
    Place p =
        pineHollow(
            geoparser(List.of(city(1, "Pine Hollow", "USA", "OR", "PPL", 4_000, 45.0, -122.0))));
    assertThat(p.lat()).isEqualTo(HARLAN.lat());
    assertThat(p.lon()).isEqualTo(HARLAN.lon());
    assertThat(p.kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(p.evidence().rule()).isEqualTo("geo.unknown.stated-container");
  }

  @Test
  void a_town_inside_the_stated_county_stays_itself() {
    Place p =
        pineHollow(
            geoparser(List.of(city(1, "Pine Hollow", "USA", "KY", "PPL", 900, 36.9, -83.3))));
    assertThat(p.lat()).isEqualTo(36.9);
    assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
  }
}
