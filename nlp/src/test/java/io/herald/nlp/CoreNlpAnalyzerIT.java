package io.herald.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.json.ParsedArticleCodec;
import io.herald.model.Article;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.TimeMention;
import io.herald.model.text.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads CoreNLP once and checks the mapping into Herald's records on the stories in {@code
 * testdata/texts}. With {@code -Dfixtures.update=true} it also rewrites {@code testdata/parsed},
 * the fixtures that let every other module's tests run without models.
 */
class CoreNlpAnalyzerIT {
  private static final Path TESTDATA = Path.of("..", "testdata");
  private static CoreNlpAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new CoreNlpAnalyzer(NlpConfig.defaults());
  }

  static Article article(Path file, Optional<LocalDate> date) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
    int nl = content.lastIndexOf('\n');
    String name = file.getFileName().toString().replace(".txt", "");
    return new Article(name, content.substring(nl + 1), content.substring(0, nl), date, "", "");
  }

  static Map<String, LocalDate> dates() throws IOException {
    Map<String, LocalDate> out = new HashMap<>();
    List<String> lines = Files.readAllLines(TESTDATA.resolve("dates.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t");
      out.put(c[0], LocalDate.parse(c[1]));
    }
    return out;
  }

  @Test
  void maps_tokens_dependencies_and_offsets_into_the_original_text() throws IOException {
    Article a =
        article(
            TESTDATA.resolve("texts/korea-japan-call.txt"),
            Optional.of(LocalDate.parse("2025-03-04")));
    ParsedArticle p = analyzer.analyze(a);
    assertThat(p.sentences()).hasSizeGreaterThanOrEqualTo(5);
    for (Sentence s : p.sentences()) {
      assertThat(s.dependencies()).isNotEmpty();
      for (Token t : s.tokens()) {
        assertThat(t.span().of(a.text())).isEqualTo(t.word());
      }
    }
    // The dateline is blanked for parsing: no token of "SEOUL (Herald) —" is analysed.
    assertThat(p.sentences().get(0).token(0).word()).isEqualTo("South");
    assertThat(p.entities()).anySatisfy(e -> assertThat(e.text()).isEqualTo("Taro Yamada"));
    assertThat(p.corefChains()).isNotEmpty();
  }

  @Test
  void anchors_relative_dates_to_the_article_date_and_never_to_today() throws IOException {
    Path file = TESTDATA.resolve("texts/korea-japan-call.txt");
    ParsedArticle dated =
        analyzer.analyze(article(file, Optional.of(LocalDate.parse("2025-03-04"))));
    assertThat(dated.times()).extracting(TimeMention::value).contains("2025-03-03");
    ParsedArticle undated = analyzer.analyze(article(file, Optional.empty()));
    assertThat(undated.times())
        .filteredOn(t -> t.text().equals("Monday"))
        .allSatisfy(t -> assertThat(t.value()).doesNotStartWith("20"));
  }

  @Test
  void pretokenized_text_keeps_every_gold_token_and_line() {
    CoreNlpAnalyzer pretokenized = new CoreNlpAnalyzer(NlpConfig.pretokenizedNer());
    String text =
        "CRICKET - LEICESTERSHIRE TAKE OVER\nLONDON 1996-08-30\n"
            + "West Indian all-rounder Phil Simmons took four for 38 on Friday .";
    ParsedArticle p =
        pretokenized.analyze(new Article("conll-0", "", text, Optional.empty(), "", ""));
    List<String> lines = List.of(text.split("\n"));
    assertThat(p.sentences()).hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(p.sentences().get(i).tokens())
          .extracting(Token::word)
          .containsExactly(lines.get(i).split(" "));
    }
    // Not blanked as a wire dateline: every token is analysed.
    assertThat(p.sentences().get(0).token(0).word()).isEqualTo("CRICKET");
    assertThat(p.entities())
        .anySatisfy(e -> assertThat(e.text()).isEqualTo("Phil Simmons"))
        .allSatisfy(e -> assertThat(e.span().of(text)).isEqualTo(e.text()));
  }

  @Test
  void writes_fixtures_when_asked() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("fixtures.update"), "fixtures.update not set");
    Map<String, LocalDate> dates = dates();
    ParsedArticleCodec codec = new ParsedArticleCodec();
    try (Stream<Path> files = Files.list(TESTDATA.resolve("texts"))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        ParsedArticle p =
            analyzer.analyze(
                article(f, Optional.ofNullable(dates.get(f.getFileName().toString()))));
        Path out =
            TESTDATA.resolve("parsed").resolve(f.getFileName().toString().replace(".txt", ".json"));
        Files.writeString(out, codec.write(p) + "\n", StandardCharsets.UTF_8);
        assertThat(codec.read(Files.readString(out, StandardCharsets.UTF_8))).isEqualTo(p);
      }
    }
  }
}
