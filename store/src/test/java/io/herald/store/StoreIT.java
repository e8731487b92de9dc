package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.AnalyzedArticle;
import io.herald.model.ContentHash;
import io.herald.model.IngestError;
import io.herald.model.Span;
import io.herald.store.Summary.CodeCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-10-09T12:00:00Z"), ZoneOffset.UTC);
  private static final List<String> TABLES =
      List.of("articles", "sentences", "actors", "events", "quotes", "places", "times", "errors");

  @TempDir Path dir;
  private Path file;
  private Store store;

  @BeforeEach
  void open() {
    file = dir.resolve("db").resolve("herald.duckdb");
    store = Store.open(file, CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void open_creates_parent_directories_and_records_schema_version() throws SQLException {
    assertThat(file).exists();
    assertThat(query("SELECT version FROM schema_version")).containsExactly(List.of(1));
  }

  @Test
  void stores_every_record_of_an_article() throws SQLException {
    AnalyzedArticle call = Fixtures.phoneCall();

    SaveResult result = store.save(call);

    String hash = ContentHash.of(call.article());
    assertThat(result).isEqualTo(new SaveResult(hash, "news-1", false));
    assertThat(store.containsHash(hash)).isTrue();
    assertThat(store.containsHash("0".repeat(64))).isFalse();
    assertThat(
            query("SELECT id, title, date, source, url, text, analyzed_at, doc_json FROM articles"))
        .containsExactly(
            List.of(
                "news-1",
                "Yamada and Smith hold phone talks",
                LocalDate.of(2024, 10, 8),
                "Example News",
                "https://example.com/news/1",
                Fixtures.CALL_TEXT,
                LocalDateTime.of(2024, 10, 9, 12, 0),
                new io.herald.json.AnalyzedArticleJson().write(call)));
    assertThat(query("SELECT idx, start_offset, end_offset, text FROM sentences ORDER BY idx"))
        .extracting(r -> r.get(3))
        .containsExactly(
            call.sentenceText(0),
            "\"" + call.quotes().get(0).text() + ",\" Yamada told reporters in Tokyo.");
    int yamada = Fixtures.CALL_TEXT.indexOf("Taro Yamada");
    int yamada2 = Fixtures.CALL_TEXT.lastIndexOf("Yamada");
    assertThat(query("SELECT * FROM actors WHERE actor_id = 'a1'"))
        .containsExactly(
            List.of(
                hash,
                "news-1",
                "a1",
                "Taro Yamada",
                "person",
                "JPNGOV",
                "JPN",
                "GOV",
                "Prime Minister",
                2,
                "[[" + yamada + "," + (yamada + 11) + "],[" + yamada2 + "," + (yamada2 + 6) + "]]",
                "actor.person.office"));
    Span trigger = Fixtures.at(Fixtures.CALL_TEXT, "phone talks", 0);
    assertThat(query("SELECT * FROM events WHERE event_id = 'e1'"))
        .containsExactly(
            Arrays.asList(
                hash,
                "news-1",
                "e1",
                "041",
                "Discuss by telephone",
                "04",
                1,
                1.0,
                "CONSULT",
                "phone",
                "a1",
                "JPNGOV",
                "JPN",
                "a2",
                "USAGOV",
                "USA",
                LocalDate.of(2024, 10, 7),
                "clause",
                null,
                false,
                "asserted",
                0,
                call.sentenceText(0),
                trigger.start(),
                trigger.end(),
                "event.noun.phone_talks"));
    assertThat(query("SELECT event_id, modality, place_id, event_date FROM events ORDER BY 1"))
        .containsExactly(
            Arrays.asList("e1", "asserted", null, LocalDate.of(2024, 10, 7)),
            Arrays.asList("e2", "asserted", null, LocalDate.of(2024, 10, 8)),
            Arrays.asList("e3", "intended", "p2", null));
    Span quote = call.quotes().get(0).span();
    assertThat(query("SELECT * FROM quotes"))
        .containsExactly(
            List.of(
                hash,
                "news-1",
                "q1",
                call.quotes().get(0).text(),
                quote.start(),
                quote.end(),
                true,
                "told",
                "a1",
                "Yamada",
                yamada2,
                yamada2 + 6,
                "quote.direct.cue",
                false));
    assertThat(
            query(
                "SELECT place_id, name, lat, lon, country, kind, geoname_id, adjectival"
                    + " FROM places ORDER BY place_id"))
        .containsExactly(
            List.of("p1", "Japan", 36.0, 138.0, "JPN", "country", 1861060L, false),
            List.of("p2", "Washington", 38.89511, -77.03637, "USA", "city", 4140963L, false),
            List.of("p3", "Tokyo", 35.6895, 139.69171, "JPN", "city", 1850147L, false));
    assertThat(query("SELECT time_id, text, type, value, rule FROM times ORDER BY time_id"))
        .containsExactly(
            List.of("t1", "Monday", "DATE", "2024-10-07", "corenlp.sutime"),
            List.of("t2", "next month", "DATE", "2024-11", "corenlp.sutime"));
  }

  @Test
  void stores_null_not_empty_string_for_absent_values() throws SQLException {
    store.save(Fixtures.protest());

    assertThat(query("SELECT title, date, source, url FROM articles"))
        .containsExactly(Arrays.asList(null, null, null, null));
    assertThat(query("SELECT sector, role FROM actors WHERE actor_id = 'b1'"))
        .containsExactly(Arrays.asList(null, null));
    assertThat(
            query(
                "SELECT target_actor, target_code, target_country, event_date, date_source,"
                    + " plover_mode FROM events WHERE event_id = 'f2'"))
        .containsExactly(Arrays.asList(null, null, null, null, "unknown", null));
    assertThat(query("SELECT country, geoname_id FROM places WHERE place_id = 'q1'"))
        .containsExactly(Arrays.asList(null, null));
    assertThat(query("SELECT adjectival FROM places WHERE place_id = 'q2'"))
        .containsExactly(List.of(true));
    assertThat(query("SELECT negated FROM events WHERE event_id = 'f3'"))
        .containsExactly(List.of(true));
    for (String table : TABLES) {
      assertThat(emptyStrings(table)).as(table).isZero();
    }
  }

  @Test
  void saving_the_same_article_twice_replaces_it() throws SQLException {
    store.save(Fixtures.phoneCall());
    store.save(Fixtures.protest());
    List<Long> before = counts();

    SaveResult again = store.save(Fixtures.phoneCall());

    assertThat(again.replaced()).isTrue();
    assertThat(counts()).isEqualTo(before);
    assertThat(query("SELECT count(*) FROM articles WHERE id = 'news-1'"))
        .containsExactly(List.of(1L));
  }

  @Test
  void saving_an_edited_version_with_the_same_id_replaces_it() throws SQLException {
    AnalyzedArticle first = Fixtures.phoneCall();
    AnalyzedArticle edited =
        Fixtures.phoneCall(
            "Yamada and Smith agree to strengthen alliance",
            Fixtures.CALL_TEXT.replace("Monday", "Sunday"));
    store.save(first);
    store.save(Fixtures.protest());
    List<Long> before = counts();

    SaveResult result = store.save(edited);

    String oldHash = ContentHash.of(first.article());
    assertThat(result.replaced()).isTrue();
    assertThat(result.contentHash()).isNotEqualTo(oldHash);
    assertThat(store.containsHash(oldHash)).isFalse();
    assertThat(counts()).isEqualTo(before);
    for (String table : TABLES.subList(0, TABLES.size() - 1)) {
      assertThat(query("SELECT count(*) FROM " + table + " WHERE content_hash = '" + oldHash + "'"))
          .as(table)
          .containsExactly(List.of(0L));
    }
    assertThat(query("SELECT title FROM articles WHERE id = 'news-1'"))
        .containsExactly(List.of("Yamada and Smith agree to strengthen alliance"));
  }

  @Test
  void save_all_has_the_effect_of_saving_one_by_one() throws SQLException {
    store.save(Fixtures.protest());
    AnalyzedArticle edited = Fixtures.phoneCall("Leaders agree to meet", Fixtures.CALL_TEXT);

    List<SaveResult> results =
        store.saveAll(List.of(Fixtures.phoneCall(), Fixtures.protest(), edited));

    assertThat(results).extracting(SaveResult::replaced).containsExactly(false, true, true);
    assertThat(query("SELECT id, title FROM articles ORDER BY id"))
        .containsExactly(
            Arrays.asList("news-1", "Leaders agree to meet"), Arrays.asList("news-2", null));
    assertThat(query("SELECT count(*) FROM events")).containsExactly(List.of(6L));
    assertThat(query("SELECT count(*) FROM errors")).containsExactly(List.of(1L));
    assertThat(store.saveAll(List.of())).isEmpty();
  }

  @Test
  void records_ingest_errors_and_analysis_problems() throws SQLException {
    store.recordError(new IngestError("feed.jsonl:17", "no text field"), "ingest");
    store.save(Fixtures.protest());
    store.save(Fixtures.protest());

    String hash = ContentHash.of(Fixtures.protest().article());
    assertThat(
            query(
                "SELECT source, problem, stage, recorded_at, content_hash FROM errors ORDER BY 1"))
        .containsExactly(
            Arrays.asList(
                "feed.jsonl:17",
                "no text field",
                "ingest",
                LocalDateTime.of(2024, 10, 9, 12, 0),
                null),
            List.of(
                "news-2",
                "no article date: weekday Tuesday left unresolved",
                "analyze",
                LocalDateTime.of(2024, 10, 9, 12, 0),
                hash));
    assertThatThrownBy(() -> store.recordError(new IngestError("x", "y"), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summary_counts_records_and_ranks_codes_of_asserted_events() {
    store.save(Fixtures.phoneCall());
    store.save(Fixtures.protest());
    store.recordError(new IngestError("feed.jsonl:17", "no text field"), "ingest");

    Summary summary = store.summary();

    assertThat(summary)
        .isEqualTo(
            new Summary(
                2,
                5,
                6,
                4,
                1,
                5,
                3,
                2,
                List.of(
                    new CodeCount("03", 1),
                    new CodeCount("04", 1),
                    new CodeCount("11", 1),
                    new CodeCount("15", 1)),
                List.of(
                    new CodeCount("JPNGOV", 2),
                    new CodeCount("USAGOV", 2),
                    new CodeCount("CHN", 1),
                    new CodeCount("CHNMIL", 1),
                    new CodeCount("JPN", 1))));
    assertThat(summary.format()).contains("events          6 (4 asserted)");
  }

  @Test
  void malformed_article_leaves_the_store_unchanged() throws SQLException {
    store.save(Fixtures.phoneCall());
    List<Long> before = counts();
    AnalyzedArticle good = Fixtures.protest();
    AnalyzedArticle bad =
        new AnalyzedArticle(
            good.article(),
            List.of(new Span(0, 10_000)),
            good.entities(),
            good.actors(),
            good.events(),
            good.quotes(),
            good.places(),
            good.times(),
            good.problems());

    assertThatThrownBy(() -> store.saveAll(List.of(good, bad)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void database_failure_rolls_back_the_whole_save() throws SQLException {
    store.save(Fixtures.phoneCall());
    List<Long> before = counts();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      // times is appended last: every other table has taken rows when this fails
      s.execute("ALTER TABLE times ADD COLUMN surprise INTEGER");
    }
    AnalyzedArticle edited = Fixtures.phoneCall("Leaders agree to meet", Fixtures.CALL_TEXT);

    assertThatThrownBy(() -> store.save(edited))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("save article news-1 failed in " + file)
        .hasCauseInstanceOf(SQLException.class);
    assertThat(counts()).isEqualTo(before);
    assertThat(store.containsHash(ContentHash.of(Fixtures.phoneCall().article()))).isTrue();
    assertThat(store.containsHash(ContentHash.of(edited.article()))).isFalse();
  }

  @Test
  void reopening_the_file_keeps_the_data() {
    store.save(Fixtures.phoneCall());
    store.save(Fixtures.protest());
    Summary before = store.summary();
    store.close();

    store = Store.open(file, CLOCK);

    assertThat(store.summary()).isEqualTo(before);
    assertThat(store.containsHash(ContentHash.of(Fixtures.phoneCall().article()))).isTrue();
  }

  @Test
  void closed_file_opens_read_only_from_a_second_connection() throws SQLException {
    store.save(Fixtures.phoneCall());
    store.close();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(3);
      }
      assertThatThrownBy(() -> s.execute("DELETE FROM events")).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void closed_store_rejects_calls_and_closes_twice_quietly() {
    store.close();
    store.close();

    assertThatThrownBy(() -> store.save(Fixtures.phoneCall()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> store.summary()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void failure_names_the_file_and_the_operation() throws Exception {
    Path notADatabase = dir.resolve("notes.duckdb");
    Files.writeString(
        notADatabase, "plain text, not DuckDB", java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Store.open(notADatabase))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(notADatabase.toString())
        .hasCauseInstanceOf(SQLException.class);
  }

  @Test
  void a_schema_1_file_without_the_negated_quote_column_gains_it_on_open() throws SQLException {
    store.save(Fixtures.phoneCall());
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      // A file from before the column: DuckDB alters no table an index depends on.
      s.execute("DROP INDEX quotes_content_hash");
      s.execute("ALTER TABLE quotes DROP COLUMN negated");
      s.execute("CREATE INDEX quotes_content_hash ON quotes(content_hash)");
    }

    store = Store.open(file, CLOCK);
    assertThat(query("SELECT quote_id, negated FROM quotes"))
        .containsExactly(Arrays.asList("q1", false));
    assertThat(
            query("SELECT count(*) FROM duckdb_indexes() WHERE index_name = 'quotes_content_hash'"))
        .containsExactly(List.of(1L));
    // Rows are inserted by position: the added column must come where the schema puts it.
    store.save(Fixtures.phoneCall("Leaders agree to meet", Fixtures.CALL_TEXT));
    assertThat(query("SELECT quote_id, cue, rule, negated FROM quotes"))
        .containsExactly(Arrays.asList("q1", "told", "quote.direct.cue", false));
  }

  @Test
  void rejects_a_database_with_another_schema_version() throws SQLException {
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = 2");
    }

    assertThatThrownBy(() -> Store.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("open failed in " + file)
        .hasMessageContaining("schema version 2");
  }

  @Test
  void in_memory_store_saves_and_summarises() {
    try (Store memory = Store.inMemory()) {
      assertThat(memory.save(Fixtures.protest()).replaced()).isFalse();
      assertThat(memory.save(Fixtures.protest()).replaced()).isTrue();
      assertThat(memory.summary().events()).isEqualTo(3);
      assertThat(memory.toString()).isEqualTo("Store[:memory:]");
    }
  }

  private List<Long> counts() throws SQLException {
    List<Long> counts = new ArrayList<>();
    for (String table : TABLES) {
      counts.add((Long) query("SELECT count(*) FROM " + table).get(0).get(0));
    }
    return counts;
  }

  private long emptyStrings(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    for (List<Object> row :
        query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = '"
                + table
                + "' AND data_type = 'VARCHAR'")) {
      columns.add(row.get(0) + " = ''");
    }
    return (Long)
        query("SELECT count(*) FROM " + table + " WHERE " + String.join(" OR ", columns))
            .get(0)
            .get(0);
  }

  /** Rows of a query from a second connection to the same file, as the server would read it. */
  private List<List<Object>> query(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object v = rs.getObject(i);
          if (v instanceof java.sql.Date d) {
            v = d.toLocalDate();
          } else if (v instanceof java.sql.Timestamp t) {
            v = rs.getObject(i, LocalDateTime.class);
          }
          row.add(v);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
