package io.herald.coding.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteFinderMarksTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<String> quotes(String text) {
    return finder.find(text).stream().map(q -> q.inner().of(text)).toList();
  }

  @Test
  void doubled_apostrophes_quote_as_in_the_new_york_times_archive() {
    assertThat(quotes("''The law didn't include them,'' she said. It's ''fine.''"))
        .containsExactly("The law didn't include them", "fine.");
  }

  @Test
  void a_quote_of_the_other_kind_nested_inside_stays_in_the_outer_quote() {
    assertThat(quotes("“He called it \"a mistake\" today,” she said."))
        .containsExactly("He called it \"a mistake\" today");
    assertThat(quotes("\"She asked: “Why?” Then she left,\" he said."))
        .containsExactly("She asked: “Why?” Then she left");
    assertThat(quotes("“Outer ‘inner’ and “nested” words,” he said."))
        .containsExactly("Outer ‘inner’ and “nested” words");
  }

  @Test
  void unclosed_paragraphs_of_a_multi_paragraph_quote_are_marked_continued() {
    String text = "“One.\n\n“Two.\n\n“Three,” he said. “Four.”";
    List<QuoteSpan> q = finder.find(text);
    assertThat(q).extracting(QuoteSpan::continued).containsExactly(true, true, false, false);
    assertThat(q.get(2).inner().of(text)).isEqualTo("Three");
  }

  @Test
  void a_paragraph_that_lost_its_closing_mark_is_still_a_quote_but_a_stray_mark_inside_is_not() {
    assertThat(
            quotes("Sanders said:\n\n“For young people, it is 33 percent.\n\nThen a “stray mark."))
        .containsExactly("For young people, it is 33 percent.");
  }

  @Test
  void random_text_never_throws_and_spans_nest_inside_the_text() {
    Random random = new Random(42);
    String alphabet = "ab “”\"'«»‘’,.\n";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (QuoteSpan q : finder.find(text)) {
        assertThat(q.outer().end()).isLessThanOrEqualTo(text.length());
        assertThat(q.outer().contains(q.inner())).isTrue();
        assertThat(q.inner().length()).isPositive();
      }
    }
  }
}
