package io.herald.coding.events;

import io.herald.model.Event;
import io.herald.model.Participant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The asserted events the bundled coder finds in one parsed sentence, each with the words of its
 * trigger, and their codes and dyads by trigger word: the harness of the tests of general event
 * rules on invented sentences.
 */
final class TriggeredEvents {
  private TriggeredEvents() {}

  /** An asserted event with the words of its trigger. */
  record Found(Event event, String trigger) {}

  /** The asserted (not negated) events of one sentence given as tokens and dependencies. */
  static List<Found> events(String text, String tokens, String... deps) {
    return BundledCoder.CODER.code(OneSentence.parse(text, tokens, deps)).events().stream()
        .filter(e -> !e.negated())
        .map(e -> new Found(e, text.substring(e.trigger().start(), e.trigger().end())))
        .toList();
  }

  /** The CAMEO codes of the events whose trigger ends with {@code word}. */
  static List<String> codes(List<Found> found, String word) {
    return found.stream()
        .filter(f -> f.trigger().endsWith(word))
        .map(f -> f.event().cameo().code())
        .toList();
  }

  /** "SRC>TGT" actor codes of the events whose trigger ends with {@code word}. */
  static List<String> dyads(List<Found> found, String word) {
    return found.stream()
        .filter(f -> f.trigger().endsWith(word))
        .map(f -> codesOf(f.event().source()) + ">" + codesOf(f.event().target()))
        .toList();
  }

  private static String codesOf(List<Participant> ps) {
    return ps.stream().map(p -> p.code().value()).collect(Collectors.joining("+"));
  }
}
