package io.herald.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void accepts_empty_and_nonempty_ranges() {
    assertThat(new Span(0, 0).length()).isZero();
    assertThat(new Span(3, 8).length()).isEqualTo(5);
  }

  @Test
  void rejects_negative_start() {
    assertThatThrownBy(() -> new Span(-1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void rejects_end_before_start() {
    assertThatThrownBy(() -> new Span(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[5, 4)");
  }

  @Test
  void union_covers_both_spans_and_the_gap_between() {
    assertThat(new Span(2, 5).union(new Span(9, 12))).isEqualTo(new Span(2, 12));
    assertThat(new Span(9, 12).union(new Span(2, 5))).isEqualTo(new Span(2, 12));
    assertThat(new Span(0, 10).union(new Span(3, 4))).isEqualTo(new Span(0, 10));
  }

  @Test
  void overlap_is_half_open() {
    Span a = new Span(0, 5);
    assertThat(a.overlaps(new Span(4, 9))).isTrue();
    assertThat(a.overlaps(new Span(5, 9))).as("touching at the end is not overlap").isFalse();
    assertThat(new Span(5, 9).overlaps(a)).isFalse();
    assertThat(a.overlaps(new Span(1, 2))).isTrue();
    assertThat(new Span(1, 2).overlaps(a)).isTrue();
  }

  @Test
  void contains_is_inclusive_of_equal_bounds() {
    Span a = new Span(2, 8);
    assertThat(a.contains(new Span(2, 8))).isTrue();
    assertThat(a.contains(new Span(3, 5))).isTrue();
    assertThat(a.contains(new Span(1, 5))).isFalse();
    assertThat(a.contains(new Span(5, 9))).isFalse();
  }

  @Test
  void of_returns_covered_characters() {
    String text = "Japan and the United States";
    assertThat(new Span(0, 5).of(text)).isEqualTo("Japan");
    assertThat(new Span(14, 27).of(text)).isEqualTo("United States");
    assertThat(new Span(27, 27).of(text)).isEmpty();
  }

  @Test
  void of_throws_when_span_runs_past_the_text() {
    assertThatThrownBy(() -> new Span(3, 11).of("ten chars!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length 10");
  }

  @Test
  void of_counts_utf16_units_so_surrogate_pairs_take_two() {
    String text = "Hi 😀 there";
    assertThat(new Span(3, 5).of(text)).isEqualTo("😀");
    assertThat(new Span(6, 11).of(text)).isEqualTo("there");
  }

  @Test
  void orders_by_start_then_end() {
    List<Span> spans = new ArrayList<>(List.of(new Span(4, 6), new Span(1, 9), new Span(1, 3)));
    spans.sort(null);
    assertThat(spans).containsExactly(new Span(1, 3), new Span(1, 9), new Span(4, 6));
  }

  @Test
  void random_nonempty_spans_keep_union_and_overlap_invariants() {
    Random random = new Random(20241002L);
    for (int n = 0; n < 2_000; n++) {
      Span a = randomNonEmpty(random);
      Span b = randomNonEmpty(random);
      Span u = a.union(b);
      assertThat(u.contains(a)).isTrue();
      assertThat(u.contains(b)).isTrue();
      assertThat(u.length()).isLessThanOrEqualTo(Math.max(a.end(), b.end()));
      assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
      assertThat(a.overlaps(b)).as("%s vs %s", a, b).isEqualTo(shareACharacter(a, b));
    }
  }

  private static Span randomNonEmpty(Random random) {
    int start = random.nextInt(50);
    return new Span(start, start + 1 + random.nextInt(20));
  }

  private static boolean shareACharacter(Span a, Span b) {
    for (int i = a.start(); i < a.end(); i++) {
      if (b.start() <= i && i < b.end()) {
        return true;
      }
    }
    return false;
  }
}
