package io.herald.coding.quotes;

import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The token geometry of reported speech: the tokens of a clause, and the contiguous content span
 * they give once opening punctuation and dangling words are trimmed, refused when too short or all
 * quotation (that one is the direct quote's).
 */
final class ContentSpans {
  private final ParsedArticle article;
  private final QuotedText quoted;

  ContentSpans(ParsedArticle article, QuotedText quoted) {
    this.article = article;
    this.quoted = quoted;
  }

  /** Tokens of the clause headed by {@code head}, in text order, leaving out {@code except}. */
  static List<Integer> clause(Sentence s, int head, Set<Integer> except) {
    Set<Integer> seen = new HashSet<>(except);
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(List.of(head));
    while (!todo.isEmpty()) {
      int i = todo.remove(todo.size() - 1);
      if (!seen.add(i)) {
        continue;
      }
      out.add(i);
      for (Dependency d : s.childrenOf(i)) {
        String r = d.relation();
        if (!r.equals("ref") && !r.endsWith(":xsubj")) {
          todo.add(d.dependent());
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The contiguous span from the first to the last token, without a leading "that" or punctuation
   * and trailing punctuation; empty when it is too short or mostly a quotation already.
   */
  Optional<Span> content(Sentence s, List<Integer> tokens) {
    return content(s, tokens, 2);
  }

  /**
   * As {@link #content(Sentence, List)}, keeping spans of more than {@code minGap} tokens between
   * first and last.
   */
  Optional<Span> content(Sentence s, List<Integer> tokens, int minGap) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int first = tokens.get(0);
    int last = tokens.get(tokens.size() - 1);
    while (first <= last && skippableStart(s, first)) {
      first++;
    }
    while (last >= first && (isPunctuation(s.token(last)) || dangling(s.token(last)))) {
      last--;
    }
    if (last - first < minGap) {
      return Optional.empty();
    }
    Span span = s.spanOf(first, last);
    return wordsOutsideQuotes(span) ? Optional.of(span) : Optional.empty();
  }

  /**
   * Whether some letter or digit of {@code span} lies outside quotation marks: a complement that is
   * all quotation ("said “we will win”") is the direct quotation's, one with words of the writer
   * around a partial quote ("said she was “proud to be a Democrat”") is reported speech.
   */
  private boolean wordsOutsideQuotes(Span span) {
    String text = article.text();
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) && !quoted.contains(new Span(i, i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Punctuation opening a content. The complementizer "that" stays: PolNeAR's content spans begin
   * with it ("said «that the talks went well»").
   */
  private static boolean skippableStart(Sentence s, int i) {
    return isPunctuation(s.token(i));
  }

  /** A conjunction or relative word left at the end of a content after a cut. */
  private static boolean dangling(Token t) {
    return t.pos().equals("CC") || t.pos().startsWith("W") || t.pos().equals("IN");
  }

  static boolean isPunctuation(Token t) {
    String w = t.word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0)) && !isQuoteMark(w)
        || w.equals("--");
  }

  static boolean isQuoteMark(String w) {
    return w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("''") || w.equals("``");
  }
}
