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
 */
public record NlpConfig(
    List<String> annotators,
    String corefAlgorithm,
    boolean fineGrainedNer,
    boolean quoteAttribution)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> KNOWN =
      Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "quote", "parse");
  private static final Set<String> COREF = Set.of("statistical", "neural", "fastneural");

  /** The full pipeline Herald's coders need. */
  public static NlpConfig defaults() {
    return new NlpConfig(
        List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref", "quote"),
        "statistical",
        true,
        false);
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
  }
}
