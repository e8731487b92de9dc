package io.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.geo.SourceHome;
import io.herald.geo.SourceHomes;
import io.herald.model.Article;
import io.herald.model.Place;
import io.herald.model.Span;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline places a town an article names alone in the home region its source is given ({@code
 * geo.homes}, {@code geo.home}), and elsewhere by population when the source has none. Bundled
 * gazetteer, hand-built parse, no models.
 */
class SourceHomeTest {
  private static final String TEXT = "Police arrested a man in Dublin .";
  private static final SourceHome OHIO = new SourceHome("USA", "OH");

  private static ParsedArticle story(String source) {
    String[][] words = {
      {"Police", "NNS", "O"},
      {"arrested", "VBD", "O"},
      {"a", "DT", "O"},
      {"man", "NN", "O"},
      {"in", "IN", "O"},
      {"Dublin", "NNP", "CITY"},
      {".", ".", "O"}
    };
    Token[] tokens = new Token[words.length];
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      int start = TEXT.indexOf(words[i][0], at);
      at = start + words[i][0].length();
      tokens[i] =
          new Token(i, words[i][0], words[i][0], words[i][1], words[i][2], "", new Span(start, at));
    }
    List<Dependency> deps =
        List.of(
            new Dependency(1, 0, "nsubj"),
            new Dependency(-1, 1, "root"),
            new Dependency(3, 2, "det"),
            new Dependency(1, 3, "obj"),
            new Dependency(5, 4, "case"),
            new Dependency(1, 5, "obl:in"),
            new Dependency(1, 6, "punct"));
    Sentence s = new Sentence(0, new Span(0, TEXT.length()), List.of(tokens), deps);
    Article a = new Article("dublin", "", TEXT, Optional.empty(), source, "");
    return new ParsedArticle(a, List.of(s), List.of(), List.of(), List.of(), List.of());
  }

  private static ArticleCoder coder;
  private static Geoparser geoparser;

  @BeforeAll
  static void build() {
    Countries countries = Countries.load();
    coder = ArticleCoder.withBundledDictionaries(countries, CameoCodebook.load());
    geoparser = new Geoparser(Gazetteer.load(countries), countries);
  }

  private static Place dublin(SourceHomes homes, String source) {
    List<Place> places =
        ParsedFixtures.pipeline(coder, geoparser, homes).code(story(source)).places();
    assertThat(places).singleElement().extracting(Place::name).isEqualTo("Dublin");
    return places.get(0);
  }

  @Test
  void a_source_without_a_home_gets_the_largest_dublin() {
    assertThat(dublin(SourceHomes.NONE, "Columbus Dispatch").country()).isEqualTo("IRL");
  }

  @Test
  void a_source_with_a_home_gets_the_dublin_of_its_region() {
    SourceHomes homes = new SourceHomes(Map.of("Columbus Dispatch", OHIO), SourceHome.NONE);
    Place atHome = dublin(homes, "Columbus Dispatch");
    assertThat(atHome.country()).isEqualTo("USA");
    assertThat(atHome.lat()).isBetween(40.0, 40.2);
    assertThat(dublin(homes, "Irish Times").country()).isEqualTo("IRL");
  }

  @Test
  void the_newsrooms_region_is_the_home_of_every_source_not_listed() {
    SourceHomes homes = new SourceHomes(Map.of("Irish Times", SourceHome.NONE), OHIO);
    assertThat(dublin(homes, "Wire").country()).isEqualTo("USA");
    assertThat(dublin(homes, "Irish Times").country()).isEqualTo("IRL");
  }
}
