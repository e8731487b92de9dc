package io.herald.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a CoNLL-2003 file: its tokens and their NER tags ({@code O}, {@code I-PER},
 * {@code B-LOC}...).
 */
public record ConllSentence(List<String> tokens, List<String> tags) {
  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty sentence");
    }
    tags.forEach(ConllSentence::checkTag);
    for (String t : tokens) {
      if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("token \"" + t + "\" is empty or contains whitespace");
      }
    }
  }

  /** A chunk of tokens {@code first..last} (inclusive) with one type. */
  public record Chunk(int first, int last, ConllType type) {}

  /**
   * The entities of this sentence, read from IOB1 or IOB2 tags the way conlleval reads them: an
   * entity starts at {@code B-X}, or at {@code I-X} after a token that is not of type X.
   */
  public List<Chunk> chunks() {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    ConllType open = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      ConllType type = tag.equals("O") ? null : ConllType.ofTag(suffix(tag));
      boolean begins = type != null && (tag.startsWith("B-") || type != open);
      if (open != null && (type == null || begins)) {
        out.add(new Chunk(start, i - 1, open));
        open = null;
      }
      if (begins) {
        start = i;
        open = type;
      }
    }
    return out;
  }

  /** Checks that {@code tag} is {@code O} or an IOB tag of a CoNLL type. */
  static void checkTag(String tag) {
    if (!tag.equals("O")) {
      ConllType.ofTag(suffix(tag));
    }
  }

  private static String suffix(String tag) {
    if (tag.length() < 3 || tag.charAt(1) != '-' || "IBE".indexOf(tag.charAt(0)) < 0) {
      throw new IllegalArgumentException("not an IOB tag: \"" + tag + "\"");
    }
    return tag.substring(2);
  }
}
