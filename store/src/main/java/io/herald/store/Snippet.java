package io.herald.store;

import io.herald.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A short extract of an article's text around the first words a search matched.
 *
 * @param text about 200 characters of the body, line breaks as spaces, with {@code …} where it was
 *     cut; the start of the body when only the title matched
 * @param highlights the matched words, as half-open offsets into {@code text} (not into the
 *     article), in order
 */
public record Snippet(String text, List<Span> highlights) {
  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    for (Span s : highlights) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("highlight " + s + " outside the snippet");
      }
    }
  }
}
