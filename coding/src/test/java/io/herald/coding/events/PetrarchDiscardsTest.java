package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PetrarchDiscardsTest {
  private static final String LIST =
      """
      # Story-level discards are marked with '+'
      MONTHS LATER
      +World Golf Championships   # sports
      BASEBALL
      +TYPHOON
      """;

  private static PetrarchDiscards discards() throws IOException {
    return PetrarchDiscards.read(new StringReader(LIST), "discards.txt");
  }

  @Test
  void sentence_discard_matches_whole_words_ignoring_case() throws IOException {
    PetrarchDiscards d = discards();
    String s = "Arnor is about to restore baseball competition with Gondor.";
    assertThat(d.discards(s, s)).isTrue();
    String t = "Arnor is about to restore baseballs to Gondor.";
    assertThat(d.discards(t, t)).isFalse();
  }

  @Test
  void story_discard_drops_every_sentence_of_the_story() throws IOException {
    PetrarchDiscards d = discards();
    String story = "A typhoon hit the coast. Arnor restored ties with Gondor.";
    assertThat(d.discards("Arnor restored ties with Gondor.", story)).isTrue();
    assertThat(d.discards("Arnor restored ties with Gondor.", "Arnor restored ties.")).isFalse();
  }

  @Test
  void a_plus_without_words_is_an_error_naming_the_line() {
    assertThatThrownBy(() -> PetrarchDiscards.read(new StringReader("BASEBALL\n+ #\n"), "d.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("d.txt:2");
  }
}
