package io.herald.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture tokenizer is itself code; a wrong span would make matcher tests meaningless. */
class PunctuationTokenizerTest {

  @Test
  void splits_on_spaces_and_punctuation_with_exact_spans() {
    String text = "TOKYO (Kyodo) — U.S. talks.";
    List<Token> tokens = PunctuationTokenizer.tokens(text);
    assertThat(tokens)
        .extracting(Token::word)
        .containsExactly("TOKYO", "(", "Kyodo", ")", "—", "U", ".", "S", ".", "talks", ".");
    for (Token t : tokens) {
      assertThat(t.span().of(text)).isEqualTo(t.word());
    }
    assertThat(tokens).extracting(Token::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }
}
