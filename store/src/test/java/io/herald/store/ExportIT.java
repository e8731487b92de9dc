package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.model.codes.Countries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format over a database of hand-built analysed articles. */
class ExportIT {
  private static final Countries COUNTRIES = Countries.load();
  @TempDir static Path dir;
  private static Path db;

  @BeforeAll
  static void build() {
    db = dir.resolve("h.duckdb");
    ExportFixtures.build(db);
  }

  private static List<ExportedFile> export(ExportFormat f, DateRange r, Path out) {
    try (Exporter e = Exporter.open(db, COUNTRIES)) {
      return e.export(f, r, out);
    }
  }

  private static List<String[]> tsv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }

  private static Map<String, String> byName(List<String> columns, String[] row) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      m.put(columns.get(i), row[i]);
    }
    return m;
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, p);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    }
  }

  @Test
  void gdelt_events_have_61_columns_and_match_the_event_clusters_view() throws Exception {
    List<ExportedFile> files = export(ExportFormat.GDELT, DateRange.ALL, dir.resolve("g/all"));
    assertThat(files.get(0).path()).hasFileName("all.export.CSV");
    assertThat(files.get(1).path()).hasFileName("all.mentions.CSV");
    List<String[]> events = tsv(files.get(0).path());
    assertThat(events).hasSize((int) files.get(0).rows());
    assertThat(events).allSatisfy(r -> assertThat(r).hasSize(61));
    List<List<Object>> clusters =
        query(
            "SELECT event_date, source_code, coalesce(target_code, ''), cameo, num_mentions,"
                + " num_articles, num_sources, goldstein FROM event_clusters"
                + " WHERE event_date IS NOT NULL");
    assertThat(events).hasSameSizeAs(clusters).isNotEmpty();
    for (List<Object> c : clusters) {
      String key = c.get(0) + "|" + c.get(1) + "|" + c.get(2) + "|" + c.get(3);
      long id = GdeltExport.globalEventId(key);
      Map<String, String> row =
          events.stream()
              .map(r -> byName(GdeltLayout.EVENTS, r))
              .filter(r -> r.get("GLOBALEVENTID").equals(Long.toString(id)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no GDELT event for " + key));
      assertThat(row.get("SQLDATE")).isEqualTo(c.get(0).toString().replace("-", ""));
      assertThat(row.get("Actor1Code")).isEqualTo(c.get(1));
      assertThat(row.get("EventCode")).isEqualTo(c.get(3));
      assertThat(row.get("NumMentions")).isEqualTo(c.get(4).toString());
      assertThat(row.get("NumArticles")).isEqualTo(c.get(5).toString());
      assertThat(row.get("NumSources")).isEqualTo(c.get(6).toString());
      assertThat(Double.parseDouble(row.get("GoldsteinScale"))).isEqualTo((Double) c.get(7));
    }
  }

  @Test
  void gdelt_fills_dates_actors_codes_place_and_first_report() throws IOException {
    List<ExportedFile> files = export(ExportFormat.GDELT, DateRange.ALL, dir.resolve("g/fill"));
    Map<String, Map<String, String>> byCode = new HashMap<>();
    for (String[] r : tsv(files.get(0).path())) {
      Map<String, String> m = byName(GdeltLayout.EVENTS, r);
      byCode.put(m.get("EventCode"), m);
    }
    Map<String, String> call = byCode.get("041");
    assertThat(call.get("SQLDATE")).isEqualTo("20241007");
    assertThat(call.get("MonthYear")).isEqualTo("202410");
    assertThat(call.get("Year")).isEqualTo("2024");
    // (10 * 30 + 7) / 365 = 0.84110
    assertThat(call.get("FractionDate")).isEqualTo("2024.8411");
    // The wire copy was seen first: its actor name (tab and newline made spaces) and its URL.
    assertThat(call.get("Actor1Name")).isEqualTo("TARO \"T.\" YAMADA, PM");
    assertThat(call.get("Actor1CountryCode")).isEqualTo("JPN");
    assertThat(call.get("Actor1Type1Code")).isEqualTo("GOV");
    assertThat(call.get("Actor2Code")).isEqualTo("USAGOV");
    assertThat(call.get("Actor2Name")).isEqualTo("JOHN SMITH");
    assertThat(call.get("Actor2CountryCode")).isEqualTo("USA");
    assertThat(call.get("IsRootEvent")).isEqualTo("1");
    assertThat(call.get("EventBaseCode")).isEqualTo("041");
    assertThat(call.get("EventRootCode")).isEqualTo("04");
    assertThat(call.get("QuadClass")).isEqualTo("1");
    assertThat(call.get("NumMentions")).isEqualTo("2");
    assertThat(call.get("NumSources")).isEqualTo("2");
    assertThat(call.get("NumArticles")).isEqualTo("2");
    assertThat(call.get("AvgTone")).isEmpty();
    assertThat(call.get("ActionGeo_Type")).isEmpty();
    assertThat(call.get("DATEADDED")).isEqualTo("20241009120000");
    assertThat(call.get("SOURCEURL")).isEqualTo("https://www.wire.example/a?b=1 c,\"d\" x");

    Map<String, String> agree = byCode.get("030");
    assertThat(agree.get("IsRootEvent")).isEqualTo("0");
    assertThat(agree.get("ActionGeo_Type")).isEqualTo("4");
    assertThat(agree.get("ActionGeo_FullName")).isEqualTo("Tokyo, Japan");
    assertThat(agree.get("ActionGeo_Lat")).isEqualTo("35.6895");
    assertThat(agree.get("ActionGeo_Long")).isEqualTo("139.69171");
    assertThat(agree.get("ActionGeo_FeatureID")).isEqualTo("1850147");
    // Intended, negated and undated events are not GDELT events.
    assertThat(byCode).doesNotContainKeys("042", "055", "114", "150");
  }

  @Test
  void gdelt_mentions_point_into_the_article_text() throws IOException {
    List<ExportedFile> files = export(ExportFormat.GDELT, DateRange.ALL, dir.resolve("g/men"));
    List<String[]> mentions = tsv(files.get(1).path());
    assertThat(mentions).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(16));
    String t = Fixtures.CALL_TEXT;
    long callId = GdeltExport.globalEventId("2024-10-07|JPNGOV|USAGOV|041");
    List<Map<String, String>> call =
        mentions.stream()
            .map(r -> byName(GdeltLayout.MENTIONS, r))
            .filter(m -> m.get("GLOBALEVENTID").equals(Long.toString(callId)))
            .toList();
    assertThat(call).hasSize(2);
    Map<String, String> wire = call.get(0);
    Map<String, String> original = call.get(1);
    assertThat(wire.get("MentionType")).isEqualTo("1");
    assertThat(wire.get("MentionSourceName")).isEqualTo("wire.example");
    assertThat(wire.get("MentionTimeDate")).isEqualTo("20241009120000");
    assertThat(original.get("MentionSourceName")).isEqualTo("example.com");
    assertThat(original.get("MentionIdentifier")).isEqualTo("https://example.com/news/1");
    assertThat(original.get("EventTimeDate")).isEqualTo("20241009120000");
    assertThat(original.get("MentionTimeDate")).isEqualTo("20241010083005");
    assertThat(original.get("SentenceID")).isEqualTo("1");
    assertThat(original.get("Actor1CharOffset")).isEqualTo(Integer.toString(t.indexOf("Taro")));
    assertThat(original.get("Actor2CharOffset")).isEqualTo(Integer.toString(t.indexOf("John")));
    assertThat(original.get("ActionCharOffset"))
        .isEqualTo(Integer.toString(t.indexOf("phone talks")));
    assertThat(original.get("InRawText")).isEqualTo("1");
    assertThat(original.get("Confidence")).isEmpty();
    assertThat(original.get("MentionDocLen")).isEqualTo(Integer.toString(t.length()));

    long agreeId = GdeltExport.globalEventId("2024-10-08|JPNGOV|USAGOV|030");
    Map<String, String> agree =
        mentions.stream()
            .map(r -> byName(GdeltLayout.MENTIONS, r))
            .filter(m -> m.get("GLOBALEVENTID").equals(Long.toString(agreeId)))
            .findFirst()
            .orElseThrow();
    // "Yamada told" is in the quote's sentence; John Smith only in the sentence before.
    assertThat(agree.get("SentenceID")).isEqualTo("2");
    assertThat(agree.get("Actor1CharOffset")).isEqualTo(Integer.toString(t.indexOf("Yamada told")));
    assertThat(agree.get("Actor2CharOffset")).isEqualTo(Integer.toString(t.indexOf("John")));
    assertThat(agree.get("InRawText")).isEqualTo("0");
  }

  @Test
  void gdelt_date_range_keeps_only_events_of_those_days() throws IOException {
    List<ExportedFile> files =
        export(
            ExportFormat.GDELT,
            DateRange.parse("2024-10-08", "2024-10-31"),
            dir.resolve("g/range"));
    List<String[]> events = tsv(files.get(0).path());
    assertThat(events).hasSize(1);
    assertThat(byName(GdeltLayout.EVENTS, events.get(0)).get("SQLDATE")).isEqualTo("20241008");
    assertThat(tsv(files.get(1).path())).hasSize(2);
  }

  @Test
  void csv_quotes_awkward_fields_and_reads_back_exactly() throws Exception {
    Path out = dir.resolve("events.csv");
    ExportedFile file = export(ExportFormat.CSV, DateRange.ALL, out).get(0);
    List<List<String>> records = Rfc4180.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(records.get(0)).isEqualTo(EventsCsvExport.header());
    List<List<String>> rows = records.subList(1, records.size());
    long stored = (Long) query("SELECT count(*) FROM events").get(0).get(0);
    assertThat(rows).hasSize((int) stored).hasSize((int) file.rows());
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(EventsCsvExport.header().size()));
    int name = EventsCsvExport.header().indexOf("source_name");
    int url = EventsCsvExport.header().indexOf("article_url");
    int title = EventsCsvExport.header().indexOf("article_title");
    int trigger = EventsCsvExport.header().indexOf("trigger_text");
    List<String> wireRow =
        rows.stream().filter(r -> r.get(0).equals("wire-7")).findFirst().orElseThrow();
    assertThat(wireRow.get(name)).isEqualTo(ExportFixtures.AWKWARD_NAME);
    assertThat(wireRow.get(url)).isEqualTo(ExportFixtures.AWKWARD_URL);
    assertThat(wireRow.get(title)).isEqualTo(ExportFixtures.WIRE_TITLE);
    assertThat(rows).extracting(r -> r.get(trigger)).contains("phone talks", "protested");
    // Undated events come last, with an empty date.
    assertThat(rows.get(rows.size() - 1).get(2)).isEmpty();
  }

  @Test
  void csv_date_range_leaves_out_undated_and_other_days() throws Exception {
    Path out = dir.resolve("range.csv");
    export(ExportFormat.CSV, DateRange.parse("2024-10-08", "2024-10-08"), out);
    List<List<String>> rows = Rfc4180.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(rows.subList(1, rows.size()))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.get(2)).isEqualTo("2024-10-08"));
  }

  @Test
  void jsonl_writes_schema_v1_documents_filtered_by_article_date() throws IOException {
    Path all = dir.resolve("all.jsonl");
    assertThat(export(ExportFormat.JSONL, DateRange.ALL, all).get(0).rows()).isEqualTo(3);
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(all, StandardCharsets.UTF_8)) {
      JsonNode doc = json.readTree(line);
      assertThat(doc.get("schema").asText()).isEqualTo("herald/v1");
      ids.add(doc.get("article").get("id").asText());
    }
    assertThat(ids).containsExactly("news-1", "wire-7", "news-2");
    Path one = dir.resolve("one.jsonl");
    export(ExportFormat.JSONL, DateRange.parse("2024-10-09", null), one);
    List<String> lines = Files.readAllLines(one, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    assertThat(json.readTree(lines.get(0)).get("article").get("url").asText())
        .isEqualTo(ExportFixtures.AWKWARD_URL);
  }

  @Test
  void parquet_files_read_back_in_duckdb() throws SQLException {
    Path out = dir.resolve("pq");
    List<ExportedFile> files = export(ExportFormat.PARQUET, DateRange.ALL, out);
    assertThat(files)
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly(
            "events.parquet",
            "actors.parquet",
            "quotes.parquet",
            "places.parquet",
            "articles.parquet");
    for (ExportedFile f : files) {
      String table = f.path().getFileName().toString().replace(".parquet", "");
      long stored = (Long) query("SELECT count(*) FROM " + table).get(0).get(0);
      assertThat(f.rows()).as(table).isEqualTo(stored).isPositive();
      assertThat(
              query(
                  "SELECT count(*) FROM (SELECT * FROM read_parquet('"
                      + f.path()
                      + "') EXCEPT ALL SELECT * FROM "
                      + table
                      + ")"))
          .as(table + " rows read back")
          .containsExactly(List.of(0L));
    }
    List<List<Object>> names =
        query(
            "SELECT name FROM read_parquet('"
                + out.resolve("actors.parquet")
                + "') WHERE actor_id = 'a1' ORDER BY name");
    assertThat(names).extracting(r -> r.get(0)).contains(ExportFixtures.AWKWARD_NAME);
  }

  @Test
  void parquet_date_range_keeps_the_articles_of_its_events() throws SQLException {
    Path out = dir.resolve("pq-range");
    List<ExportedFile> files =
        export(ExportFormat.PARQUET, DateRange.parse("2024-10-07", "2024-10-07"), out);
    assertThat(files.get(0).rows()).isEqualTo(2);
    assertThat(
            query(
                "SELECT DISTINCT id FROM read_parquet('"
                    + out.resolve("articles.parquet")
                    + "') ORDER BY id"))
        .extracting(r -> r.get(0))
        .containsExactly("news-1", "wire-7");
  }

  @Test
  void missing_database_and_bad_dates_give_clear_errors() {
    assertThatThrownBy(() -> Exporter.open(dir.resolve("nope.duckdb"), COUNTRIES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.duckdb");
    assertThatThrownBy(() -> DateRange.parse("2024-13-01", null))
        .hasMessageContaining("--from")
        .hasMessageContaining("2024-13-01");
    assertThatThrownBy(() -> DateRange.parse(null, "2024-02-30")).hasMessageContaining("--to");
    assertThatThrownBy(() -> DateRange.parse("2024-10-09", "2024-10-08"))
        .hasMessageContaining("after");
    assertThatThrownBy(() -> ExportFormat.parse("xml"))
        .hasMessageContaining("gdelt|csv|jsonl|parquet");
  }

  @Test
  void a_file_that_is_not_a_herald_database_is_refused() throws SQLException {
    Path other = dir.resolve("other.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (x INTEGER)");
    }
    assertThatThrownBy(() -> Exporter.open(other, COUNTRIES))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Herald database");
  }
}
