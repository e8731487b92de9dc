package io.herald.cli;

import io.herald.ingest.ReadOptions;
import io.herald.nlp.NlpConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Herald's configuration: every key, its default, validated once at start-up. Serializable so the
 * same settings can be shipped to other processes (Spark executors, a server).
 *
 * @param nlp language-analysis settings (keys {@code nlp.*})
 * @param maxInputBytes largest input file or JSON line accepted ({@code ingest.maxBytes})
 * @param actorDictionary a PETRARCH actor dictionary added to the bundled actors, empty for none
 *     ({@code dictionary.actors})
 * @param agentDictionary a PETRARCH agent dictionary, used with the actor dictionary ({@code
 *     dictionary.agents})
 * @param verbDictionary a PETRARCH verb dictionary replacing the bundled CAMEO.2.0 one, empty for
 *     the bundled one ({@code dictionary.verbs})
 * @param discardList a PETRARCH discard list: sentences (or, for {@code +} phrases, stories) it
 *     matches get no events; empty for none ({@code dictionary.discards})
 * @param homesFile a UTF-8 table of {@code source<TAB>region} lines giving news sources their home
 *     regions, resolved against the gazetteer when the pipeline is built; empty for none ({@code
 *     geo.homes})
 * @param home the home region of every source the table does not name, as written by the user
 *     ("Minnesota", "Ontario, Canada"); empty for none ({@code geo.home})
 */
public record HeraldConfig(
    NlpConfig nlp,
    long maxInputBytes,
    String actorDictionary,
    String agentDictionary,
    String verbDictionary,
    String discardList,
    String homesFile,
    String home)
    implements Serializable {
  private static final long serialVersionUID = 2L;

  /** Every key a configuration file may set. */
  public static final Set<String> KEYS =
      Set.of(
          "nlp.annotators",
          "nlp.coref.algorithm",
          "nlp.ner.fineGrained",
          "nlp.quote.attribution",
          "ingest.maxBytes",
          "dictionary.actors",
          "dictionary.agents",
          "dictionary.verbs",
          "dictionary.discards",
          "geo.homes",
          "geo.home");

  public HeraldConfig {
    Objects.requireNonNull(homesFile, "homesFile");
    Objects.requireNonNull(home, "home");
  }

  /** Every key at its default. */
  public static HeraldConfig defaults() {
    return new HeraldConfig(
        NlpConfig.defaults(), ReadOptions.DEFAULT_MAX_BYTES, "", "", "", "", "", "");
  }

  /**
   * Reads a Java properties file; unset keys keep their defaults.
   *
   * @throws IllegalArgumentException naming the key and value when one is unknown or invalid
   */
  public static HeraldConfig load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read configuration " + file + ": " + e.getMessage(), e);
    }
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown configuration key \"" + key + "\" in " + file + " (known: " + KEYS + ")");
      }
    }
    NlpConfig d = NlpConfig.defaults();
    List<String> annotators =
        p.containsKey("nlp.annotators")
            ? Arrays.stream(p.getProperty("nlp.annotators").split(",")).map(String::strip).toList()
            : d.annotators();
    NlpConfig nlp =
        new NlpConfig(
            annotators,
            p.getProperty("nlp.coref.algorithm", d.corefAlgorithm()),
            bool(p, "nlp.ner.fineGrained", d.fineGrainedNer()),
            bool(p, "nlp.quote.attribution", d.quoteAttribution()));
    long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;
    if (p.containsKey("ingest.maxBytes")) {
      try {
        maxBytes = Long.parseLong(p.getProperty("ingest.maxBytes").strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "ingest.maxBytes: not a number: \"" + p.getProperty("ingest.maxBytes") + "\"", e);
      }
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("ingest.maxBytes must be positive: " + maxBytes);
      }
    }
    String actors = p.getProperty("dictionary.actors", "").strip();
    String agents = p.getProperty("dictionary.agents", "").strip();
    String verbs = p.getProperty("dictionary.verbs", "").strip();
    String discards = p.getProperty("dictionary.discards", "").strip();
    String homesFile = p.getProperty("geo.homes", "").strip();
    String home = p.getProperty("geo.home", "").strip();
    for (String[] kv :
        new String[][] {
          {"dictionary.actors", actors},
          {"dictionary.agents", agents},
          {"dictionary.verbs", verbs},
          {"dictionary.discards", discards},
          {"geo.homes", homesFile}
        }) {
      if (!kv[1].isEmpty() && !Files.isRegularFile(Path.of(kv[1]))) {
        throw new IllegalArgumentException(kv[0] + ": no such file: " + kv[1]);
      }
    }
    if (actors.isEmpty() != agents.isEmpty()) {
      throw new IllegalArgumentException(
          "dictionary.actors and dictionary.agents go together: set both or neither");
    }
    return new HeraldConfig(nlp, maxBytes, actors, agents, verbs, discards, homesFile, home);
  }

  /**
   * A warning when {@code nlp.annotators} leaves out an annotator the coders read: a light run
   * (tokens and sentences only, to fill the store and its search index fast) is allowed, but the
   * user should know it finds no events, actors or times.
   */
  public Optional<String> codersWarning() {
    List<String> missing = CODERS_READ.stream().filter(a -> !nlp.annotators().contains(a)).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "warning: nlp.annotators lacks "
            + String.join(", ", missing)
            + ", which the event, actor and time coders read: expect few or no events, actors"
            + " and times (they need "
            + String.join(",", CODERS_READ)
            + "; coref and quote are optional)");
  }

  /** The annotators whose output Herald's coders read: without any of them they find nothing. */
  private static final List<String> CODERS_READ =
      List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");

  private static boolean bool(Properties p, String key, boolean dflt) {
    String v = p.getProperty(key);
    if (v == null) {
      return dflt;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(key + ": expected true or false, got \"" + v + "\"");
    };
  }
}
