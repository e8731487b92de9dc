package io.herald.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.herald.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexAlignmentTest {
  private static GoldTimex gold(int start, int end, String value) {
    return new GoldTimex("t" + start, new Span(start, end), "g", "DATE", value);
  }

  private static SystemTimex found(int start, int end, String value) {
    return new SystemTimex(new Span(start, end), "s", "DATE", value);
  }

  @Test
  void exact_spans_are_strict_overlaps_relaxed_and_the_rest_missed_or_spurious() {
    List<GoldTimex> gold =
        List.of(gold(0, 6, "1998-08-07"), gold(10, 28, "1998-Q2"), gold(40, 45, "P1D"));
    List<SystemTimex> found =
        List.of(found(0, 6, "1998-08-07"), found(14, 28, "1998-Q2"), found(50, 55, "X"));
    TimexAlignment a = TimexAlignment.align(gold, found);
    assertThat(a.matches()).hasSize(2);
    assertThat(a.strictMatches()).isEqualTo(1);
    assertThat(a.valuesCorrect()).isEqualTo(2);
    assertThat(a.missed()).containsExactly(gold.get(2));
    assertThat(a.spurious()).containsExactly(found.get(2));
  }

  @Test
  void each_expression_matches_at_most_once_preferring_the_larger_overlap() {
    List<GoldTimex> gold = List.of(gold(0, 5, "A"), gold(6, 20, "B"));
    List<SystemTimex> found = List.of(found(0, 20, "B"));
    TimexAlignment a = TimexAlignment.align(gold, found);
    assertThat(a.matches())
        .singleElement()
        .satisfies(m -> assertThat(m.gold().value()).isEqualTo("B"));
    assertThat(a.missed()).extracting(GoldTimex::value).containsExactly("A");
  }

  @Test
  void scores_follow_tempeval3() {
    // 4 gold, 5 found, 3 overlap (2 exact), 2 of those with the gold value.
    TimexScores s = new TimexScores(4, 5, 2, 3, 2, 3);
    assertThat(s.strictPrf().precision()).isCloseTo(2 / 5.0, within(1e-9));
    assertThat(s.relaxedPrf().recall()).isCloseTo(3 / 4.0, within(1e-9));
    assertThat(s.valueAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.valuePrf().precision()).isCloseTo(2 / 5.0, within(1e-9));
    assertThat(s.valuePrf().recall()).isCloseTo(2 / 4.0, within(1e-9));
    // value F1 = relaxed F1 × value accuracy
    assertThat(s.valuePrf().f1()).isCloseTo(s.relaxedPrf().f1() * s.valueAccuracy(), within(1e-9));
  }

  @Test
  void document_counts_add_up() {
    TimexAlignment a =
        TimexAlignment.align(
            List.of(gold(0, 5, "A")), List.of(found(0, 5, "B"), found(9, 12, "C")));
    TimexScores s = TimexScores.of(a);
    assertThat(s).isEqualTo(new TimexScores(1, 2, 1, 1, 0, 1));
    assertThat(s.plus(s)).isEqualTo(new TimexScores(2, 4, 2, 2, 0, 2));
  }
}
