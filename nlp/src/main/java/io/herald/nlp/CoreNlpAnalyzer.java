package io.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.herald.model.Article;
import io.herald.model.text.Dateline;
import io.herald.model.text.LanguageAnalyzer;
import io.herald.model.text.ParsedArticle;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link LanguageAnalyzer} backed by Stanford CoreNLP. Build one per process: construction loads
 * the models (seconds, gigabytes); {@link #analyze} is then cheap to call repeatedly.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {
  private static final Pattern TIMING = Pattern.compile("(\\w+): ([0-9.]+) sec\\.");

  private final StanfordCoreNLP pipeline;
  private final boolean pretokenized;
  private final DocumentMapper mapper = new DocumentMapper();

  /**
   * Loads the models named by {@code config}.
   *
   * @throws IllegalStateException when CoreNLP or its models are not on the class path
   */
  public CoreNlpAnalyzer(NlpConfig config) {
    this.pretokenized = config.pretokenized();
    try {
      this.pipeline = new StanfordCoreNLP(properties(config));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot load the CoreNLP models (is stanford-corenlp-4.5.10-models.jar on the class"
              + " path?): "
              + e.getMessage(),
          e);
    }
  }

  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", config.annotators()));
    p.setProperty("tokenize.options", "normalizeParentheses=false,normalizeOtherBrackets=false");
    if (config.pretokenized()) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
    } else {
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    }
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    p.setProperty("coref.algorithm", config.corefAlgorithm());
    p.setProperty("quote.attributeQuotes", Boolean.toString(config.quoteAttribution()));
    return p;
  }

  @Override
  public ParsedArticle analyze(Article article) {
    // The dateline ("TOKYO (Kyodo) —") is blanked, offsets unchanged: parsed as part of the first
    // sentence it becomes that sentence's subject. Pretokenized text is already segmented and
    // every one of its tokens must be analysed.
    CoreDocument doc =
        new CoreDocument(pretokenized ? article.text() : Dateline.mask(article.text()));
    // SUTime anchors relative dates ("Wednesday") to the document date; without one it must not
    // anchor to today, so nothing is set and relative values stay unresolved.
    article
        .date()
        .ifPresent(
            d ->
                doc.annotation()
                    .set(
                        CoreAnnotations.DocDateAnnotation.class,
                        d.format(DateTimeFormatter.ISO_LOCAL_DATE)));
    pipeline.annotate(doc);
    return mapper.map(article, doc);
  }

  @Override
  public Map<String, Long> annotatorMillis() {
    Map<String, Long> out = new LinkedHashMap<>();
    Matcher m = TIMING.matcher(pipeline.timingInformation());
    while (m.find()) {
      if (!m.group(1).equals("TOTAL")) {
        out.put(m.group(1), Math.round(Double.parseDouble(m.group(2)) * 1000));
      }
    }
    return out;
  }
}
