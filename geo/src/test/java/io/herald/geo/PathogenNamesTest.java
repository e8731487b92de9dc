package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.country;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A place name that is part of a pathogen's or disease's name ("the Reston virus", "Spanish
 * influenza") is no place of the story, nor are its other mentions unless the words around them
 * place them; country names stay places. Hand-written sentences; no model is loaded.
 */
class PathogenNamesTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              country("USA", "US", "United States", "American", 39.8, -98.6),
              country("ESP", "ES", "Spain", "Spanish", 40.0, -4.0),
              country("PHL", "PH", "Philippines", "Filipino", 12.0, 122.0)));

  private final Geoparser geoparser =
      new Geoparser(
          Gazetteer.of(
              List.of(city(1, "Reston", "USA", "VA", "PPL", 60_000, 38.97, -77.34)),
              List.of(region("Virginia", "VA", 37.5, -78.9)),
              Map.of(),
              COUNTRIES),
          COUNTRIES);

  private List<String> names(String text, Map<String, String> tags) {
    return geoparser.geoparse(parse(text, tags)).stream().map(Place::name).toList();
  }

  @Test
  void a_name_before_a_disease_word_and_its_other_unplaced_mentions_are_no_places() {
    String text =
        "Pigs in the Philippines tested positive for the Reston virus, officials said. The"
            + " Reston strain was first found in monkeys shipped to Reston, Virginia, in 1989."
            + " Reston is not known to harm people.";
    List<String> names = names(text, Map.of("Reston", "LOCATION", "Virginia", "STATE_OR_PROVINCE"));
    // only "to Reston, Virginia" is the town
    assertThat(names).filteredOn("Reston"::equals).hasSize(1);
    assertThat(names).contains("Virginia", "Philippines");
  }

  @Test
  void without_a_disease_word_the_town_stays() {
    String text = "Monkeys were shipped to a laboratory in Reston . Reston is near Washington .";
    assertThat(names(text, Map.of("Reston", "LOCATION"))).filteredOn("Reston"::equals).hasSize(2);
  }

  @Test
  void a_country_before_a_disease_word_stays_a_place_but_its_adjective_does_not() {
    String text =
        "The Spanish influenza of 1918 reached Spain in the spring. The United States flu"
            + " season started early.";
    List<Place> places = geoparser.geoparse(parse(text, Map.of()));
    assertThat(places).extracting(Place::name).contains("Spain", "United States");
    assertThat(places).noneMatch(Place::adjectival);
  }
}
