package io.herald.cli.eval;

import io.herald.json.ParsedArticleCodec;
import io.herald.model.Article;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A language analyzer that keeps each parse as JSON in a folder (one file per article id) and loads
 * the models only when an article is not there yet, so evaluations can re-code gold sentences
 * without reloading CoreNLP. A cached parse whose text differs from the article's is parsed again.
 */
final class CachedAnalyzer implements LanguageAnalyzer {
  private final Optional<Path> dir;
  private final Supplier<LanguageAnalyzer> models;
  private final ParsedArticleCodec codec = new ParsedArticleCodec();
  private LanguageAnalyzer loaded;

  /**
   * @param dir the cache folder; empty to parse every article
   * @param models builds the real analyzer, called at most once and only when needed
   */
  CachedAnalyzer(Optional<Path> dir, Supplier<LanguageAnalyzer> models) {
    this.dir = dir;
    this.models = models;
  }

  @Override
  public ParsedArticle analyze(Article article) {
    Optional<Path> file = dir.map(d -> d.resolve(safe(article.id()) + ".json"));
    if (file.isPresent() && Files.isRegularFile(file.get())) {
      try {
        ParsedArticle p = codec.read(Files.readString(file.get(), StandardCharsets.UTF_8));
        if (p.text().equals(article.text())) {
          return p;
        }
      } catch (IOException | IllegalArgumentException e) {
        // an unreadable cache entry is parsed again and overwritten below
      }
    }
    if (loaded == null) {
      loaded = models.get();
    }
    ParsedArticle parsed = loaded.analyze(article);
    if (file.isPresent()) {
      try {
        Files.createDirectories(file.get().getParent());
        Files.writeString(file.get(), codec.write(parsed), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the parse cache " + file.get(), e);
      }
    }
    return parsed;
  }

  @Override
  public Map<String, Long> annotatorMillis() {
    return loaded == null ? Map.of() : loaded.annotatorMillis();
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
