package io.herald.coding.quotes;

import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.List;
import java.util.Optional;

/**
 * Where an article's quotations, sentences and paragraphs lie, for the attribution rules: a cue
 * inside quotation marks is part of the quote, not its attribution.
 */
final class QuotedText {
  private final ParsedArticle p;
  private final List<QuoteSpan> quotes;

  QuotedText(ParsedArticle p, List<QuoteSpan> quotes) {
    this.p = p;
    this.quotes = List.copyOf(quotes);
  }

  List<QuoteSpan> quotes() {
    return quotes;
  }

  /** Whether {@code span} lies inside some quotation, marks included. */
  boolean contains(Span span) {
    for (QuoteSpan q : quotes) {
      if (q.outer().contains(span)) {
        return true;
      }
    }
    return false;
  }

  /** Characters of {@code span} inside quotations. */
  int quotedLength(Span span) {
    int n = 0;
    for (QuoteSpan q : quotes) {
      n +=
          Math.max(
              0, Math.min(span.end(), q.outer().end()) - Math.max(span.start(), q.outer().start()));
    }
    return n;
  }

  /** The sentence holding character {@code offset}, if any. */
  Optional<Sentence> sentenceAt(int offset) {
    for (Sentence s : p.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Index of the sentence holding {@code offset}, or -1. */
  int sentenceIndexAt(int offset) {
    return sentenceAt(offset).map(Sentence::index).orElse(-1);
  }

  /** Start of the paragraph (text after the last line break) holding {@code offset}. */
  int paragraphStart(int offset) {
    String text = p.text();
    int i = Math.min(offset, text.length());
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /** Whether only white space separates {@code from} and {@code to}. */
  boolean blankBetween(int from, int to) {
    return from <= to && p.text().substring(from, to).isBlank();
  }

  /** Number of paragraph breaks (runs of line breaks) between two offsets. */
  int paragraphBreaks(int from, int to) {
    String text = p.text();
    int n = 0;
    boolean inBreak = false;
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      boolean nl = text.charAt(i) == '\n';
      if (nl && !inBreak) {
        n++;
      }
      inBreak = nl || inBreak && Character.isWhitespace(text.charAt(i));
    }
    return n;
  }
}
