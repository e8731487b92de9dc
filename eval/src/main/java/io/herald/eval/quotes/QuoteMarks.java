package io.herald.eval.quotes;

import io.herald.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What counts as a direct quotation in the gold data, and how spans are normalised before they are
 * compared.
 *
 * <p>A gold content is <em>direct</em> when every one of its fragments (fragments separated only by
 * white space are joined first) opens with a double quotation mark ({@code “ " « „}) and has no
 * letter or digit outside double quotation marks: "“We were there,” | “and we stayed.”" is direct;
 * "described it as “the most severe”" (a partial quote inside reported speech) and "he wants to
 * strengthen the alliance" are not. Single quotation marks are not quotation marks here: in this
 * corpus they are nested quotes, headline quotes or apostrophes.
 */
public final class QuoteMarks {
  private static final String OPENING = "“\"«„";
  private static final String TRIM = "“”\"«»„‘’',.;:!?…—–- ";

  private QuoteMarks() {}

  /** Whether the content fragments of an attribution are a direct quotation (see class doc). */
  public static boolean isDirect(String text, List<Span> content) {
    List<Span> joined = join(text, content);
    if (joined.isEmpty()) {
      return false;
    }
    for (Span f : joined) {
      if (!quotedThroughout(f.of(text).strip().replace("''", "\""))) {
        return false;
      }
    }
    return true;
  }

  /** Fragments in text order, adjacent ones separated only by white space merged. */
  static List<Span> join(String text, List<Span> fragments) {
    List<Span> sorted = new ArrayList<>(fragments);
    sorted.sort(null);
    List<Span> out = new ArrayList<>();
    for (Span f : sorted) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        if (f.start() >= last.end() && new Span(last.end(), f.start()).of(text).isBlank()) {
          out.set(out.size() - 1, last.union(f));
          continue;
        }
      }
      out.add(f);
    }
    return out;
  }

  private static boolean quotedThroughout(String s) {
    if (s.isEmpty() || OPENING.indexOf(s.charAt(0)) < 0) {
      return false;
    }
    Deque<Character> open = new ArrayDeque<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '«' || c == '„') {
        open.push(c);
      } else if (c == '”' || c == '»') {
        if (!open.isEmpty()) {
          open.pop();
        }
      } else if (c == '"') {
        if (!open.isEmpty() && open.peek() == '"') {
          open.pop();
        } else {
          open.push(c);
        }
      } else if (open.isEmpty() && Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The span without surrounding white space, quotation marks and punctuation, so that a quote
   * given with its marks ("“We will,”") and one given without ("We will") compare equal. An
   * all-punctuation span trims to an empty span at its start.
   */
  public static Span trim(String text, Span span) {
    int s = span.start();
    int e = span.end();
    while (s < e && (TRIM.indexOf(text.charAt(s)) >= 0 || isSpace(text.charAt(s)))) {
      s++;
    }
    while (e > s && (TRIM.indexOf(text.charAt(e - 1)) >= 0 || isSpace(text.charAt(e - 1)))) {
      e--;
    }
    return new Span(s, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
