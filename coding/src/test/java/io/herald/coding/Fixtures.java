package io.herald.coding;

import io.herald.json.ParsedArticleCodec;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parsed stories from {@code testdata/parsed}, and a coder built from the bundled dictionaries. */
final class Fixtures {
  static final CameoCodebook CODEBOOK = CameoCodebook.load();
  static final Countries COUNTRIES = Countries.load();
  static final ArticleCoder CODER = ArticleCoder.withBundledDictionaries(COUNTRIES, CODEBOOK);

  private Fixtures() {}

  static ParsedArticle parsed(String name) {
    Path file = Path.of("..", "testdata", "parsed", name + ".json");
    try {
      return new ParsedArticleCodec().read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
