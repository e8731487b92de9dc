package io.herald.eval.ner;

import io.herald.model.Article;
import io.herald.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One CoNLL-2003 document (the sentences between two {@code -DOCSTART-} lines), laid out as text
 * the way CoreNLP reads it pretokenized: tokens separated by one space, one sentence per line.
 *
 * @param index zero-based position in the file
 */
public record ConllDocument(int index, List<ConllSentence> sentences) {
  public ConllDocument {
    sentences = List.copyOf(sentences);
  }

  /** Tokens joined by spaces, sentences by newlines. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (ConllSentence s : sentences) {
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append(String.join(" ", s.tokens()));
    }
    return sb.toString();
  }

  /** The document as an article with no date, id {@code conll-<index>}. */
  public Article article() {
    return new Article("conll-" + index, "", text(), Optional.empty(), "", "");
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** Character spans of every token in {@link #text()}, by sentence. */
  public List<List<Span>> tokenSpans() {
    List<List<Span>> out = new ArrayList<>();
    int offset = 0;
    for (ConllSentence s : sentences) {
      List<Span> spans = new ArrayList<>();
      for (String t : s.tokens()) {
        spans.add(new Span(offset, offset + t.length()));
        offset += t.length() + 1;
      }
      out.add(spans);
    }
    return out;
  }

  /** The gold entities, with character spans into {@link #text()}. */
  public List<NerMention> gold() {
    String text = text();
    List<List<Span>> spans = tokenSpans();
    List<NerMention> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (ConllSentence.Chunk c : sentences.get(i).chunks()) {
        Span span = new Span(spans.get(i).get(c.first()).start(), spans.get(i).get(c.last()).end());
        out.add(new NerMention(span, c.type(), span.of(text)));
      }
    }
    return out;
  }
}
