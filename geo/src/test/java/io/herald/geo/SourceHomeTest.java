package io.herald.geo;

import static io.herald.geo.TaggedText.city;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.Place;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A local paper's home region, read from its own stories, places the towns it names alone. */
class SourceHomeTest {
  private static final GazetteerEntry LOUISIANA = region("Louisiana", "LA", 31.0, -92.0);
  private static final GazetteerEntry TEXAS = region("Texas", "TX", 31.3, -98.5);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(5, "Alexandria", "EGY", "06", "PPLA", 3_811_516, 31.198, 29.919),
              city(6, "Alexandria", "USA", "LA", "PPLA2", 47_723, 31.311, -92.445),
              city(7, "Pineville", "USA", "LA", "PPL", 14_555, 31.322, -92.434),
              city(8, "Pineville", "USA", "NC", "PPL", 8_000, 35.083, -80.892),
              city(9, "Lafayette", "USA", "LA", "PPLA2", 126_000, 30.224, -92.020)),
          List.of(LOUISIANA, TEXAS),
          Map.of(),
          TaggedText.COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, TaggedText.COUNTRIES);

  /** Stories of a Louisiana paper: each names its state or one of its towns. */
  private static final List<ParsedArticle> STORIES =
      List.of(
          parse("Louisiana lawmakers met in Lafayette on Monday", Map.of("Louisiana", "STATE")),
          parse("The Louisiana Legislature passed the budget", Map.of()),
          parse("A Lafayette man was arrested", Map.of("Lafayette", "CITY")),
          parse("Pineville residents voted on the school tax", Map.of()));

  @Test
  void reads_a_local_papers_home_region_from_its_stories() {
    assertThat(geoparser.learnHome(STORIES)).isEqualTo(new SourceHome("USA", "LA"));
  }

  @Test
  void places_a_town_named_alone_in_the_home_region() {
    ParsedArticle story =
        parse("An Alexandria woman was charged with arson", Map.of("Alexandria", "CITY"));
    List<Place> alone = geoparser.geoparse(story);
    List<Place> atHome = geoparser.geoparse(story, geoparser.learnHome(STORIES));
    assertThat(alone).singleElement().extracting(Place::country).isEqualTo("EGY");
    assertThat(atHome).singleElement().extracting(Place::country).isEqualTo("USA");
    assertThat(atHome.get(0).evidence().rule()).isEqualTo("geo.city.source-home");
  }

  @Test
  void learns_no_home_from_too_few_or_scattered_stories() {
    assertThat(geoparser.learnHome(STORIES.subList(0, 2))).isEqualTo(SourceHome.NONE);
    List<ParsedArticle> scattered =
        List.of(
            parse("Texas voters went to the polls", Map.of("Texas", "STATE")),
            parse("Louisiana lawmakers met", Map.of("Louisiana", "STATE")),
            parse("The weather was fine", Map.of()),
            parse("Nothing happened", Map.of()));
    assertThat(geoparser.learnHome(scattered)).isEqualTo(SourceHome.NONE);
  }

  @Test
  void rejects_a_home_with_a_country_but_no_region() {
    assertThatThrownBy(() -> new SourceHome("USA", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USA.");
  }
}
