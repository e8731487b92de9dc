package io.herald.server.ui;

import io.herald.coding.ArticleCoder;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real analyses for the browser tests without loading CoreNLP: the parsed stories of {@code
 * testdata/parsed} coded and geoparsed by the real pipeline, plus a hostile copy of one of them.
 */
final class UiData {
  static final Path TESTDATA = Path.of("..", "testdata");

  /** Markup an attacker might put into a story; the UI must show it as text. */
  static final String IMG_PAYLOAD = "<img src=x onerror=alert(1)>";

  static final String SCRIPT_PAYLOAD = "<script>document.title='owned';alert(2)</script>";
  static final String ACTOR_PAYLOAD = "<b onmouseover=alert(3)>Kim</b>";
  static final String XSS_ID = "xss-probe";
  static final String XSS_TITLE = "Payload " + IMG_PAYLOAD + " in the title " + SCRIPT_PAYLOAD;

  private UiData() {}

  /** Every parsed fixture, coded by the pipeline (no language models needed). */
  static List<AnalyzedArticle> fixtures() {
    Countries countries = Countries.load();
    CameoCodebook codebook = CameoCodebook.load();
    LanguageAnalyzer none =
        new LanguageAnalyzer() {
          @Override
          public ParsedArticle analyze(Article article) {
            throw new UnsupportedOperationException("browser tests start from parsed fixtures");
          }

          @Override
          public Map<String, Long> annotatorMillis() {
            return Map.of();
          }
        };
    Pipeline pipeline =
        new Pipeline(
            none,
            ArticleCoder.withBundledDictionaries(countries, codebook),
            new Geoparser(Gazetteer.load(countries), countries));
    ParsedArticleCodec codec = new ParsedArticleCodec();
    List<AnalyzedArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(TESTDATA.resolve("parsed"))) {
      for (Path file : files.sorted().toList()) {
        out.add(pipeline.code(codec.read(Files.readString(file, StandardCharsets.UTF_8))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parsed fixtures in " + TESTDATA, e);
    }
    return out;
  }

  /**
   * A copy of {@code base} whose title, first actor's name and text carry markup payloads. The
   * payload lines are appended after the original text, so every span of the analysis still points
   * at the same characters.
   */
  static AnalyzedArticle hostile(AnalyzedArticle base) {
    Article a = base.article();
    String text =
        a.text()
            + "\nReaders wrote "
            + IMG_PAYLOAD
            + " and "
            + SCRIPT_PAYLOAD
            + " in the comments.";
    Article article =
        new Article(
            XSS_ID, XSS_TITLE, text, a.date(), "probe " + IMG_PAYLOAD, "javascript:alert(4)");
    List<Actor> actors = new ArrayList<>(base.actors());
    Actor first = actors.get(0);
    actors.set(
        0,
        new Actor(
            first.id(),
            ACTOR_PAYLOAD,
            first.kind(),
            first.code(),
            first.country(),
            first.sector(),
            first.role(),
            first.mentions(),
            first.evidence()));
    return new AnalyzedArticle(
        article,
        base.sentences(),
        base.entities(),
        actors,
        base.events(),
        base.quotes(),
        base.places(),
        base.times(),
        base.problems());
  }
}
