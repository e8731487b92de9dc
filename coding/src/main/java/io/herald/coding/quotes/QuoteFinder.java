package io.herald.coding.quotes;

import io.herald.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations: curly (“ ”), straight (") and guillemet («») quotes, including a quote
 * that runs over several paragraphs, where news style leaves each paragraph but the last unclosed
 * and opens the next with a fresh mark.
 */
public final class QuoteFinder {
  private static final int MAX_LENGTH = 5000;

  /** Quotations in text order. */
  public List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int open = -1;
    char expectedClose = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open >= 0 && c == '\n') {
        int next = skipSpace(text, i);
        if (next < text.length() && isOpening(text, next)) {
          // Multi-paragraph quote: close this paragraph's part, the next one opens again.
          add(out, text, open, paragraphEnd(text, i));
        }
        open = -1;
        continue;
      }
      if (open < 0) {
        if (isOpening(text, i)) {
          open = i;
          expectedClose = closerFor(c);
        }
      } else if (c == expectedClose || expectedClose == '"' && c == '”') {
        add(out, text, open, i + 1);
        open = -1;
      } else if (i - open > MAX_LENGTH) {
        open = -1;
      }
    }
    return out;
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

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '«') {
      return true;
    }
    if (c == '"') {
      boolean before =
          i == 0
              || Character.isWhitespace(text.charAt(i - 1))
              || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
      boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      return before && after;
    }
    return false;
  }

  private static char closerFor(char open) {
    return switch (open) {
      case '“' -> '”';
      case '«' -> '»';
      default -> '"';
    };
  }

  private static void add(List<QuoteSpan> out, String text, int open, int endExclusive) {
    int s = open + 1;
    int e = endExclusive;
    if (e > s && "”\"»".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e > s) {
      out.add(new QuoteSpan(new Span(open, endExclusive), new Span(s, e)));
    }
  }
}
