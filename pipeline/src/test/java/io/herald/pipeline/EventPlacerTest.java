package io.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events aimed at a place take its country as target (parsed fixtures, no models). */
class EventPlacerTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void build() {
    Countries countries = Countries.load();
    LanguageAnalyzer none =
        new LanguageAnalyzer() {
          @Override
          public ParsedArticle analyze(Article article) {
            throw new UnsupportedOperationException("parsed fixtures only");
          }

          @Override
          public Map<String, Long> annotatorMillis() {
            return Map.of();
          }
        };
    pipeline =
        new Pipeline(
            none,
            ArticleCoder.withBundledDictionaries(countries, CameoCodebook.load()),
            new Geoparser(Gazetteer.load(countries), countries));
  }

  private static AnalyzedArticle analyzed(String name) throws IOException {
    return pipeline.code(
        new ParsedArticleCodec()
            .read(
                Files.readString(
                    Path.of("..", "testdata", "parsed", name + ".json"), StandardCharsets.UTF_8)));
  }

  private static Actor actor(AnalyzedArticle a, String id) {
    return a.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void would_visit_busan_is_aimed_at_south_korea() throws IOException {
    AnalyzedArticle a = analyzed("korea-japan-call");
    Event visit =
        a.events().stream()
            .filter(e -> e.trigger().of(a.article().text()).equals("visit"))
            .findFirst()
            .orElseThrow();
    assertThat(visit.cameo().code()).isEqualTo("036");
    assertThat(visit.target())
        .singleElement()
        .satisfies(p -> assertThat(p.code().value()).isEqualTo("KOR"));
    Actor host = actor(a, visit.target().get(0).actorId());
    assertThat(host.name()).isEqualTo("Busan");
    assertThat(host.evidence().rule()).isEqualTo("event.target.place-country");
    assertThat(host.evidence().span().of(a.article().text())).isEqualTo("Busan");
  }

  @Test
  void a_protest_in_a_foreign_city_is_aimed_at_its_country() throws IOException {
    AnalyzedArticle a = analyzed("stated-intents");
    assertThat(a.events())
        .filteredOn(e -> e.cameo().code().equals("141"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.target()).extracting(p -> p.code().value()).containsExactly("BIH");
              assertThat(e.placeId()).isNotEmpty();
            });
  }
}
