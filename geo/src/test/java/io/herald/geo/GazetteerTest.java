package io.herald.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer resources: loads them once (about a second; no language model). */
class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load(Countries.load());
  }

  @Test
  void links_us_states_to_the_geonames_admin1_codes_of_their_towns() {
    assertThat(gazetteer.admin1("Texas"))
        .anySatisfy(
            r -> {
              assertThat(r.iso3()).isEqualTo("USA");
              assertThat(r.admin1()).isEqualTo("TX");
              assertThat(r.kind()).isEqualTo(PlaceKind.ADMIN1);
            });
    assertThat(gazetteer.admin1ByCode("USA", "CA"))
        .get()
        .extracting(GazetteerEntry::name)
        .isEqualTo("California");
  }

  @Test
  void knows_state_codes_and_ap_abbreviations() {
    assertThat(gazetteer.admin1("Calif.")).extracting(GazetteerEntry::name).contains("California");
    assertThat(gazetteer.admin1("W.Va."))
        .extracting(GazetteerEntry::name)
        .contains("West Virginia");
    assertThat(gazetteer.admin1("NSW"))
        .extracting(GazetteerEntry::name)
        .contains("New South Wales");
  }

  @Test
  void holds_both_bangors() {
    assertThat(gazetteer.cities("Bangor")).extracting(GazetteerEntry::iso3).contains("USA", "GBR");
  }

  @Test
  void puts_the_united_states_at_its_geographic_centre() {
    assertThat(gazetteer.country("United States"))
        .get()
        .satisfies(
            e -> {
              assertThat(e.lat()).isEqualTo(39.83);
              assertThat(e.lon()).isEqualTo(-98.58);
            });
  }
}
