package io.herald.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrfTest {
  @Test
  void computes_precision_recall_and_f1() {
    Prf p = new Prf(8, 2, 4);
    assertThat(p.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(p.recall()).isCloseTo(8.0 / 12, within(1e-9));
    assertThat(p.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-9));
    assertThat(p.plus(new Prf(1, 1, 1))).isEqualTo(new Prf(9, 3, 5));
  }

  @Test
  void empty_counts_score_zero_not_nan() {
    assertThat(Prf.ZERO.f1()).isZero();
    assertThat(Prf.ZERO.format()).contains("F1 0.000");
  }
}
