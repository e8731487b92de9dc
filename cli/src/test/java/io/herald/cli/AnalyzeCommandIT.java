package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The acceptance check of the foundation issue, run as a user would: {@code herald analyze --date
 * 2024-10-02 --format json} on the reference story (read from {@code ../shared}; skipped when it is
 * absent), in one batch with broken files that must be reported and skipped.
 */
class AnalyzeCommandIT {
  private static final Path SEED =
      Path.of(
          System.getProperty("herald.shared", "../../shared"),
          "data",
          "seed",
          "kyodo-2024-10-02-ishiba-biden.txt");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static JsonNode doc;
  private static String stderr;
  private static int exit;
  private static Path db;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new Main()).execute(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @BeforeAll
  static void analyzeSeedWithBrokenNeighbours() throws IOException {
    Assumptions.assumeTrue(Files.exists(SEED), "reference story not found under ../shared");
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = dir.resolve("image.txt");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0x1a});
    Path jsonl = dir.resolve("batch.jsonl");
    Files.writeString(jsonl, "{\"text\": \"broken\n", StandardCharsets.UTF_8);
    db = dir.resolve("herald.duckdb");
    Run r =
        run(
            "analyze",
            "--date",
            "2024-10-02",
            "--format",
            "json",
            "--db",
            db.toString(),
            empty.toString(),
            binary.toString(),
            jsonl.toString(),
            SEED.toString());
    exit = r.exit();
    stderr = r.err();
    List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(1);
    doc = JSON.readTree(lines.get(0));
  }

  private static List<JsonNode> events(Predicate<JsonNode> p) {
    List<JsonNode> out = new ArrayList<>();
    doc.get("events")
        .forEach(
            e -> {
              if (p.test(e)) {
                out.add(e);
              }
            });
    return out;
  }

  private static String actorCountry(JsonNode participant) {
    for (JsonNode a : doc.get("actors")) {
      if (a.get("id").asText().equals(participant.get("actor").asText())) {
        return a.get("country").asText();
      }
    }
    return "";
  }

  private static boolean dyad(JsonNode e, String source, String target) {
    return e.get("source").size() > 0
        && e.get("target").size() > 0
        && actorCountry(e.get("source").get(0)).equals(source)
        && actorCountry(e.get("target").get(0)).equals(target);
  }

  private static JsonNode actor(String name) {
    for (JsonNode a : doc.get("actors")) {
      if (a.get("name").asText().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("no actor " + name);
  }

  @Test
  void bad_inputs_are_reported_by_name_and_the_rest_is_analysed() {
    assertThat(stderr).contains("empty.txt").contains("image.txt").contains("batch.jsonl:1");
    assertThat(exit).isEqualTo(1);
    assertThat(doc.get("article").get("date").asText()).isEqualTo("2024-10-02");
  }

  @Test
  void codes_the_phone_talks_as_consultation_from_japan_to_the_united_states() {
    List<JsonNode> consult =
        events(
            e ->
                e.get("cameo").asText().startsWith("04")
                    && !e.get("negated").asBoolean()
                    && dyad(e, "JPN", "USA"));
    assertThat(consult).isNotEmpty();
    assertThat(consult)
        .anySatisfy(
            e -> {
              assertThat(e.get("cameo").asText()).isEqualTo("041");
              assertThat(e.get("date").asText()).isEqualTo("2024-10-02");
            });
  }

  @Test
  void codes_the_missile_strikes_and_the_invasion_as_military_force() {
    assertThat(events(e -> e.get("rootCode").asText().equals("19") && dyad(e, "IRN", "ISR")))
        .isNotEmpty();
    assertThat(events(e -> e.get("rootCode").asText().equals("19") && dyad(e, "RUS", "UKR")))
        .isNotEmpty();
  }

  @Test
  void codes_the_condemnation_and_asserts_nothing_for_what_they_did_not_discuss() {
    List<JsonNode> condemn = events(e -> e.get("rootCode").asText().equals("11"));
    assertThat(condemn)
        .extracting(e -> actorCountry(e.get("source").get(0)))
        .contains("JPN", "USA");
    String text = doc.get("article").get("text").asText();
    int clause = text.indexOf("did not discuss");
    assertThat(
            events(
                e -> {
                  JsonNode t = e.get("trigger");
                  return t.get(0).asInt() >= clause && t.get(0).asInt() < clause + 20;
                }))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("negated").asBoolean()).isTrue());
  }

  @Test
  void keeps_the_matter_they_did_not_discuss_as_a_negated_attribution() {
    String text = doc.get("article").get("text").asText();
    int cue = text.indexOf("discuss his wish");
    List<JsonNode> undiscussed = new ArrayList<>();
    for (JsonNode q : doc.get("quotes")) {
      if (q.get("span").get(0).asInt() == cue + "discuss ".length()) {
        undiscussed.add(q);
      }
    }
    assertThat(undiscussed).hasSize(1);
    assertThat(undiscussed.get(0).get("negated").asBoolean()).isTrue();
    // Everything Ishiba is quoted as saying in quotation marks stays asserted.
    assertThat(doc.get("quotes"))
        .filteredOn(q -> q.get("direct").asBoolean())
        .allSatisfy(q -> assertThat(q.get("negated").asBoolean()).isFalse());
  }

  @Test
  void codes_the_people_with_their_offices_on_the_article_date() {
    assertThat(actor("Shigeru Ishiba").get("code").asText()).isEqualTo("JPNGOV");
    assertThat(actor("Joe Biden").get("code").asText()).isEqualTo("USAGOV");
    JsonNode kishida = actor("Fumio Kishida");
    assertThat(kishida.get("code").asText()).isNotEqualTo("JPNGOV");
    assertThat(kishida.get("role").asText()).startsWith("former");
  }

  @Test
  void attributes_ishibas_four_direct_quotations_to_ishiba() {
    String ishiba = actor("Shigeru Ishiba").get("id").asText();
    List<String> his = new ArrayList<>();
    for (JsonNode q : doc.get("quotes")) {
      JsonNode sp = q.get("speaker");
      if (q.get("direct").asBoolean() && !sp.isNull() && ishiba.equals(sp.get("actor").asText())) {
        his.add(q.get("text").asText());
      }
    }
    assertThat(his).hasSize(4);
    assertThat(String.join(" ", his))
        .contains(
            "I told President Biden",
            "most severe since World War II",
            "both in the size",
            "We want to strengthen");
  }

  @Test
  void places_the_toponyms_on_the_map() {
    List<String> names = new ArrayList<>();
    for (JsonNode p : doc.get("places")) {
      names.add(p.get("name").asText());
      assertThat(p.get("lat").isNumber()).isTrue();
    }
    assertThat(names)
        .contains(
            "Tokyo", "Okinawa", "Taiwan", "Senkaku Islands", "East China Sea", "South China Sea");
  }

  @Test
  void stores_the_article_once_even_when_analysed_twice() throws SQLException {
    Run again = run("analyze", "--date", "2024-10-02", "--db", db.toString(), SEED.toString());
    assertThat(again.exit()).isZero();
    Properties ro = new Properties();
    ro.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, ro);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from articles")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }
}
