package io.herald.pipeline;

import io.herald.coding.ArticleCoder;
import io.herald.coding.events.PetrarchDiscards;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.geo.SourceHomes;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.Article;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The parsed stories of {@code testdata/parsed} and a pipeline that codes them without models. */
final class ParsedFixtures {
  static final Path TESTDATA = Path.of("..", "testdata");

  private static final LanguageAnalyzer NO_ANALYZER =
      new LanguageAnalyzer() {
        @Override
        public ParsedArticle analyze(Article article) {
          throw new UnsupportedOperationException("these tests start from parsed fixtures");
        }

        @Override
        public Map<String, Long> annotatorMillis() {
          return Map.of();
        }
      };

  private ParsedFixtures() {}

  /** A pipeline with the bundled dictionaries and gazetteer whose analyzer refuses raw text. */
  static Pipeline pipeline() {
    return pipeline(Optional.empty());
  }

  /** The same, with a PETRARCH discard list. */
  static Pipeline pipeline(Optional<PetrarchDiscards> discards) {
    return pipeline(discards, SourceHomes.NONE);
  }

  /** The same, with the sources' home regions. */
  static Pipeline pipeline(Optional<PetrarchDiscards> discards, SourceHomes homes) {
    Countries countries = Countries.load();
    return new Pipeline(
        NO_ANALYZER,
        ArticleCoder.withBundledDictionaries(countries, CameoCodebook.load()),
        new Geoparser(Gazetteer.load(countries), countries),
        discards,
        homes);
  }

  /** A pipeline of these stages (built once for several pipelines), without a discard list. */
  static Pipeline pipeline(ArticleCoder coder, Geoparser geoparser, SourceHomes homes) {
    return new Pipeline(NO_ANALYZER, coder, geoparser, Optional.empty(), homes);
  }

  /** The parsed story {@code testdata/parsed/NAME.json}. */
  static ParsedArticle parsed(String name) throws IOException {
    return new ParsedArticleCodec()
        .read(
            Files.readString(TESTDATA.resolve("parsed/" + name + ".json"), StandardCharsets.UTF_8));
  }
}
