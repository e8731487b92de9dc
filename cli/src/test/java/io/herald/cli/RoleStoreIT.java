package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role store across runs: an office learned from one article's text codes the same person in a
 * later article that names him without it.
 */
class RoleStoreIT {
  private static final Path TEXTS = Path.of("..", "testdata", "texts");
  @TempDir Path dir;

  private static JsonNode actor(JsonNode doc, String name) {
    for (JsonNode a : doc.get("actors")) {
      if (a.get("name").asText().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("no actor " + name + " in " + doc.get("actors"));
  }

  @Test
  void office_learned_from_an_earlier_article_codes_a_later_bare_name() throws IOException {
    String db = dir.resolve("roles.duckdb").toString();
    Path later = TEXTS.resolve("yamada-seoul-visit.txt");
    AnalyzeCommandIT.Run before =
        AnalyzeCommandIT.run("analyze", "--date", "2025-03-15", later.toString());
    assertThat(before.exit()).as(before.err()).isZero();
    assertThat(actor(new ObjectMapper().readTree(before.out()), "Yamada").get("code").asText())
        .isEqualTo("UNK");

    AnalyzeCommandIT.Run first =
        AnalyzeCommandIT.run(
            "analyze",
            "--date",
            "2025-03-04",
            "--db",
            db,
            TEXTS.resolve("korea-japan-call.txt").toString());
    assertThat(first.exit()).as(first.err()).isZero();
    AnalyzeCommandIT.Run second =
        AnalyzeCommandIT.run("analyze", "--date", "2025-03-15", "--db", db, later.toString());
    assertThat(second.exit()).as(second.err()).isZero();
    JsonNode yamada = actor(new ObjectMapper().readTree(second.out()), "Yamada");
    assertThat(yamada.get("code").asText()).isEqualTo("JPNGOV");
    assertThat(yamada.get("evidence").get("rule").asText()).isEqualTo("person.role-store");
    JsonNode park = actor(new ObjectMapper().readTree(second.out()), "Park");
    assertThat(park.get("code").asText()).isEqualTo("KORELI");
  }
}
