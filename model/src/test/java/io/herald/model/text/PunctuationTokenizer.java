package io.herald.model.text;

import io.herald.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: splits a string into tokens the way a simple tokenizer would, so matchers can be
 * tested without CoreNLP. A token is a run of letters and digits or one other non-space character;
 * every token's span indexes into the given text.
 */
final class PunctuationTokenizer {
  private PunctuationTokenizer() {}

  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = i + 1;
      if (Character.isLetterOrDigit(c)) {
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
      }
      String word = text.substring(i, end);
      out.add(new Token(out.size(), word, word, "NN", "O", "", new Span(i, end)));
      i = end;
    }
    return out;
  }

  /** The whole text as sentence 0. */
  static Sentence sentence(String text) {
    return new Sentence(0, new Span(0, text.length()), tokens(text), List.of());
  }
}
