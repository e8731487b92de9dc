package io.herald.geo;

import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A country's short form that the tagger calls a country ("Congo") is the country the story names
 * in full. Sentences from GeoVirus stories; no model is loaded.
 */
class ShortFormsTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              TaggedText.country("COG", "CG", "Republic of Congo", "Congolese", -1, 15),
              TaggedText.country(
                  "COD", "CD", "Democratic Republic of the Congo", "Congolese", -2.9, 23.7)));

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(List.of(), List.of(), Map.of(), COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, COUNTRIES);

  private List<String> congo(String text) {
    return geoparser.geoparse(parse(text, Map.of("Congo", "COUNTRY"))).stream()
        .filter(p -> p.span().of(text).equals("Congo"))
        .map(Place::country)
        .toList();
  }

  @Test
  void the_short_form_is_the_country_named_in_full() {
    assertThat(
            congo(
                "Ebola has killed ten in the Republic of Congo this month ; the government of"
                    + " Congo and the United Nations"))
        .containsExactly("COG");
    assertThat(
            congo(
                "an outbreak in the Democratic Republic of the Congo , in the northern part of"
                    + " Congo"))
        .containsExactly("COD");
  }

  @Test
  void a_name_tagged_as_a_country_is_no_town_of_that_name() {
    // a golden-file story: "Surinam carrier Blue Wing Airlines"; Surinam is also a Mauritian town
    Gazetteer withTown =
        Gazetteer.of(
            List.of(TaggedText.city(1, "Surinam", "MUS", "17", "PPL", 10_000, -20.51, 57.505)),
            List.of(),
            Map.of(),
            COUNTRIES);
    String text = "bans were lifted on Surinam carrier Blue Wing Airlines";
    assertThat(
            new Geoparser(withTown, COUNTRIES).geoparse(parse(text, Map.of("Surinam", "COUNTRY"))))
        .isEmpty();
  }

  @Test
  void a_short_form_with_no_full_name_in_the_story_stays_unplaced() {
    assertThat(congo("the government of Congo said so")).isEmpty();
  }
}
