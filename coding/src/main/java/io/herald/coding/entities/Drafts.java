package io.herald.coding.entities;

import io.herald.model.Span;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The mentions of one article while the rules refine them, kept per sentence in text order and
 * never overlapping one another. Mutable; one per {@link EntityRefiner#refine} call.
 */
final class Drafts {
  private final ParsedArticle parsed;
  private final List<List<Draft>> bySentence = new ArrayList<>();

  Drafts(ParsedArticle parsed) {
    this.parsed = parsed;
    for (int i = 0; i < parsed.sentences().size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (EntityMention m : parsed.entities()) {
      if (m.sentence() >= 0
          && m.sentence() < bySentence.size()
          && m.lastToken() < sentence(m.sentence()).tokens().size()
          && in(m.sentence()).stream().noneMatch(d -> d.overlaps(m.firstToken(), m.lastToken()))) {
        put(new Draft(m.sentence(), m.firstToken(), m.lastToken(), m.type()));
      }
    }
  }

  int sentenceCount() {
    return bySentence.size();
  }

  Sentence sentence(int i) {
    return parsed.sentences().get(i);
  }

  Token token(int sentence, int i) {
    return sentence(sentence).token(i);
  }

  /** A copy of the drafts of sentence {@code i} in text order, safe to modify the state under. */
  List<Draft> in(int sentence) {
    return List.copyOf(bySentence.get(sentence));
  }

  /** Every draft in text order (a copy). */
  List<Draft> all() {
    List<Draft> out = new ArrayList<>();
    bySentence.forEach(out::addAll);
    return out;
  }

  /** The draft covering token {@code i}, if any. */
  Optional<Draft> at(int sentence, int i) {
    for (Draft d : bySentence.get(sentence)) {
      if (d.covers(i)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  boolean free(int sentence, int from, int to) {
    return bySentence.get(sentence).stream().noneMatch(d -> d.overlaps(from, to));
  }

  /** Drafts overlapping tokens {@code from..to} lie wholly inside them. */
  boolean onlyInside(int sentence, int from, int to) {
    return bySentence.get(sentence).stream()
        .filter(d -> d.overlaps(from, to))
        .allMatch(d -> from <= d.first() && d.last() <= to);
  }

  /**
   * Token {@code i} exists and is a capitalised word outside any named mention (untagged, or a
   * number or date such as "One" of "Banc One"), other than a sentence's capitalised first function
   * word: part of some name nobody recognised, so a name found next to it may be only a piece.
   */
  boolean untaggedName(int sentence, int i) {
    if (i < 0 || i >= sentence(sentence).tokens().size()) {
      return false;
    }
    Token t = token(sentence, i);
    return Words.capitalised(t.word())
        && !Words.punctuation(t.word())
        && at(sentence, i).map(d -> !d.named()).orElse(true)
        && (i > 0 || Words.properNoun(t));
  }

  void remove(Draft d) {
    bySentence.get(d.sentence()).remove(d);
  }

  void replace(Draft old, Draft replacement) {
    remove(old);
    put(replacement);
  }

  /** Adds {@code d}, first removing every draft it overlaps. */
  void claim(Draft d) {
    bySentence.get(d.sentence()).removeIf(o -> o.overlaps(d.first(), d.last()));
    put(d);
  }

  private void put(Draft d) {
    List<Draft> list = bySentence.get(d.sentence());
    list.add(d);
    list.sort(Comparator.comparingInt(Draft::first));
  }

  /** The words of tokens {@code from..to} joined by single spaces. */
  String words(int sentence, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(token(sentence, i).word());
    }
    return sb.toString();
  }

  String words(Draft d) {
    return words(d.sentence(), d.first(), d.last());
  }

  List<EntityMention> toMentions() {
    List<EntityMention> out = new ArrayList<>();
    for (Draft d : all()) {
      Sentence s = sentence(d.sentence());
      Span span = s.spanOf(d.first(), d.last());
      out.add(
          new EntityMention(
              span.of(parsed.text()), d.type(), span, d.sentence(), d.first(), d.last()));
    }
    return out;
  }
}
