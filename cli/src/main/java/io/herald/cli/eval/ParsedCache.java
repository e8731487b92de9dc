package io.herald.cli.eval;

import io.herald.json.ParsedArticleCodec;
import io.herald.model.Article;
import io.herald.model.text.ParsedArticle;
import io.herald.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Language analyses of evaluation articles, optionally kept on disk keyed by a hash of the text, so
 * that a scorer can be re-run after a change to a coder without running CoreNLP again. The analyser
 * is created only when an article is missing from the cache.
 */
final class ParsedCache {
  private final Optional<Path> dir;
  private final Supplier<CoreNlpAnalyzer> factory;
  private final ParsedArticleCodec codec = new ParsedArticleCodec();
  private CoreNlpAnalyzer analyzer;

  ParsedCache(Optional<Path> dir, Supplier<CoreNlpAnalyzer> factory) {
    this.dir = dir;
    this.factory = factory;
  }

  ParsedArticle analyze(Article article) {
    if (dir.isEmpty()) {
      return analyzer().analyze(article);
    }
    Path file = dir.get().resolve(key(article) + ".json");
    try {
      if (Files.isRegularFile(file)) {
        return codec.read(Files.readString(file, StandardCharsets.UTF_8));
      }
      ParsedArticle parsed = analyzer().analyze(article);
      Files.createDirectories(dir.get());
      Files.writeString(file, codec.write(parsed), StandardCharsets.UTF_8);
      return parsed;
    } catch (IOException e) {
      throw new UncheckedIOException("parse cache " + file + ": " + e.getMessage(), e);
    }
  }

  private CoreNlpAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = factory.get();
    }
    return analyzer;
  }

  private static String key(Article a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(a.id().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(a.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
