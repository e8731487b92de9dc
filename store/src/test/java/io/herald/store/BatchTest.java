package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.json.AnalyzedArticleJson;
import io.herald.model.AnalyzedArticle;
import io.herald.model.ContentHash;
import io.herald.model.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 10, 9, 12, 0);
  private final AnalyzedArticleJson json = new AnalyzedArticleJson();

  @Test
  void builds_one_row_per_record_with_nulls_for_absent_values() {
    Batch batch = Batch.of(List.of(Fixtures.protest()), json, NOW);

    List<Object[]> articles = batch.rows().get(Schema.ARTICLES);
    assertThat(articles).hasSize(1);
    Object[] article = articles.get(0);
    assertThat(value(Schema.ARTICLES, article, "content_hash"))
        .isEqualTo(ContentHash.of("", Fixtures.PROTEST_TEXT));
    assertThat(value(Schema.ARTICLES, article, "title")).isNull();
    assertThat(value(Schema.ARTICLES, article, "date")).isNull();
    assertThat(value(Schema.ARTICLES, article, "source")).isNull();
    assertThat(value(Schema.ARTICLES, article, "url")).isNull();
    assertThat(value(Schema.ARTICLES, article, "analyzed_at")).isEqualTo(NOW);
    assertThat((String) value(Schema.ARTICLES, article, "doc_json"))
        .startsWith("{\"schema\":\"herald/v1\"");

    Object[] incursion = batch.rows().get(Schema.EVENTS).get(1);
    assertThat(value(Schema.EVENTS, incursion, "source_code")).isEqualTo("CHNMIL");
    assertThat(value(Schema.EVENTS, incursion, "source_country")).isEqualTo("CHN");
    assertThat(value(Schema.EVENTS, incursion, "target_actor")).isNull();
    assertThat(value(Schema.EVENTS, incursion, "target_code")).isNull();
    assertThat(value(Schema.EVENTS, incursion, "target_country")).isNull();
    assertThat(value(Schema.EVENTS, incursion, "event_date")).isNull();
    assertThat(value(Schema.EVENTS, incursion, "date_source")).isEqualTo("unknown");
    assertThat(value(Schema.EVENTS, incursion, "place_id")).isEqualTo("q1");

    Object[] sea = batch.rows().get(Schema.PLACES).get(0);
    assertThat(value(Schema.PLACES, sea, "country")).isNull();
    assertThat(value(Schema.PLACES, sea, "geoname_id")).isNull();
    assertThat(value(Schema.PLACES, sea, "kind")).isEqualTo("sea");

    Object[] japan = batch.rows().get(Schema.ACTORS).get(0);
    assertThat(value(Schema.ACTORS, japan, "sector")).isNull();
    assertThat(value(Schema.ACTORS, japan, "role")).isNull();
    assertThat(value(Schema.ACTORS, japan, "kind")).isEqualTo("country");

    assertThat(batch.rows().get(Schema.QUOTES)).isEmpty();
    assertThat(batch.rows().get(Schema.ERRORS)).hasSize(1);
  }

  @Test
  void every_row_fills_every_column() {
    Batch batch = Batch.of(List.of(Fixtures.phoneCall(), Fixtures.protest()), json, NOW);

    batch
        .rows()
        .forEach(
            (table, rows) ->
                assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(table.width())));
  }

  @Test
  void writes_actor_mentions_as_json_pairs() {
    assertThat(ArticleRows.spans(List.of(new Span(23, 34), new Span(163, 169))))
        .isEqualTo("[[23,34],[163,169]]");
    assertThat(ArticleRows.spans(List.of())).isEqualTo("[]");
  }

  @Test
  void stores_first_participant_and_its_country_and_quote_speaker() {
    Batch batch = Batch.of(List.of(Fixtures.phoneCall()), json, NOW);

    Object[] call = batch.rows().get(Schema.EVENTS).get(0);
    assertThat(value(Schema.EVENTS, call, "source_country")).isEqualTo("JPN");
    assertThat(value(Schema.EVENTS, call, "target_country")).isEqualTo("USA");
    assertThat(value(Schema.EVENTS, call, "event_date")).isEqualTo(LocalDate.of(2024, 10, 7));
    assertThat(value(Schema.EVENTS, call, "plover_mode")).isEqualTo("phone");
    assertThat(value(Schema.EVENTS, call, "sentence_text"))
        .isEqualTo(Fixtures.CALL_TEXT.substring(0, Fixtures.CALL_TEXT.indexOf('"')));
    Object[] quote = batch.rows().get(Schema.QUOTES).get(0);
    assertThat(value(Schema.QUOTES, quote, "speaker_actor")).isEqualTo("a1");
    assertThat(value(Schema.QUOTES, quote, "speaker_start"))
        .isEqualTo(Fixtures.CALL_TEXT.lastIndexOf("Yamada"));
  }

  @Test
  void later_article_with_same_id_supersedes_earlier_one_in_batch() {
    AnalyzedArticle first = Fixtures.phoneCall();
    AnalyzedArticle edited = Fixtures.phoneCall("Leaders agree to meet", Fixtures.CALL_TEXT);
    Batch batch = Batch.of(List.of(first, Fixtures.protest(), edited), json, NOW);

    assertThat(batch.size()).isEqualTo(3);
    assertThat(batch.replacedInBatch(0)).isFalse();
    assertThat(batch.replacedInBatch(1)).isFalse();
    assertThat(batch.replacedInBatch(2)).isTrue();
    assertThat(batch.allHashes()).hasSize(3);
    assertThat(batch.rows().get(Schema.ARTICLES))
        .extracting(r -> value(Schema.ARTICLES, r, "content_hash"))
        .containsExactly(batch.hash(1), batch.hash(2));
  }

  @Test
  void rejects_sentence_outside_text() {
    AnalyzedArticle good = Fixtures.protest();
    AnalyzedArticle bad =
        new AnalyzedArticle(
            good.article(),
            List.of(new Span(0, Fixtures.PROTEST_TEXT.length() + 5)),
            good.entities(),
            good.actors(),
            good.events(),
            good.quotes(),
            good.places(),
            good.times(),
            good.problems());

    assertThatThrownBy(() -> Batch.of(List.of(bad), json, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside text");
  }

  static Object value(Table table, Object[] row, String column) {
    for (int i = 0; i < table.width(); i++) {
      if (table.columns().get(i).name().equals(column)) {
        return row[i];
      }
    }
    throw new IllegalArgumentException(table.name() + " has no column " + column);
  }
}
