package io.herald.model.text;

import io.herald.model.Span;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "TOKYO (Kyodo) —", "WASHINGTON, Oct 2 (Reuters) -", "LONDON
 * —".
 *
 * @param span the whole dateline with its dash
 * @param place the place name, e.g. {@code TOKYO}
 */
public record Dateline(Span span, Span place) {
  private static final Pattern FORM =
      Pattern.compile(
          "\\A\\s*([A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,3})(?:,[^()\\n—–]{1,40})?"
              + "(?:\\s*\\([^)\\n]{1,40}\\))?(?:\\s*(?:—|–|--)|\\s+-)\\s+");

  /** The dateline at the start of {@code text}, if there is one. */
  public static Optional<Dateline> find(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(new Span(m.start(), m.end()), new Span(m.start(1), m.end(1))));
  }

  /**
   * The text with the dateline replaced by spaces, so that offsets stay the same while the parser
   * no longer reads the dateline as the sentence's subject.
   */
  public static String mask(String text) {
    Optional<Dateline> d = find(text);
    if (d.isEmpty()) {
      return text;
    }
    Span s = d.get().span();
    return " ".repeat(s.end()) + text.substring(s.end());
  }
}
