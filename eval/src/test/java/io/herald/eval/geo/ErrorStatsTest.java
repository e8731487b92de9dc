package io.herald.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorStatsTest {
  @Test
  void perfect_resolution_has_zero_auc_and_full_accuracy() {
    ErrorStats s = ErrorStats.of(List.of(0.0, 0.0, 0.0));
    assertThat(s.auc()).isZero();
    assertThat(s.accuracy161()).isEqualTo(1.0);
  }

  @Test
  void maximal_errors_have_auc_one() {
    ErrorStats s = ErrorStats.of(List.of(ErrorStats.MAX_ERROR_KM, ErrorStats.MAX_ERROR_KM));
    assertThat(s.auc()).isCloseTo(1.0, within(1e-4));
    assertThat(s.accuracy161()).isZero();
  }

  @Test
  void takes_the_median_of_an_even_count_as_the_mean_of_the_middle_two() {
    ErrorStats s = ErrorStats.of(List.of(400.0, 0.0, 100.0, 10.0));
    assertThat(s.medianKm()).isEqualTo(55.0);
    assertThat(s.meanKm()).isEqualTo(127.5);
    assertThat(s.accuracy161()).isEqualTo(0.75);
  }

  @Test
  void integrates_the_scaled_log_errors_with_the_trapezoid_rule() {
    ErrorStats s = ErrorStats.of(List.of(0.0, ErrorStats.MAX_ERROR_KM - 1));
    assertThat(s.auc()).isCloseTo(0.5, within(1e-4));
  }

  @Test
  void has_zero_figures_when_empty() {
    assertThat(ErrorStats.of(List.of())).isEqualTo(new ErrorStats(0, 0, 0, 0, 0));
  }
}
