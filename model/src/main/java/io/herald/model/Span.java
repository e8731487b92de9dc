package io.herald.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 character offsets into an article's body text.
 *
 * <p>Every mention, quote, place, time expression and event evidence carries one, so a reader can
 * always go back to the words that produced a record.
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Validates the offsets; throws {@link IllegalArgumentException} when they do not form a range.
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The covered characters of {@code text}; throws when the span lies outside it. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
