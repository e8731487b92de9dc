package io.herald.cli;

import io.herald.coding.ArticleCoder;
import io.herald.coding.actors.ActorLexicon;
import io.herald.coding.actors.PetrarchActorDictionary;
import io.herald.coding.actors.PetrarchAgentDictionary;
import io.herald.coding.entities.EntityRefiner;
import io.herald.coding.events.EventLexicon;
import io.herald.coding.events.PetrarchDiscards;
import io.herald.coding.events.PetrarchVerbDictionary;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.geo.SourceHome;
import io.herald.geo.SourceHomes;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.nlp.CoreNlpAnalyzer;
import io.herald.pipeline.Pipeline;
import java.util.Optional;
import java.util.function.ToIntFunction;

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
    ArticleCoder coder = coder(config, countries);
    Gazetteer gazetteer = Gazetteer.load(countries);
    SourceHomes homes = homes(config, gazetteer);
    Geoparser geoparser = new Geoparser(gazetteer, countries);
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(config.nlp());
    Pipeline pipeline = new Pipeline(analyzer, coder, geoparser, discards(config), homes);
    return new Wiring(analyzer, pipeline, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * A pipeline over a given language analyzer (evaluations pass one that caches parses), with the
   * dictionaries and gazetteer {@code config} names.
   */
  public static Pipeline pipeline(HeraldConfig config, LanguageAnalyzer analyzer) {
    Countries countries = Countries.load();
    Gazetteer gazetteer = Gazetteer.load(countries);
    return new Pipeline(
        analyzer,
        coder(config, countries),
        new Geoparser(gazetteer, countries),
        discards(config),
        homes(config, gazetteer));
  }

  /**
   * The sources' home regions of {@code geo.homes} and {@code geo.home}, resolved against the
   * gazetteer.
   *
   * @throws IllegalArgumentException naming the key, file, line and region when a region is unknown
   *     or ambiguous
   */
  static SourceHomes homes(HeraldConfig config, Gazetteer gazetteer) {
    SourceHome fallback = SourceHome.NONE;
    if (!config.home().isEmpty()) {
      try {
        fallback = SourceHomes.region(config.home(), gazetteer);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("geo.home: " + e.getMessage(), e);
      }
    }
    if (config.homesFile().isEmpty()) {
      return new SourceHomes(java.util.Map.of(), fallback);
    }
    SourceHome dflt = fallback;
    try (java.io.Reader r =
        java.nio.file.Files.newBufferedReader(
            java.nio.file.Path.of(config.homesFile()), java.nio.charset.StandardCharsets.UTF_8)) {
      return SourceHomes.read(r, config.homesFile(), gazetteer, dflt);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(
          "geo.homes: cannot read " + config.homesFile() + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("geo.homes: " + e.getMessage(), e);
    }
  }

  private static Optional<PetrarchDiscards> discards(HeraldConfig config) {
    return config.discardList().isEmpty()
        ? Optional.empty()
        : Optional.of(read(config.discardList(), (r, o) -> PetrarchDiscards.read(r, o)));
  }

  private static ArticleCoder coder(HeraldConfig config, Countries countries) {
    CameoCodebook codebook = CameoCodebook.load();
    ActorLexicon actors =
        config.actorDictionary().isEmpty()
            ? ActorLexicon.load(countries)
            : ActorLexicon.load(
                countries,
                nonEmpty(
                    "dictionary.actors",
                    config.actorDictionary(),
                    read(config.actorDictionary(), (r, o) -> PetrarchActorDictionary.read(r, o)),
                    d -> d.entries().size(),
                    "actor"),
                nonEmpty(
                    "dictionary.agents",
                    config.agentDictionary(),
                    read(config.agentDictionary(), (r, o) -> PetrarchAgentDictionary.read(r, o)),
                    d -> d.agents().size(),
                    "agent"));
    EventLexicon events = EventLexicon.load(codebook);
    if (!config.verbDictionary().isEmpty()) {
      events =
          events.withPetrarch(
              nonEmpty(
                  "dictionary.verbs",
                  config.verbDictionary(),
                  read(
                      config.verbDictionary(),
                      (r, o) -> PetrarchVerbDictionary.read(r, o, codebook)),
                  PetrarchVerbDictionary::verbCount,
                  "verb"));
    }
    return new ArticleCoder(
        actors, events, codebook, Optional.of(EntityRefiner.withBundledLexicons(countries)));
  }

  /**
   * The dictionary, unless it holds no entry of its kind: a file of another format (an actor
   * dictionary given as verbs) or no dictionary at all reads as empty, and would silently code as
   * if none had been given.
   */
  static <T> T nonEmpty(String key, String file, T dictionary, ToIntFunction<T> size, String kind) {
    if (size.applyAsInt(dictionary) == 0) {
      throw new IllegalArgumentException(
          key
              + ": "
              + file
              + " holds no PETRARCH "
              + kind
              + " entries; is it a "
              + kind
              + " dictionary in PETRARCH's format?");
    }
    return dictionary;
  }

  /** Reads one dictionary format. */
  public interface DictionaryReader<T> {
    T read(java.io.Reader r, String origin) throws java.io.IOException;
  }

  /** Reads a dictionary file; failures name the file. */
  public static <T> T read(String file, DictionaryReader<T> reader) {
    try (java.io.Reader r =
        java.nio.file.Files.newBufferedReader(
            java.nio.file.Path.of(file), java.nio.charset.StandardCharsets.UTF_8)) {
      return reader.read(r, file);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read dictionary " + file + ": " + e.getMessage(), e);
    }
  }
}
