package io.herald.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Span;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

  @Test
  void finds_place_and_agency_dateline_with_em_dash() {
    String text = "TOKYO (Kyodo) — Japan and the United States agreed on Wednesday.";
    Dateline d = Dateline.find(text).orElseThrow();
    assertThat(d.place().of(text)).isEqualTo("TOKYO");
    assertThat(d.span().of(text)).isEqualTo("TOKYO (Kyodo) — ");
    assertThat(text.substring(d.span().end())).startsWith("Japan and");
  }

  @Test
  void finds_place_date_and_agency_dateline_with_hyphen() {
    String text = "WASHINGTON, Oct 2 (Reuters) - The United States said on Wednesday.";
    Dateline d = Dateline.find(text).orElseThrow();
    assertThat(d.place().of(text)).isEqualTo("WASHINGTON");
    assertThat(d.span().of(text)).isEqualTo("WASHINGTON, Oct 2 (Reuters) - ");
  }

  @Test
  void finds_bare_place_dateline() {
    String text = "LONDON — Britain said on Tuesday.";
    Dateline d = Dateline.find(text).orElseThrow();
    assertThat(d.place().of(text)).isEqualTo("LONDON");
    assertThat(d.span()).isEqualTo(new Span(0, 9));
  }

  @Test
  void finds_multi_word_place() {
    String text = "NEW YORK (AP) — A man said.";
    assertThat(Dateline.find(text).orElseThrow().place().of(text)).isEqualTo("NEW YORK");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Japan and the United States share concerns about the region.",
        "The Foreign Ministry said on Wednesday - in a statement - that talks would go on.",
        "A U.S. official said talks would continue.",
        "Tokyo (Kyodo) — lower case place is not a dateline.",
        "",
        "   "
      })
  void finds_nothing_at_a_normal_sentence_start(String text) {
    assertThat(Dateline.find(text)).isEmpty();
    assertThat(Dateline.mask(text)).isSameAs(text);
  }

  @Test
  void does_not_read_a_hyphenated_compound_as_a_dateline() {
    assertThat(Dateline.find("US-China trade talks resumed on Monday.")).isEmpty();
    assertThat(Dateline.find("UK-EU relations improved.")).isEmpty();
  }

  @Test
  void mask_blanks_the_dateline_and_keeps_length_and_offsets() {
    String text = "WASHINGTON, Oct 2 (Reuters) - The United States said.";
    String masked = Dateline.mask(text);
    int end = Dateline.find(text).orElseThrow().span().end();
    assertThat(masked).hasSameSizeAs(text);
    assertThat(masked.substring(0, end)).isBlank().matches(" +");
    assertThat(masked.substring(end)).isEqualTo(text.substring(end));
    assertThat(masked.indexOf("United States")).isEqualTo(text.indexOf("United States"));
  }

  @Test
  void mask_of_text_with_a_non_bmp_character_keeps_offsets() {
    String text = "TOKYO (Kyodo) — Japan 😀 said.";
    String masked = Dateline.mask(text);
    assertThat(masked).hasSameSizeAs(text);
    assertThat(masked.indexOf("😀")).isEqualTo(text.indexOf("😀"));
  }

  private static final String[] FRAGMENTS = {
    "TOKYO",
    "WASHINGTON",
    "NEW",
    "YORK",
    "LONDON",
    "U.S.",
    "O'HARE",
    "Japan",
    "said",
    "the",
    "Oct 2",
    "(Reuters)",
    "(Kyodo)",
    "(",
    ")",
    ",",
    " ",
    " ",
    " ",
    "\n",
    "\t",
    "—",
    "–",
    "--",
    "-",
    "A",
    "a",
    "😀",
    "“quoted”",
    "é",
    "1",
    "\r\n"
  };

  @Test
  void random_texts_keep_length_and_tail_after_mask() {
    Random random = new Random(8_675_309L);
    int withDateline = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      String text = b.toString();
      String masked = Dateline.mask(text);
      assertThat(masked).as("mask of %s", text).hasSameSizeAs(text);
      Optional<Dateline> d = Dateline.find(text);
      if (d.isEmpty()) {
        assertThat(masked).isEqualTo(text);
        continue;
      }
      withDateline++;
      Span span = d.get().span();
      Span place = d.get().place();
      assertThat(span.start()).isZero();
      assertThat(span.end()).isLessThanOrEqualTo(text.length());
      assertThat(span.contains(place)).as("place inside dateline of %s", text).isTrue();
      assertThat(place.of(text)).doesNotContainPattern("[a-z]");
      assertThat(masked.substring(0, span.end())).matches(" *");
      assertThat(masked.substring(span.end())).isEqualTo(text.substring(span.end()));
    }
    assertThat(withDateline).as("the generator produces datelines").isGreaterThan(10);
  }
}
