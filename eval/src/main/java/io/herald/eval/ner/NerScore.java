package io.herald.eval.ner;

import io.herald.eval.Prf;
import java.util.List;
import java.util.Map;

/**
 * Entity-level scores of one system: exact span and type, as conlleval counts them.
 *
 * @param documents documents scored
 * @param byType precision, recall and F1 per CoNLL type (every type present)
 * @param overall all types together (micro-average)
 * @param errors error kinds, most frequent first
 */
public record NerScore(
    int documents, Map<ConllType, Prf> byType, Prf overall, List<ErrorKind> errors) {
  public NerScore {
    byType = Map.copyOf(byType);
    errors = List.copyOf(errors);
    for (ConllType t : ConllType.values()) {
      if (!byType.containsKey(t)) {
        throw new IllegalArgumentException("no score for " + t);
      }
    }
  }

  /** Gold entities counted (true positives plus false negatives). */
  public long goldCount() {
    return overall.tp() + overall.fn();
  }
}
