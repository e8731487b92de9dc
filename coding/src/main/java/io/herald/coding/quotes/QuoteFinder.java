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

  /** Quotations in text order. */
  public List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = -1;
    Mark mark = null;
    int nested = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open >= 0 && c == '\n') {
        int next = skipSpace(text, i);
        if (next < text.length() && opening(text, next) != null) {
          // Multi-paragraph quote: close this paragraph's part, the next one opens again.
          add(out, text, open, paragraphEnd(text, i), true);
        } else if (opensParagraph(text, open)) {
          // A paragraph that is all quotation but lost its closing mark.
          add(out, text, open, paragraphEnd(text, i), false);
        }
        open = -1;
        continue;
      }
      if (open < 0) {
        mark = opening(text, i);
        if (mark != null) {
          open = i;
          nested = 0;
          if (mark == Mark.APOSTROPHES) {
            i++;
          }
        }
        continue;
      }
      int closeEnd = -1;
      switch (mark) {
        case CURLY -> {
          if (c == '“') {
            nested++;
          } else if (c == '”') {
            if (nested == 0) {
              closeEnd = i + 1;
            } else {
              nested--;
            }
          }
        }
        case STRAIGHT -> {
          if (c == '“') {
            nested++;
          } else if (c == '”' && nested > 0) {
            nested--;
          } else if (c == '"' || c == '”') {
            closeEnd = i + 1;
          }
        }
        case GUILLEMET -> {
          if (c == '»') {
            closeEnd = i + 1;
          }
        }
        case APOSTROPHES -> {
          if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            closeEnd = i + 2;
          }
        }
      }
      if (closeEnd > 0) {
        add(out, text, open, closeEnd, false);
        open = -1;
        i = closeEnd - 1;
      } else if (i - open > MAX_LENGTH) {
        open = -1;
      }
    }
    if (open >= 0 && opensParagraph(text, open)) {
      add(out, text, open, paragraphEnd(text, text.length()), false);
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
