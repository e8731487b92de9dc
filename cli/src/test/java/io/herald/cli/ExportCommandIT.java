package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.coding.ArticleCoder;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import io.herald.pipeline.Pipeline;
import io.herald.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herald export} run as a user would, on a database of the test stories coded by the real
 * pipeline from their parsed fixtures (no CoreNLP load).
 */
class ExportCommandIT {
  private static final Path TESTDATA = Path.of("..", "testdata");
  private static final String URL = "https://news.example.org/korea-japan?id=1";
  @TempDir static Path dir;
  private static Path db;
  private static final Map<String, String> TEXTS = new java.util.HashMap<>();

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.commandLine().execute(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @BeforeAll
  static void codeAndStoreTheTestStories() throws IOException {
    Countries countries = Countries.load();
    LanguageAnalyzer none =
        new LanguageAnalyzer() {
          @Override
          public ParsedArticle analyze(Article article) {
            throw new UnsupportedOperationException("this test starts from parsed fixtures");
          }

          @Override
          public Map<String, Long> annotatorMillis() {
            return Map.of();
          }
        };
    Pipeline pipeline =
        new Pipeline(
            none,
            ArticleCoder.withBundledDictionaries(countries, CameoCodebook.load()),
            new Geoparser(Gazetteer.load(countries), countries));
    db = dir.resolve("herald.duckdb");
    try (Store store = Store.open(db);
        var files = Files.list(TESTDATA.resolve("parsed"))) {
      for (Path f : files.sorted().toList()) {
        ParsedArticle p =
            new ParsedArticleCodec().read(Files.readString(f, StandardCharsets.UTF_8));
        if (p.article().id().equals("korea-japan-call")) {
          Article a = p.article();
          p =
              new ParsedArticle(
                  new Article(a.id(), a.title(), a.text(), a.date(), "Example Wire", URL),
                  p.sentences(),
                  p.entities(),
                  p.corefChains(),
                  p.times(),
                  p.quotes());
        }
        AnalyzedArticle analysed = pipeline.code(p);
        TEXTS.put(p.article().id(), p.article().text());
        store.save(analysed);
      }
    }
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
          row.add(rs.getObject(i) == null ? "" : rs.getObject(i).toString());
        }
        out.add(row);
      }
      return out;
    }
  }

  private static List<String[]> tsv(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(l -> l.split("\t", -1))
        .toList();
  }

  @Test
  void gdelt_export_writes_one_row_per_dated_event_cluster_and_one_per_mention() throws Exception {
    Run r =
        run("export", "--format", "gdelt", "--db", db.toString(), dir.resolve("g/h").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("h.export.CSV").contains("h.mentions.CSV");
    List<String[]> events = tsv(dir.resolve("g/h.export.CSV"));
    List<String[]> mentions = tsv(dir.resolve("g/h.mentions.CSV"));
    assertThat(events).allSatisfy(e -> assertThat(e).hasSize(61));
    assertThat(mentions).allSatisfy(m -> assertThat(m).hasSize(16));
    // Every exported event is a stored asserted event: day, source, target, code.
    Set<List<Object>> clusters =
        new HashSet<>(
            query(
                "SELECT strftime(event_date, '%Y%m%d'), source_code, coalesce(target_code, ''),"
                    + " cameo, num_mentions FROM event_clusters WHERE event_date IS NOT NULL"));
    Set<List<Object>> exported = new HashSet<>();
    for (String[] e : events) {
      exported.add(List.of(e[1], e[5], e[15], e[26], e[31]));
    }
    assertThat(exported).isEqualTo(clusters).hasSize(events.size()).isNotEmpty();
    long asserted =
        Long.parseLong(
            query(
                    "SELECT count(*) FROM events WHERE NOT negated AND modality = 'asserted'"
                        + " AND event_date IS NOT NULL")
                .get(0)
                .get(0)
                .toString());
    assertThat(mentions).hasSize((int) asserted);
    // The Korea-Japan phone call: Seoul's government to Tokyo's, on the Monday before.
    String[] call =
        events.stream()
            .filter(e -> e[26].equals("041"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no 041 event"));
    assertThat(call[1]).isEqualTo("20250303");
    assertThat(call[5]).isEqualTo("KORGOV");
    assertThat(call[7]).isEqualTo("KOR");
    assertThat(call[12]).isEqualTo("GOV");
    assertThat(call[15]).isEqualTo("JPNGOV");
    assertThat(call[60]).isEqualTo(URL);
    // Each mention's action offset is the trigger of a stored event of its article.
    for (String[] m : mentions) {
      assertThat(m[9]).isNotEmpty();
      if (m[3].equals("1")) {
        assertThat(m[4]).isEqualTo("news.example.org");
        String text = TEXTS.get("korea-japan-call");
        assertThat(Integer.parseInt(m[9])).isBetween(0, text.length() - 1);
        assertThat(m[12]).isEqualTo(Integer.toString(text.length()));
      } else {
        assertThat(m[3]).isEqualTo("2");
        assertThat(m[5]).matches(".*\\[[a-z0-9-]+\\]$");
      }
    }
    // The Seoul visit happened at a place: its coordinates go to ActionGeo.
    assertThat(events).anySatisfy(e -> assertThat(e[56]).isNotEmpty());
  }

  @Test
  void csv_export_has_one_row_per_stored_event_in_the_range() throws Exception {
    Path out = dir.resolve("march.csv");
    Run r =
        run(
            "export",
            "--format",
            "csv",
            "--db",
            db.toString(),
            "--from",
            "2025-03-01",
            "--to",
            "2025-03-31",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("article_id,event_id,event_date,");
    List<List<Object>> stored =
        query(
            "SELECT article_id, event_id, event_date, cameo, source_code, rule FROM events"
                + " WHERE event_date BETWEEN DATE '2025-03-01' AND DATE '2025-03-31'"
                + " ORDER BY ALL");
    // DuckDB's own CSV reader parses the file back (quoted commas, quotes, line breaks).
    List<List<Object>> exported =
        query(
            "SELECT article_id, event_id, event_date, cameo, source_code, rule FROM read_csv('"
                + out
                + "', header = true, all_varchar = true) ORDER BY ALL");
    assertThat(exported).isEqualTo(stored).isNotEmpty();
    assertThat(query("SELECT count(*) FROM events"))
        .isNotEqualTo(List.of(List.of("" + stored.size())));
  }

  @Test
  void jsonl_export_filters_articles_by_their_date() throws Exception {
    Path out = dir.resolve("march.jsonl");
    Run r =
        run(
            "export",
            "--format",
            "jsonl",
            "--db",
            db.toString(),
            "--to",
            "2025-03-31",
            "--from",
            "2025-03-01",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      ids.add(new ObjectMapper().readTree(line).get("article").get("id").asText());
    }
    assertThat(ids).containsExactly("korea-japan-call", "yamada-seoul-visit");
  }

  @Test
  void parquet_export_reads_back_in_duckdb() throws Exception {
    Path out = dir.resolve("parquet");
    Run r = run("export", "--format", "parquet", "--db", db.toString(), out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    for (String table : List.of("events", "actors", "quotes", "places", "articles")) {
      Path file = out.resolve(table + ".parquet");
      assertThat(query("SELECT count(*) FROM read_parquet('" + file + "')"))
          .as(table)
          .isEqualTo(query("SELECT count(*) FROM " + table));
    }
    assertThat(
            query(
                "SELECT count(*) FROM read_parquet('"
                    + out.resolve("actors.parquet")
                    + "') WHERE code = 'IGOEUREEC'"))
        .isNotEqualTo(List.of(List.of("0")));
  }

  @Test
  void bad_dates_format_and_database_fail_with_a_message() {
    Path out = dir.resolve("bad.csv");
    Run date =
        run(
            "export",
            "--format",
            "csv",
            "--db",
            db.toString(),
            "--from",
            "2025-02-30",
            out.toString());
    assertThat(date.exit()).isEqualTo(1);
    assertThat(date.err())
        .contains("herald: --from: expected a date YYYY-MM-DD, got \"2025-02-30\"");
    Run order =
        run(
            "export",
            "--format",
            "csv",
            "--db",
            db.toString(),
            "--from",
            "2025-03-02",
            "--to",
            "2025-03-01",
            out.toString());
    assertThat(order.exit()).isEqualTo(1);
    assertThat(order.err()).contains("after --to");
    Run format = run("export", "--format", "xml", "--db", db.toString(), out.toString());
    assertThat(format.exit()).isEqualTo(1);
    assertThat(format.err()).contains("gdelt|csv|jsonl|parquet");
    Run missing =
        run(
            "export",
            "--format",
            "csv",
            "--db",
            dir.resolve("none.duckdb").toString(),
            out.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no database file at").contains("none.duckdb");
    assertThat(out).doesNotExist();
    Run usage = run("export", "--format", "csv");
    assertThat(usage.exit()).isEqualTo(2);
  }
}
