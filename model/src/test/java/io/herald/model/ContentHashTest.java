package io.herald.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void is_hex_sha256_of_title_blank_line_and_text() {
    // sha256("T\n\nbody") computed independently with coreutils sha256sum.
    assertThat(ContentHash.of("T", "body"))
        .isEqualTo("c9ca2053d78dcad5c2d402046f90f8cbc9d1a564c2348bd192e289aff55facca");
  }

  @Test
  void is_stable_across_calls() {
    String text = "TOKYO (Kyodo) — Japan and the United States “agreed” 😀\r\nMore.";
    assertThat(ContentHash.of("Headline", text)).isEqualTo(ContentHash.of("Headline", text));
    assertThat(ContentHash.of("Headline", text)).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void changes_when_one_character_of_text_changes() {
    assertThat(ContentHash.of("Headline", "Japan said."))
        .isNotEqualTo(ContentHash.of("Headline", "Japan said!"));
  }

  @Test
  void changes_when_the_title_changes() {
    assertThat(ContentHash.of("Headline", "Japan said."))
        .isNotEqualTo(ContentHash.of("Headline.", "Japan said."));
  }

  @Test
  void article_hash_equals_hash_of_its_title_and_text() {
    Article a = new Article("x1", "Headline", "Body text.", Optional.empty(), "", "");
    assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of("Headline", "Body text."));
    assertThat(ContentHash.of(a.withDate(LocalDate.of(2024, 10, 2))))
        .as("the date is not part of the content")
        .isEqualTo(ContentHash.of(a));
  }
}
