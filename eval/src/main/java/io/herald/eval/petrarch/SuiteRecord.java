package io.herald.eval.petrarch;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One PETRARCH unit-test record: a sentence, its date and the events it must give.
 *
 * @param expected (source, target, code) triples; empty when the record expects no event
 * @param options the {@code Config} options in force for this record (lower-case option name to
 *     value as written), e.g. {@code require_dyad=false}
 * @param parse the record's Treebank parse as written, empty when it has none
 */
public record SuiteRecord(
    String id,
    String category,
    LocalDate date,
    String text,
    Set<Triple> expected,
    Map<String, String> options,
    String parse) {
  /** One coded event as PETRARCH writes it. */
  public record Triple(String source, String target, String code) {
    @Override
    public String toString() {
      return source + " " + target + " " + code;
    }
  }

  public SuiteRecord {
    expected = Set.copyOf(expected);
    options = Map.copyOf(options);
    parse = parse.strip();
  }

  /** A record without a Treebank parse. */
  public SuiteRecord(
      String id,
      String category,
      LocalDate date,
      String text,
      Set<Triple> expected,
      Map<String, String> options) {
    this(id, category, date, text, expected, options, "");
  }

  /** A record with no options (PETRARCH's defaults). */
  public SuiteRecord(
      String id, String category, LocalDate date, String text, Set<Triple> expected) {
    this(id, category, date, text, expected, Map.of(), "");
  }

  /**
   * Whether an event needs both a source and a target ({@code require_dyad}, true unless a {@code
   * Config} element turned it off). When false, PETRARCH also writes events with a source and no
   * target, with {@code ---} as the target.
   */
  public boolean requireDyad() {
    return !options.getOrDefault("require_dyad", "true").toLowerCase(Locale.ROOT).equals("false");
  }

  /**
   * What is wrong with the record's Treebank parse, if it has one and its brackets do not balance
   * (PETRARCH rejects such a record as {@code bad_input_parse} and codes nothing from it).
   */
  public Optional<String> parseProblem() {
    int depth = 0;
    for (int i = 0; i < parse.length(); i++) {
      char c = parse.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return Optional.of("its Treebank parse closes a bracket never opened at character " + i);
      }
    }
    return depth == 0
        ? Optional.empty()
        : Optional.of("its Treebank parse leaves " + depth + " bracket(s) unclosed");
  }
}
