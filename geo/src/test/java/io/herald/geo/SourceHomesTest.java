package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Source home regions as a user writes them, resolved against the gazetteer's admin-1 regions. */
class SourceHomesTest {
  private static final GazetteerEntry OHIO = region("Ohio", "OH", 40.4, -82.7);
  private static final GazetteerEntry GEORGIA = region("Georgia", "GA", 32.7, -83.4);
  private static final GazetteerEntry ONTARIO =
      new GazetteerEntry(0, "Ontario", PlaceKind.ADMIN1, "CAN", "08", "", 0, 50.0, -86.0);
  private static final GazetteerEntry ORANGE_CA =
      new GazetteerEntry(0, "Orange", PlaceKind.ADMIN1, "CAN", "99", "", 0, 45.0, -75.0);
  private static final GazetteerEntry ORANGE_US = region("Orange", "OR", 44.0, -120.5);

  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              TaggedText.country("USA", "US", "United States", "American", 38, -97),
              TaggedText.country("CAN", "CA", "Canada", "Canadian", 60, -95),
              TaggedText.country("IRL", "IE", "Ireland", "Irish", 53, -8)));

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Dublin", "IRL", "L", "PPLC", 1_024_027, 53.333, -6.249),
              city(2, "Dublin", "USA", "OH", "PPL", 49_328, 40.099, -83.114)),
          List.of(OHIO, GEORGIA, ONTARIO, ORANGE_CA, ORANGE_US),
          Map.of("Ga.", GEORGIA),
          COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, COUNTRIES);

  @Test
  void resolves_a_region_by_name_abbreviation_country_or_code() {
    SourceHome ohio = new SourceHome("USA", "OH");
    assertThat(SourceHomes.region("Ohio", GAZETTEER)).isEqualTo(ohio);
    assertThat(SourceHomes.region("  ohio ", GAZETTEER)).isEqualTo(ohio);
    assertThat(SourceHomes.region("Ga.", GAZETTEER)).isEqualTo(new SourceHome("USA", "GA"));
    assertThat(SourceHomes.region("Ontario, Canada", GAZETTEER))
        .isEqualTo(new SourceHome("CAN", "08"));
    assertThat(SourceHomes.region("CAN.08", GAZETTEER)).isEqualTo(new SourceHome("CAN", "08"));
    assertThat(SourceHomes.region("Orange, United States", GAZETTEER))
        .isEqualTo(new SourceHome("USA", "OR"));
  }

  @Test
  void rejects_an_unknown_or_ambiguous_region_saying_which() {
    assertThatThrownBy(() -> SourceHomes.region("Atlantis", GAZETTEER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown region \"Atlantis\"");
    assertThatThrownBy(() -> SourceHomes.region("Ohio, Canada", GAZETTEER))
        .hasMessageContaining("unknown region \"Ohio, Canada\"");
    assertThatThrownBy(() -> SourceHomes.region("Ontario, Narnia", GAZETTEER))
        .hasMessageContaining("unknown country \"Narnia\"");
    assertThatThrownBy(() -> SourceHomes.region("Orange", GAZETTEER))
        .hasMessageContaining("ambiguous region \"Orange\"")
        .hasMessageContaining("CAN.99")
        .hasMessageContaining("USA.OR");
  }

  @Test
  void reads_a_table_of_sources_and_regions() throws IOException {
    SourceHomes homes =
        SourceHomes.read(
            new StringReader(
                "\uFEFF# source\tregion\nColumbus Dispatch\tOhio\n\nToronto Star\tOntario, Canada\n"),
            "homes.tsv",
            GAZETTEER,
            new SourceHome("USA", "GA"));
    assertThat(homes.of("Columbus Dispatch")).isEqualTo(new SourceHome("USA", "OH"));
    assertThat(homes.of("Toronto Star")).isEqualTo(new SourceHome("CAN", "08"));
    assertThat(homes.of("Reuters")).isEqualTo(new SourceHome("USA", "GA"));
    assertThat(SourceHomes.NONE.of("Columbus Dispatch")).isEqualTo(SourceHome.NONE);
  }

  @Test
  void a_bad_line_names_the_file_the_line_and_the_region() {
    assertThatThrownBy(() -> read("Columbus Dispatch\tOhio\nThe Sentinel\tOrange\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("homes.tsv:2: ")
        .hasMessageContaining("ambiguous region \"Orange\"");
    assertThatThrownBy(() -> read("Columbus Dispatch\tOhio\n\nThe Post\tAtlantis\n"))
        .hasMessageStartingWith("homes.tsv:3: ")
        .hasMessageContaining("Atlantis");
    assertThatThrownBy(() -> read("Columbus Dispatch Ohio\n"))
        .hasMessageStartingWith("homes.tsv:1: ")
        .hasMessageContaining("no tab");
    assertThatThrownBy(() -> read("Dispatch\tOhio\nDispatch\tGeorgia\n"))
        .hasMessageStartingWith("homes.tsv:2: ")
        .hasMessageContaining("named twice");
  }

  @Test
  void a_configured_home_places_an_ambiguous_town_in_its_region() throws IOException {
    ParsedArticle story =
        parse("Police in Dublin arrested a man on Monday", Map.of("Dublin", "CITY"));
    SourceHomes homes = read("Columbus Dispatch\tOhio\n");
    List<Place> elsewhere = geoparser.geoparse(story, homes.of("Irish Times"));
    List<Place> atHome = geoparser.geoparse(story, homes.of("Columbus Dispatch"));
    assertThat(elsewhere).singleElement().extracting(Place::country).isEqualTo("IRL");
    assertThat(atHome).singleElement().extracting(Place::country).isEqualTo("USA");
    assertThat(atHome.get(0).lat()).isEqualTo(40.099);
  }

  private static SourceHomes read(String table) throws IOException {
    return SourceHomes.read(new StringReader(table), "homes.tsv", GAZETTEER, SourceHome.NONE);
  }
}
