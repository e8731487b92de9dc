package io.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.quotes.QuoteFinder;
import io.herald.coding.quotes.QuoteSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<String> quotes(String text) {
    return finder.find(text).stream().map(q -> q.inner().of(text)).toList();
  }

  @Test
  void finds_curly_and_straight_quotes_without_their_marks_and_trailing_comma() {
    assertThat(quotes("“We are ready,” he said. She called it \"a mistake\" on Monday."))
        .containsExactly("We are ready", "a mistake");
  }

  @Test
  void quote_split_by_said_is_two_quotes() {
    assertThat(quotes("“The talks went well,” she said. “We will meet again.”"))
        .containsExactly("The talks went well", "We will meet again.");
  }

  @Test
  void multi_paragraph_quote_leaves_earlier_paragraphs_unclosed() {
    String text = "“First paragraph of the speech.\n“Second paragraph,” the minister said.";
    assertThat(quotes(text)).containsExactly("First paragraph of the speech.", "Second paragraph");
  }

  @Test
  void apostrophes_and_unbalanced_marks_do_not_make_quotes() {
    assertThat(quotes("Japan's leader isn't here. An inch\" mark\nand “an unclosed one")).isEmpty();
  }

  @Test
  void spans_point_into_the_text() {
    String text = "He said: «Non», then left.";
    List<QuoteSpan> q = finder.find(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).outer().of(text)).isEqualTo("«Non»");
  }
}
