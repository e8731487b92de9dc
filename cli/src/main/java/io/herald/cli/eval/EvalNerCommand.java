package io.herald.cli.eval;

import io.herald.coding.entities.EntityRefiner;
import io.herald.eval.ner.ConllDocument;
import io.herald.eval.ner.ConllReader;
import io.herald.eval.ner.NerMention;
import io.herald.eval.ner.NerReport;
import io.herald.eval.ner.NerScorer;
import io.herald.json.ParsedArticleCodec;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import io.herald.nlp.CoreNlpAnalyzer;
import io.herald.nlp.NlpConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herald eval ner}: entity-level precision, recall and F1 per CoNLL type on a CoNLL-2003
 * file, for plain CoreNLP and for Herald (CoreNLP plus {@link EntityRefiner}) in one run.
 *
 * <p>CoreNLP reads the gold tokens (whitespace tokenisation, one sentence per line, one document
 * per {@code -DOCSTART-}), so predicted and gold spans align; both systems' classes are mapped to
 * PER, LOC, ORG and MISC by {@link io.herald.eval.ner.ConllType#ofCoreNlp}.
 */
@Command(
    name = "ner",
    description =
        "Entity P/R/F1 per type on CoNLL-2003 data, plain CoreNLP and Herald side by side.",
    footer = {
      "",
      "CoreNLP reads the gold tokens: one sentence per line, one document per -DOCSTART-.",
      "Its classes count as CoNLL types: PERSON = PER; LOCATION, CITY, COUNTRY,",
      "STATE_OR_PROVINCE = LOC; ORGANIZATION = ORG; MISC, NATIONALITY, RELIGION,",
      "IDEOLOGY = MISC; numbers, dates, titles and the rest are dropped.",
      "",
      "Example: herald eval ner --conll ../shared/data/ner/conll2003/eng.testa --limit 30"
    })
public final class EvalNerCommand implements Callable<Integer> {
  @Option(
      names = "--conll",
      required = true,
      paramLabel = "FILE",
      description = "CoNLL-2003 file (token POS chunk NER per line), e.g. eng.testa.")
  Path conll;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Score at most N documents (0: all).")
  int limit;

  @Option(
      names = "--skip",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the first N documents (to hold out part of a file).")
  int skip;

  @Option(
      names = "--errors",
      paramLabel = "K",
      defaultValue = "12",
      description = "Error kinds shown per system (default: ${DEFAULT-VALUE}).")
  int errorKinds;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep CoreNLP's analyses in DIR (one JSON file per document) and reuse them when the"
              + " document text is unchanged, so that re-scoring needs no model load.")
  Path cache;

  @Override
  public Integer call() {
    if (limit < 0 || skip < 0 || errorKinds < 0) {
      throw new IllegalArgumentException("--limit, --skip and --errors must be 0 or positive");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    List<ConllDocument> docs = ConllReader.read(conll);
    docs = docs.subList(Math.min(skip, docs.size()), docs.size());
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no document to score in " + conll);
    }
    long start = System.nanoTime();
    EntityRefiner refiner = EntityRefiner.withBundledLexicons(Countries.load());
    ParsedArticleCodec codec = new ParsedArticleCodec();
    CoreNlpAnalyzer analyzer = null;
    NerScorer plain = new NerScorer();
    NerScorer herald = new NerScorer();
    int misaligned = 0;
    long tokens = 0;
    int sentences = 0;
    for (ConllDocument doc : docs) {
      Optional<ParsedArticle> cached = readCache(codec, doc);
      ParsedArticle parsed;
      if (cached.isPresent()) {
        parsed = cached.get();
      } else {
        if (analyzer == null) {
          err.println("herald: loading CoreNLP (tokenize, ssplit, pos, lemma, ner)...");
          analyzer = new CoreNlpAnalyzer(NlpConfig.pretokenizedNer());
        }
        parsed = analyzer.analyze(doc.article());
        writeCache(codec, doc, parsed);
      }
      if (!aligned(doc, parsed)) {
        misaligned++;
      }
      String text = doc.text();
      List<NerMention> gold = doc.gold();
      plain.add(gold, NerMention.ofCoreNlp(parsed));
      herald.add(gold, NerMention.ofEntities(refiner.refine(parsed), text));
      tokens += doc.tokenCount();
      sentences += doc.sentences().size();
    }
    out.printf(
        Locale.ROOT,
        "herald eval ner: %s, documents %d..%d: %d documents, %,d sentences, %,d tokens, %,d gold"
            + " entities (%.0f s)%n",
        conll.getFileName(),
        docs.get(0).index() + 1,
        docs.get(docs.size() - 1).index() + 1,
        docs.size(),
        sentences,
        tokens,
        plain.score(0).goldCount(),
        (System.nanoTime() - start) / 1e9);
    if (misaligned > 0) {
      out.printf(
          Locale.ROOT,
          "warning: %d documents where CoreNLP's sentences or tokens differ from the gold ones%n",
          misaligned);
    }
    out.println(
        "Exact span and type (conlleval); P, R, F1 in %. CoreNLP: its NER-tagged entity mentions"
            + " (the pronoun mentions it adds are left out); Herald: CoreNLP + EntityRefiner.");
    out.println(
        "CoreNLP classes as CoNLL types: PERSON→PER; LOCATION, CITY, COUNTRY,"
            + " STATE_OR_PROVINCE→LOC; ORGANIZATION→ORG; MISC, NATIONALITY, RELIGION,"
            + " IDEOLOGY→MISC; numbers, dates, titles and the rest are dropped.");
    out.println();
    out.print(
        NerReport.format(
            List.of(
                new NerReport.Column("CoreNLP", plain.score(3)),
                new NerReport.Column("Herald", herald.score(3))),
            errorKinds));
    out.flush();
    return 0;
  }

  private static boolean aligned(ConllDocument doc, ParsedArticle parsed) {
    if (parsed.sentences().size() != doc.sentences().size()) {
      return false;
    }
    for (int i = 0; i < doc.sentences().size(); i++) {
      if (parsed.sentences().get(i).tokens().size() != doc.sentences().get(i).tokens().size()) {
        return false;
      }
    }
    return true;
  }

  private Optional<ParsedArticle> readCache(ParsedArticleCodec codec, ConllDocument doc) {
    if (cache == null) {
      return Optional.empty();
    }
    Path file = cacheFile(doc);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      ParsedArticle p = codec.read(Files.readString(file, StandardCharsets.UTF_8));
      return p.text().equals(doc.text()) ? Optional.of(p) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void writeCache(ParsedArticleCodec codec, ConllDocument doc, ParsedArticle parsed) {
    if (cache == null) {
      return;
    }
    try {
      Files.createDirectories(cache);
      Files.writeString(cacheFile(doc), codec.write(parsed), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the analysis cache " + cache, e);
    }
  }

  private Path cacheFile(ConllDocument doc) {
    return cache.resolve(doc.article().id() + ".json");
  }
}
