package io.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.json.AnalyzedArticleJson;
import io.herald.model.AnalyzedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each parsed story in {@code testdata/parsed} through coding and geoparsing must
 * give exactly {@code testdata/golden/NAME.json}. Regenerate on purpose with {@code
 * -Dgolden.update=true} and review the diff.
 */
class GoldenFileTest {
  private static final Path TESTDATA = ParsedFixtures.TESTDATA;
  private static Pipeline pipeline;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void build() {
    pipeline = ParsedFixtures.pipeline();
  }

  static List<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(TESTDATA.resolve("parsed"))) {
      return files.map(f -> f.getFileName().toString().replace(".json", "")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void output_matches_golden_file(String name) throws IOException {
    AnalyzedArticle analyzed = pipeline.code(ParsedFixtures.parsed(name));
    JsonNode actual = MAPPER.readTree(new AnalyzedArticleJson().write(analyzed));
    Path golden = TESTDATA.resolve("golden/" + name + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(
          golden,
          MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
          StandardCharsets.UTF_8);
    }
    JsonNode expected = MAPPER.readTree(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
  }
}
