package io.herald.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void rejects_blank_id() {
    assertThatThrownBy(() -> new Article(" ", "", "text", Optional.empty(), "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }

  @Test
  void with_date_keeps_everything_else() {
    Article a = new Article("k1", "Title", "Body.", Optional.empty(), "Kyodo", "https://x/1");
    Article dated = a.withDate(LocalDate.of(2024, 10, 2));
    assertThat(dated.date()).contains(LocalDate.of(2024, 10, 2));
    assertThat(dated).usingRecursiveComparison().ignoringFields("date").isEqualTo(a);
    assertThat(a.date()).isEmpty();
  }
}
