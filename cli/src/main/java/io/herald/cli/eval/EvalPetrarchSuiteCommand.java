package io.herald.cli.eval;

import io.herald.cli.Wiring;
import io.herald.coding.ArticleCoder;
import io.herald.coding.Coding;
import io.herald.coding.actors.ActorLexicon;
import io.herald.coding.actors.PetrarchActorDictionary;
import io.herald.coding.actors.PetrarchAgentDictionary;
import io.herald.coding.events.CommaLimits;
import io.herald.coding.events.EventLexicon;
import io.herald.coding.events.PetrarchDiscards;
import io.herald.coding.events.PetrarchVerbDictionary;
import io.herald.eval.petrarch.SuiteReader;
import io.herald.eval.petrarch.SuiteRecord;
import io.herald.model.Actor;
import io.herald.model.ActorCode;
import io.herald.model.Article;
import io.herald.model.Event;
import io.herald.model.Participant;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import io.herald.nlp.CoreNlpAnalyzer;
import io.herald.nlp.NlpConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald eval petrarch-suite DIR}: PETRARCH2's unit-test records, coded with the suite's own
 * fictional actor, agent and verb dictionaries; a record passes when Herald gives exactly the
 * expected set of (source, target, code) triples. Sentences are parsed by Herald's own pipeline,
 * not from the records' Treebank parses; those are only checked, and a record whose parse is
 * malformed is an input error with no event, as in PETRARCH ({@code --no-check-parses} turns the
 * check off).
 */
@Command(
    name = "petrarch-suite",
    description = "Run PETRARCH2's unit-test suite: passed N of M, with each failure.")
public final class EvalPetrarchSuiteCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "DIR",
      description = "Folder with PETR.UnitTest.records.xml and the PETR.Validate.* dictionaries.")
  Path dir;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Run at most N records.")
  int limit;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep each sentence's parse in DIR and reuse it on later runs (CoreNLP loads only for"
              + " sentences not there yet).")
  Path cache;

  @Option(
      names = "--explain",
      description =
          "With each failure, print the sentence's tokens (index, word, POS, NER, head, relation)"
              + " and the actors Herald coded with their mentions.")
  boolean explain;

  @Option(
      names = "--check-parses",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Reject a record whose own Treebank parse (optional input, otherwise unused) has"
              + " unbalanced brackets, as PETRARCH does (bad_input_parse): it is reported as an"
              + " input error and gives no event. On by default; --no-check-parses codes it"
              + " anyway.")
  boolean checkParses;

  @Override
  public Integer call() throws IOException {
    Path records = dir.resolve("PETR.UnitTest.records.xml");
    if (!Files.isRegularFile(records)) {
      throw new IllegalArgumentException(
          "no PETR.UnitTest.records.xml in "
              + dir
              + " (the suite lives in ../shared/data/events/petrarch2-validation)");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    CameoCodebook codebook = CameoCodebook.load();
    ActorLexicon actors =
        ActorLexicon.fromPetrarch(
            Wiring.read(
                dir.resolve("PETR.Validate.actors.txt").toString(),
                (r, o) -> PetrarchActorDictionary.read(r, o)),
            Wiring.read(
                dir.resolve("PETR.Validate.agents.txt").toString(),
                (r, o) -> PetrarchAgentDictionary.read(r, o)));
    PetrarchVerbDictionary verbs =
        Wiring.read(
            dir.resolve("PETR.Validate.verbs.txt").toString(),
            (r, o) -> PetrarchVerbDictionary.read(r, o, codebook, true));
    // The suite's dictionary keeps its WEIS-era codes (345, 1717, 174K): the records expect them.
    EventLexicon lexicon = EventLexicon.of(List.of(), List.of()).withPetrarch(verbs);
    // Config elements between records change PETRARCH's comma-clause limits; one coder per set.
    Map<CommaLimits, ArticleCoder> coders = new HashMap<>();
    Path discardFile = dir.resolve("PETR.Validate.discards.txt");
    Optional<PetrarchDiscards> discards =
        Files.isRegularFile(discardFile)
            ? Optional.of(
                Wiring.read(discardFile.toString(), (r, o) -> PetrarchDiscards.read(r, o)))
            : Optional.empty();
    List<SuiteRecord> suite = new SuiteReader().read(records);
    if (limit > 0 && suite.size() > limit) {
      suite = suite.subList(0, limit);
    }
    out.printf(Locale.ROOT, "%d records%n", suite.size());
    CachedAnalyzer analyzer =
        new CachedAnalyzer(
            Optional.ofNullable(cache),
            () ->
                new CoreNlpAnalyzer(
                    new NlpConfig(
                        List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"),
                        "statistical",
                        true,
                        false)));
    int passed = 0;
    TreeMap<String, int[]> byCategory = new TreeMap<>();
    Map<String, Integer> seenIds = new HashMap<>();
    for (SuiteRecord r : suite) {
      // The suite repeats a few ids with other sentences; each keeps its own cached parse.
      int seen = seenIds.merge(r.id(), 1, Integer::sum);
      String articleId = seen == 1 ? r.id() : r.id() + "~" + seen;
      ParsedArticle parsed =
          analyzer.analyze(
              new Article(articleId, "", r.text(), Optional.of(r.date()), "PETRARCH suite", ""));
      boolean discarded = discards.map(d -> d.discards(r.text(), r.text())).orElse(false);
      Optional<String> badInput = checkParses ? r.parseProblem() : Optional.empty();
      badInput.ifPresent(
          problem -> out.printf(Locale.ROOT, "input error: record %s: %s%n", r.id(), problem));
      ArticleCoder coder =
          coders.computeIfAbsent(
              commaLimits(r),
              l -> new ArticleCoder(actors, lexicon.withCommaLimits(l), verbs.codebook()));
      Coding coding = coder.code(parsed);
      Map<String, Actor> byId = new HashMap<>();
      coding.actors().forEach(a -> byId.put(a.id(), a));
      Set<SuiteRecord.Triple> produced =
          coding.events().stream()
              .filter(e -> !discarded && badInput.isEmpty() && !e.negated())
              .map(e -> triple(e, byId))
              .filter(t -> !t.source().equals(UNCODED))
              .filter(t -> !t.target().equals(UNCODED) || !r.requireDyad())
              .collect(Collectors.toSet());
      boolean ok = produced.equals(r.expected());
      int[] c = byCategory.computeIfAbsent(r.category(), k -> new int[2]);
      c[1]++;
      if (ok) {
        passed++;
        c[0]++;
      } else {
        out.printf(
            Locale.ROOT,
            "FAIL %-14s expected %s produced %s | %s%n",
            r.id(),
            r.expected(),
            produced,
            r.text().length() > 110 ? r.text().substring(0, 110) + "…" : r.text());
        if (explain) {
          explain(out, parsed, coding);
        }
      }
    }
    out.println();
    byCategory.forEach((k, v) -> out.printf(Locale.ROOT, "  %-12s %3d of %3d%n", k, v[0], v[1]));
    long outside =
        suite.stream()
            .filter(r -> r.expected().stream().anyMatch(t -> codebook.find(t.code()).isEmpty()))
            .count();
    out.printf(
        Locale.ROOT,
        "passed %d of %d (%.1f%%)%n",
        passed,
        suite.size(),
        100.0 * passed / suite.size());
    out.printf(
        Locale.ROOT,
        "%d records expect codes outside CAMEO (the suite's WEIS-era test codes such as 223 or 345);"
            + " they are coded with the codes the suite's verb dictionary declares%n",
        outside);
    return 0;
  }

  /** PETRARCH's comma-clause limits with the record's {@code comma_*} options applied. */
  private static CommaLimits commaLimits(SuiteRecord r) {
    CommaLimits limits = CommaLimits.PETRARCH;
    for (Map.Entry<String, String> o : new TreeMap<>(r.options()).entrySet()) {
      if (o.getKey().startsWith("comma_")) {
        try {
          limits = limits.with(o.getKey(), Integer.parseInt(o.getValue()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "record "
                  + r.id()
                  + ": option "
                  + o.getKey()
                  + "="
                  + o.getValue()
                  + " is no comma"
                  + " limit ("
                  + e.getMessage()
                  + ")",
              e);
        }
      }
    }
    return limits;
  }

  /**
   * The event as PETRARCH writes it: an actor known only by its agent ("a senior official") is
   * {@code ---GOV}, a missing target {@code ---}.
   */
  private static SuiteRecord.Triple triple(Event e, Map<String, Actor> actors) {
    return new SuiteRecord.Triple(
        petrarchCode(e.source().get(0), actors),
        e.target().isEmpty() ? UNCODED : petrarchCode(e.target().get(0), actors),
        e.cameo().code());
  }

  /** PETRARCH's code for "no actor". */
  private static final String UNCODED = "---";

  /**
   * An actor Herald could not place at all ({@code UNK}, no sector: a name in no dictionary) is no
   * actor for PETRARCH, which codes only what its dictionaries name.
   */
  private static String petrarchCode(Participant p, Map<String, Actor> actors) {
    Actor a = actors.get(p.actorId());
    if (a != null && a.country().isEmpty() && p.code().equals(ActorCode.UNKNOWN)) {
      return a.sector().isEmpty() ? UNCODED : UNCODED + a.sector();
    }
    return p.code().value();
  }

  private static void explain(PrintWriter out, ParsedArticle parsed, Coding coding) {
    for (Sentence s : parsed.sentences()) {
      for (Token t : s.tokens()) {
        Optional<Dependency> head = s.headOf(t.index());
        out.printf(
            Locale.ROOT,
            "    %2d %-14s %-5s %-12s <-%s %s%n",
            t.index(),
            t.word(),
            t.pos(),
            t.ner(),
            head.map(d -> String.valueOf(d.governor())).orElse("?"),
            head.map(Dependency::relation).orElse(""));
      }
    }
    for (Actor a : coding.actors()) {
      out.printf(
          Locale.ROOT,
          "    actor %s %s country=%s sector=%s [%s] %s%n",
          a.id(),
          a.code(),
          a.country(),
          a.sector(),
          a.evidence().rule(),
          a.mentions().stream().map(m -> m.of(parsed.text())).toList());
    }
    for (Event e : coding.events()) {
      out.printf(
          Locale.ROOT,
          "    event %s %s -> %s %s%s [%s]%n",
          e.cameo().code(),
          e.source().stream().map(Participant::actorId).toList(),
          e.target().stream().map(Participant::actorId).toList(),
          e.trigger().of(parsed.text()),
          e.negated() ? " negated" : "",
          e.evidence().rule());
    }
  }
}
