package io.herald.server;

import io.herald.coding.ArticleCoder;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.Event;
import io.herald.model.Modality;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import io.herald.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real analyses of the parsed stories in {@code testdata/parsed}, coded and geoparsed by the
 * pipeline without loading CoreNLP. Each story is stored twice: as it is, with source {@code Herald
 * Test Wire}, and as a copy 40 days later from {@code Second Wire} (the text gains a trailing
 * space, so it is another article with the same offsets), which gives dates, sources and pages to
 * filter on.
 */
final class Corpus {
  static final Path PARSED = Path.of("..", "testdata", "parsed");
  static final String FIRST_SOURCE = "Herald Test Wire";
  static final String SECOND_SOURCE = "Second Wire";
  static final int SHIFT_DAYS = 40;

  private Corpus() {}

  private static final List<String> NAMES =
      List.of("korea-japan-call", "meantime-87805", "odesa-strikes", "yamada-seoul-visit");

  private static Pipeline pipeline() {
    Countries countries = Countries.load();
    return new Pipeline(
        new LanguageAnalyzer() {
          @Override
          public ParsedArticle analyze(Article article) {
            throw new UnsupportedOperationException("server tests start from parsed fixtures");
          }

          @Override
          public Map<String, Long> annotatorMillis() {
            return Map.of();
          }
        },
        ArticleCoder.withBundledDictionaries(countries, CameoCodebook.load()),
        new Geoparser(Gazetteer.load(countries), countries));
  }

  static List<AnalyzedArticle> analyse() {
    Pipeline pipeline = pipeline();
    List<AnalyzedArticle> out = new ArrayList<>();
    for (String name : NAMES) {
      ParsedArticle parsed = read(name);
      Article a = parsed.article();
      Article first = new Article(a.id(), a.title(), a.text(), a.date(), FIRST_SOURCE, a.url());
      Article second =
          new Article(
              a.id() + "-later",
              a.title(),
              a.text() + " ",
              a.date().map(d -> d.plusDays(SHIFT_DAYS)),
              SECOND_SOURCE,
              a.url());
      out.add(pipeline.code(with(parsed, first)));
      out.add(pipeline.code(with(parsed, second)));
    }
    return List.copyOf(out);
  }

  /**
   * {@code copies} analysed copies of each parsed story, each with its own id, source (one of five)
   * and date (spread over two years), for load tests on a database of realistic shape.
   */
  static List<AnalyzedArticle> copies(int copies) {
    Pipeline pipeline = pipeline();
    List<AnalyzedArticle> out = new ArrayList<>();
    for (String name : NAMES) {
      ParsedArticle parsed = read(name);
      Article a = parsed.article();
      for (int i = 0; i < copies; i++) {
        Article copy =
            new Article(
                a.id() + "-" + i,
                a.title(),
                a.text() + " (copy " + i + ")",
                Optional.of(LocalDate.of(2023, 1, 1).plusDays((i * 7L + name.length()) % 730)),
                "Wire " + (i % 5),
                a.url());
        out.add(pipeline.code(with(parsed, copy)));
      }
    }
    return out;
  }

  private static ParsedArticle with(ParsedArticle p, Article a) {
    return new ParsedArticle(
        a, p.sentences(), p.entities(), p.corefChains(), p.times(), p.quotes());
  }

  private static ParsedArticle read(String name) {
    try {
      return new ParsedArticleCodec()
          .read(Files.readString(PARSED.resolve(name + ".json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean asserted(Event e) {
    return !e.negated() && e.modality() == Modality.ASSERTED;
  }

  static Optional<String> sourceCode(Event e) {
    return e.source().stream().findFirst().map(p -> p.code().value());
  }

  static Optional<String> targetCode(Event e) {
    return e.target().stream().findFirst().map(p -> p.code().value());
  }

  static Optional<LocalDate> date(Event e) {
    return e.date();
  }
}
