package io.herald.model.text;

import io.herald.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence with its tokens and dependency parse.
 *
 * @param index zero-based position in the article
 * @param span characters of the sentence in the article body
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.governor() >= tokens.size()) {
        throw new IllegalArgumentException("dependency outside sentence " + index + ": " + d);
      }
    }
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The relation attaching token {@code i} to its head, if the parse has one. */
  public Optional<Dependency> headOf(int i) {
    for (Dependency d : dependencies) {
      if (d.dependent() == i) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Dependents of token {@code i} in text order. */
  public List<Dependency> childrenOf(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == i) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** Dependents of {@code i} whose base or full relation equals {@code relation}. */
  public List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : childrenOf(i)) {
      if (d.relation().equals(relation) || d.baseRelation().equals(relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Token indices of the subtree rooted at {@code i} (inclusive), in text order. */
  public List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    collect(i, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int i, List<Integer> out, int depth) {
    if (out.contains(i) || depth > tokens.size()) {
      return;
    }
    out.add(i);
    for (Dependency d : childrenOf(i)) {
      collect(d.dependent(), out, depth + 1);
    }
  }

  /** Characters covered by tokens {@code from..to} inclusive. */
  public Span spanOf(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
  }

  /** Index of the token whose span contains {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.span().start() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return -1;
  }
}
