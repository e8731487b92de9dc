package io.herald.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static boolean direct(String text) {
    return QuoteMarks.isDirect(text, List.of(new Span(0, text.length())));
  }

  @Test
  void quoted_throughout_is_direct() {
    assertThat(direct("“We were there under legitimate pretenses,”")).isTrue();
    assertThat(direct("\"The health issue is partisan: “As you know, she left.” Yes.\"")).isTrue();
    assertThat(direct("“First paragraph.\n\n“Second paragraph.”")).isTrue();
    assertThat(direct("''The bill did not cover the state companies,''")).isTrue();
  }

  @Test
  void partial_quotes_and_reported_speech_are_not_direct() {
    assertThat(direct("the situation as “the most severe since World War II”")).isFalse();
    assertThat(direct("“You squeezed employees” to drive up the stock price")).isFalse();
    assertThat(direct("he wants to strengthen the alliance")).isFalse();
    assertThat(direct("It’s ‘in Their Heads.’")).isFalse();
  }

  @Test
  void fragments_separated_by_spaces_are_joined_before_the_test() {
    String text = "\"The issue is partisan, question: “As you know, she left.” Yes.\"";
    int colon = text.indexOf(':') + 1;
    assertThat(
            QuoteMarks.isDirect(
                text, List.of(new Span(0, colon), new Span(colon + 1, text.length()))))
        .isTrue();
  }

  @Test
  void trims_marks_spaces_and_punctuation() {
    String text = " “We will win,” ";
    assertThat(QuoteMarks.trim(text, new Span(0, text.length())).of(text)).isEqualTo("We will win");
    assertThat(QuoteMarks.trim("“,”", new Span(0, 3)).length()).isZero();
  }
}
