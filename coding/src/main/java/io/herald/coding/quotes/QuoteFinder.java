package io.herald.coding.quotes;

import io.herald.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations: curly (“ ”), straight ("), guillemet (« ») and doubled-apostrophe (''
 * '', as in the New York Times archive) quotes, including a quote that runs over several
 * paragraphs, where news style leaves each paragraph but the last unclosed and opens the next with
 * a fresh mark. A quote of the other kind nested inside ("He said: “She called it "a mistake".”")
 * stays part of the outer one; single quotation marks are nested quotes or apostrophes and never
 * open a quote.
 */
public final class QuoteFinder {
  private static final int MAX_LENGTH = 5000;

  private enum Mark {
    CURLY,
    STRAIGHT,
    GUILLEMET,
    APOSTROPHES
  }

  /** A quotation opened and not yet closed. */
  private static final class Open {
    final int start;
    final Mark mark;
    private int nested;

    Open(int start, Mark mark) {
      this.start = start;
      this.mark = mark;
    }

    /** The end of the closing mark if the character at {@code i} closes this quote, else -1. */
    int closesAt(String text, int i) {
      char c = text.charAt(i);
      return switch (mark) {
        case CURLY -> {
          if (c == '“') {
            nested++;
          } else if (c == '”') {
            if (nested == 0) {
              yield i + 1;
            }
            nested--;
          }
          yield -1;
        }
        case STRAIGHT -> {
          if (c == '“') {
            nested++;
          } else if (c == '”' && nested > 0) {
            nested--;
          } else if (c == '"' || c == '”') {
            yield i + 1;
          }
          yield -1;
        }
        case GUILLEMET -> c == '»' ? i + 1 : -1;
        case APOSTROPHES -> text.startsWith("''", i) ? i + 2 : -1;
      };
    }
  }

  /** Quotations in text order. */
  public List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    Open open = null;
    for (int i = 0; i < text.length(); i++) {
      if (open == null) {
        Mark mark = opening(text, i);
        if (mark != null) {
          open = new Open(i, mark);
          i += mark == Mark.APOSTROPHES ? 1 : 0;
        }
      } else if (text.charAt(i) == '\n') {
        int next = skipSpace(text, i);
        if (next < text.length() && opening(text, next) != null) {
          // Multi-paragraph quote: close this paragraph's part, the next one opens again.
          add(out, text, open.start, paragraphEnd(text, i), true);
        } else if (opensParagraph(text, open.start)) {
          // A paragraph that is all quotation but lost its closing mark.
          add(out, text, open.start, paragraphEnd(text, i), false);
        }
        open = null;
      } else {
        int end = open.closesAt(text, i);
        if (end > 0) {
          add(out, text, open.start, end, false);
          open = null;
          i = end - 1;
        } else if (i - open.start > MAX_LENGTH) {
          open = null;
        }
      }
    }
    if (open != null && opensParagraph(text, open.start)) {
      add(out, text, open.start, paragraphEnd(text, text.length()), false);
    }
    return out;
  }

  private static boolean opensParagraph(String text, int mark) {
    int i = mark;
    while (i > 0 && text.charAt(i - 1) != '\n') {
      if (!Character.isWhitespace(text.charAt(i - 1))) {
        return false;
      }
      i--;
    }
    return true;
  }

  private static int paragraphEnd(String text, int newline) {
    int e = newline;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The kind of quote opening at {@code i}, or null. */
  private static Mark opening(String text, int i) {
    char c = text.charAt(i);
    if (c == '“') {
      return Mark.CURLY;
    }
    if (c == '«') {
      return Mark.GUILLEMET;
    }
    if (c == '"') {
      return openingContext(text, i, i + 1) ? Mark.STRAIGHT : null;
    }
    if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
      return openingContext(text, i, i + 2) && text.charAt(i + 2) != '\'' ? Mark.APOSTROPHES : null;
    }
    return null;
  }

  /** A straight mark opens after a space or bracket and before a word. */
  private static boolean openingContext(String text, int mark, int after) {
    boolean before =
        mark == 0
            || Character.isWhitespace(text.charAt(mark - 1))
            || "([—–-".indexOf(text.charAt(mark - 1)) >= 0;
    return before && after < text.length() && !Character.isWhitespace(text.charAt(after));
  }

  private static void add(
      List<QuoteSpan> out, String text, int open, int endExclusive, boolean continued) {
    int s = open + 1;
    if (text.charAt(open) == '\'') {
      s++;
    }
    int e = endExclusive;
    if (e > s && text.startsWith("''", e - 2) && !continued) {
      e -= 2;
    } else if (e > s && "”\"»".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e > s) {
      out.add(new QuoteSpan(new Span(open, endExclusive), new Span(s, e), continued));
    }
  }
}
