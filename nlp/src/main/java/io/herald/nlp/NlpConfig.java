package io.herald.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the CoreNLP pipeline, validated once.
 *
 * @param annotators CoreNLP annotators in order; must include what Herald's coders read
 * @param corefAlgorithm {@code statistical}, {@code neural} or {@code fastneural}
 * @param fineGrainedNer CoreNLP's fine-grained NER classes (TITLE, COUNTRY, NATIONALITY, CITY...)
 * @param quoteAttribution run CoreNLP's own quote attribution (kept for comparison only)
 * @param pretokenized the text is already segmented: tokens are separated by spaces and each line
 *     is one sentence (CoNLL-style gold data). CoreNLP then splits on whitespace and at line ends
 *     only, and the wire-dateline masking of free text is skipped so that every token is analysed.
 */
public record NlpConfig(
    List<String> annotators,
    String corefAlgorithm,
    boolean fineGrainedNer,
    boolean quoteAttribution,
    boolean pretokenized)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> KNOWN =
      Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "quote", "parse");
  private static final Set<String> COREF = Set.of("statistical", "neural", "fastneural");

  /** The full pipeline Herald's coders need, on free text. */
  public static NlpConfig defaults() {
    return new NlpConfig(
        List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "quote"),
        "statistical",
        true,
        false);
  }

  /**
   * Named-entity recognition only (tokenize, ssplit, pos, lemma, ner with fine-grained classes) on
   * pretokenized text: one sentence per line, tokens separated by spaces. What the CoNLL evaluation
   * uses so that CoreNLP's tokens are exactly the gold tokens.
   */
  public static NlpConfig pretokenizedNer() {
    return new NlpConfig(
        List.of("tokenize", "ssplit", "pos", "lemma", "ner"), "statistical", true, false, true);
  }

  /** Settings for free text ({@code pretokenized} false). */
  public NlpConfig(
      List<String> annotators,
      String corefAlgorithm,
      boolean fineGrainedNer,
      boolean quoteAttribution) {
    this(annotators, corefAlgorithm, fineGrainedNer, quoteAttribution, false);
  }

  public NlpConfig {
    annotators = List.copyOf(annotators);
    Objects.requireNonNull(corefAlgorithm, "corefAlgorithm");
    for (String a : annotators) {
      if (!KNOWN.contains(a)) {
        throw new IllegalArgumentException("nlp.annotators: unknown annotator \"" + a + "\"");
      }
    }
    if (!annotators.contains("tokenize") || !annotators.contains("ssplit")) {
      throw new IllegalArgumentException("nlp.annotators must include tokenize and ssplit");
    }
    if (!COREF.contains(corefAlgorithm)) {
      throw new IllegalArgumentException(
          "nlp.coref.algorithm: \"" + corefAlgorithm + "\" is not one of " + COREF);
    }
    if (corefAlgorithm.equals("neural")
        && annotators.contains("coref")
        && (!annotators.contains("parse")
            || annotators.indexOf("parse") > annotators.indexOf("coref"))) {
      throw new IllegalArgumentException(
          "nlp.coref.algorithm=neural needs CoreNLP's constituency parser: put parse before coref"
              + " in nlp.annotators (several times slower), or use statistical or fastneural");
    }
  }
}
