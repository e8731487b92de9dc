package io.herald.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Towns found by their alternate names, and names spelled with letters that do not decompose. */
class AlternateNamesTest {
  private static final Countries COUNTRIES = Countries.load();

  private static GazetteerEntry town(String name, String iso3, long population) {
    return new GazetteerEntry(0, name, PlaceKind.CITY, iso3, "", "PPL", population, 0, 0);
  }

  private static final GazetteerEntry KOLKATA = town("Kolkata", "IND", 4_631_392);
  private static final GazetteerEntry CALCUTTA_OHIO = town("Calcutta", "USA", 3_742);
  private static final GazetteerEntry EL_FASHER = town("El Fasher", "SDN", 252_609);
  private static final GazetteerEntry NEW_YORK_CITY = town("New York City", "USA", 8_175_133);
  private static final GazetteerEntry MANHATTAN_KANSAS = town("Manhattan", "USA", 56_308);
  private static final GazetteerEntry MANHATTAN_BOROUGH = town("Manhattan", "USA", 1_487_536);
  private static final GazetteerEntry NEW_YORK_STATE =
      new GazetteerEntry(0, "New York", PlaceKind.ADMIN1, "USA", "NY", "", 0, 43, -75.5);

  private static final Gazetteer GAZETTEER =
      Gazetteer.withAlternateNames(
          List.of(
              KOLKATA,
              CALCUTTA_OHIO,
              EL_FASHER,
              NEW_YORK_CITY,
              MANHATTAN_KANSAS,
              MANHATTAN_BOROUGH),
          Map.of(
              "Calcutta", KOLKATA,
              "Al-Fashir", EL_FASHER,
              "New York", NEW_YORK_CITY,
              "Manhattan", NEW_YORK_CITY),
          List.of(NEW_YORK_STATE),
          COUNTRIES);

  @Test
  void finds_a_town_by_an_alternate_name_no_other_place_has() {
    assertThat(GAZETTEER.cities("Al-Fashir")).containsExactly(EL_FASHER);
    assertThat(GAZETTEER.cities("El Fasher")).containsExactly(EL_FASHER);
  }

  @Test
  void a_city_a_hundred_times_larger_than_the_namesake_village_is_a_reading_too() {
    assertThat(GAZETTEER.cities("Calcutta")).containsExactly(CALCUTTA_OHIO, KOLKATA);
  }

  @Test
  void an_old_name_of_a_city_does_not_take_a_town_s_own_name() {
    assertThat(GAZETTEER.cities("Manhattan")).containsExactly(MANHATTAN_KANSAS, MANHATTAN_BOROUGH);
  }

  @Test
  void an_alternate_name_that_names_a_region_stays_the_region_s() {
    assertThat(GAZETTEER.cities("New York")).isEmpty();
    assertThat(GAZETTEER.admin1("New York")).containsExactly(NEW_YORK_STATE);
  }

  @Test
  void a_region_s_other_name_of_several_words_is_looked_for_in_running_text_but_not_a_code() {
    assertThat(NameForms.multiWordName("West Java")).isTrue();
    assertThat(NameForms.multiWordName("Rift Valley Province")).isTrue();
    assertThat(NameForms.multiWordName("Washington, D.C.")).isFalse();
    assertThat(NameForms.multiWordName("W. Va.")).isFalse();
    assertThat(NameForms.multiWordName("NSW")).isFalse();
    assertThat(NameForms.multiWordName("Calif.")).isFalse();
  }

  @Test
  void writes_a_french_saint_s_town_as_english_news_does() {
    assertThat(NameForms.writtenForms("Saint-Marc"))
        .containsExactlyInAnyOrder("Saint Marc", "St. Marc", "St Marc");
    assertThat(NameForms.writtenForms("Sainte-Anne")).contains("Ste. Anne");
    assertThat(NameForms.writtenForms("Saint Paul")).contains("St. Paul");
  }

  @Test
  void folds_latin_letters_without_a_decomposition_as_english_writes_them() {
    assertThat(Gazetteer.key("Doğubayazıt")).isEqualTo("dogubayazit");
    assertThat(Gazetteer.key("Puławy")).isEqualTo("pulawy");
    assertThat(Gazetteer.key("Tromsø")).isEqualTo("tromso");
    Gazetteer g =
        Gazetteer.of(List.of(town("Doğubayazıt", "TUR", 70_171)), List.of(), Map.of(), COUNTRIES);
    assertThat(g.cities("Dogubayazit"))
        .extracting(GazetteerEntry::name)
        .containsExactly("Doğubayazıt");
  }
}
