package io.herald.cli;

import io.herald.coding.ArticleCoder;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.nlp.CoreNlpAnalyzer;
import io.herald.pipeline.Pipeline;

/**
 * The one place where Herald's stages are built and connected. Public for the evaluation commands
 * in {@code io.herald.cli.eval}; not an API.
 */
public final class Wiring {
  final CoreNlpAnalyzer analyzer;
  final Pipeline pipeline;
  final long loadMillis;

  public CoreNlpAnalyzer analyzer() {
    return analyzer;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public long loadMillis() {
    return loadMillis;
  }

  private Wiring(CoreNlpAnalyzer analyzer, Pipeline pipeline, long loadMillis) {
    this.analyzer = analyzer;
    this.pipeline = pipeline;
    this.loadMillis = loadMillis;
  }

  /** Loads dictionaries, gazetteer and models; fails fast with a message when one is missing. */
  public static Wiring build(HeraldConfig config) {
    long start = System.nanoTime();
    Countries countries = Countries.load();
    CameoCodebook codebook = CameoCodebook.load();
    ArticleCoder coder = ArticleCoder.withBundledDictionaries(countries, codebook);
    Geoparser geoparser = new Geoparser(Gazetteer.load(countries), countries);
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(config.nlp());
    Pipeline pipeline = new Pipeline(analyzer, coder, geoparser);
    return new Wiring(analyzer, pipeline, (System.nanoTime() - start) / 1_000_000);
  }
}
