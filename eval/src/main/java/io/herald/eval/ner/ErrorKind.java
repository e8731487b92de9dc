package io.herald.eval.ner;

import java.util.List;

/**
 * One kind of NER error and how often it occurred, e.g. "LOC tagged as ORG".
 *
 * @param label what went wrong
 * @param count occurrences
 * @param examples the most frequent texts involved, most frequent first, with their counts
 */
public record ErrorKind(String label, long count, List<String> examples) {
  public ErrorKind {
    examples = List.copyOf(examples);
  }
}
