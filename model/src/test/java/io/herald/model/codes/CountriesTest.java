package io.herald.model.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountriesTest {
  private static Countries countries;

  @BeforeAll
  static void load() {
    countries = Countries.load();
  }

  @Test
  void japan_has_demonym_japanese_and_capital_tokyo() {
    Country japan = countries.byIso3("JPN").orElseThrow();
    assertThat(japan.name()).isEqualTo("Japan");
    assertThat(japan.iso2()).isEqualTo("JP");
    assertThat(japan.demonyms()).contains("Japanese");
    assertThat(japan.capitals()).contains("Tokyo");
  }

  @Test
  void united_states_names_include_abbreviation_and_full_name() {
    Country usa = countries.byIso3("USA").orElseThrow();
    assertThat(usa.names()).contains("U.S.", "United States", "United States of America");
    assertThat(usa.names()).doesNotHaveDuplicates();
    assertThat(usa.names().get(0)).isEqualTo("United States");
  }

  @Test
  void the_congo_was_zaire_from_1971_to_1997() {
    assertThat(countries.byIso3("COD").orElseThrow().names()).contains("DRC", "Zaire");
    assertThat(countries.byIso3("COG").orElseThrow().names()).doesNotContain("Zaire");
  }

  @Test
  void finds_by_iso2_in_any_case() {
    assertThat(countries.byIso2("jp")).map(Country::iso3).contains("JPN");
    assertThat(countries.byIso2("GB")).map(Country::iso3).contains("GBR");
    assertThat(countries.byIso2("ZZ")).isEmpty();
    assertThat(countries.byIso3("ZZZ")).isEmpty();
  }

  @Test
  void loads_every_row_with_valid_codes() {
    assertThat(countries.all()).hasSize(250);
    assertThat(countries.all())
        .allSatisfy(
            c -> {
              assertThat(c.iso3()).matches("[A-Z]{3}");
              assertThat(c.iso2()).matches("[A-Z]{2}");
              assertThat(c.names()).contains(c.name());
              assertThat(c.lat()).isBetween(-90.0, 90.0);
              assertThat(c.lon()).isBetween(-180.0, 180.0);
            });
  }

  @Test
  void of_builds_a_small_fixture_table() {
    Country x =
        new Country(
            "XXA", "XA", "Ruritania", List.of("Ruritania"), List.of("Ruritanian"), List.of(), 0, 0);
    Countries table = Countries.of(List.of(x));
    assertThat(table.all()).containsExactly(x);
    assertThat(table.byIso2("xa")).contains(x);
  }

  @Test
  void country_rejects_a_code_that_is_not_alpha3() {
    assertThatThrownBy(
            () -> new Country("JP", "JP", "Japan", List.of(), List.of(), List.of(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JP");
  }

  @Test
  void all_iterates_in_the_table_order_so_runs_agree() {
    TsvTable table = TsvTable.load(Countries.class, "/io/herald/model/countries.tsv");
    List<String> rows = table.rows().stream().map(r -> table.get(r, "iso3")).toList();
    assertThat(rows).hasSizeGreaterThan(200);
    assertThat(countries.all()).extracting(Country::iso3).containsExactlyElementsOf(rows);
  }
}
