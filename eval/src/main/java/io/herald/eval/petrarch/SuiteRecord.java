package io.herald.eval.petrarch;

import java.time.LocalDate;
import java.util.Set;

/**
 * One PETRARCH unit-test record: a sentence, its date and the events it must give.
 *
 * @param expected (source, target, code) triples; empty when the record expects no event
 */
public record SuiteRecord(
    String id, String category, LocalDate date, String text, Set<Triple> expected) {
  /** One coded event as PETRARCH writes it. */
  public record Triple(String source, String target, String code) {
    @Override
    public String toString() {
      return source + " " + target + " " + code;
    }
  }

  public SuiteRecord {
    expected = Set.copyOf(expected);
  }
}
