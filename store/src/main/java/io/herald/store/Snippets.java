package io.herald.store;

import io.herald.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Cuts a {@link Snippet} around the first words of a text that a query matched. The text is
 * analysed with the index's own analyzer, so "talks" in a query finds "talk" and "talked" as the
 * search did. Words under {@code NOT} are never highlighted.
 */
final class Snippets {
  private static final int WIDTH = 200;
  private static final int BEFORE = 60;

  private final Analyzer analyzer;
  private final Set<BytesRef> terms = new HashSet<>();
  private final List<ByteRunAutomaton> patterns = new ArrayList<>();

  Snippets(Analyzer analyzer, Query query) {
    this.analyzer = analyzer;
    query.visit(new Collector());
  }

  private final class Collector extends QueryVisitor {
    @Override
    public boolean acceptField(String field) {
      return field.equals(TextIndex.TEXT) || field.equals(TextIndex.TITLE);
    }

    @Override
    public void consumeTerms(Query query, Term... found) {
      for (Term t : found) {
        terms.add(BytesRef.deepCopyOf(t.bytes()));
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      patterns.add(automaton.get());
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
    }
  }

  /** The snippet of {@code text}: around its first matched word, else its beginning. */
  Snippet of(String text) {
    List<Span> matches = new ArrayList<>();
    int first = firstMatch(text, matches);
    int start = first < 0 ? 0 : wordStart(text, Math.max(0, first - BEFORE));
    int end = wordEnd(text, Math.min(text.length(), start + WIDTH));
    String prefix = start > 0 ? "…" : "";
    String body = text.substring(start, end).replace('\n', ' ').replace('\r', ' ');
    List<Span> highlights = new ArrayList<>();
    for (Span m : matches) {
      if (m.start() >= start && m.end() <= end) {
        int shift = prefix.length() - start;
        highlights.add(new Span(m.start() + shift, m.end() + shift));
      }
    }
    return new Snippet(prefix + body + (end < text.length() ? "…" : ""), highlights);
  }

  /** Offset of the first matched word, -1 when none; collects matches up to the snippet's end. */
  private int firstMatch(String text, List<Span> matches) {
    if (terms.isEmpty() && patterns.isEmpty()) {
      return -1;
    }
    int first = -1;
    try (TokenStream ts = analyzer.tokenStream(TextIndex.TEXT, text)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (first >= 0 && offset.startOffset() > first + WIDTH) {
          break;
        }
        if (matches(term.getBytesRef())) {
          first = first < 0 ? offset.startOffset() : first;
          matches.add(new Span(offset.startOffset(), offset.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text for a snippet", e);
    }
    return first;
  }

  private boolean matches(BytesRef term) {
    if (terms.contains(term)) {
      return true;
    }
    for (ByteRunAutomaton p : patterns) {
      if (p.run(term.bytes, term.offset, term.length)) {
        return true;
      }
    }
    return false;
  }

  private static int wordStart(String text, int at) {
    int i = onCharBoundary(text, at);
    int j = i;
    while (j > 0 && !Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return i - j > 20 ? i : j;
  }

  /** {@code i}, or one less when it would split a surrogate pair. */
  private static int onCharBoundary(String text, int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }

  private static int wordEnd(String text, int at) {
    int i = onCharBoundary(text, at);
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j - i > 20 ? i : j;
  }
}
