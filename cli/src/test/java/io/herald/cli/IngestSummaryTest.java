package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestSummaryTest {
  @Test
  void summary_counts_stored_skipped_and_failed_with_the_rate_after_loading() {
    IngestPlan plan = new IngestPlan(new java.util.BitSet(), List.of(), 2, 1, List.of());

    assertThat(IngestCommand.summary(new Ingester.Tally(48, 1), plan, 2, 200.0, 40.0, 160.0))
        .isEqualTo(
            "herald ingest: 48 stored, 2 skipped as already present, 1 repeated in the input,"
                + " 3 failed (2 unreadable inputs); elapsed 200.0 s (models 40.0 s),"
                + " 0.300 articles/s");
  }

  @Test
  void a_run_with_nothing_to_analyse_has_no_rate() {
    IngestPlan plan = new IngestPlan(new java.util.BitSet(), List.of(), 50, 0, List.of());

    assertThat(IngestCommand.summary(new Ingester.Tally(0, 0), plan, 0, 8.1, 0, 0))
        .isEqualTo(
            "herald ingest: 0 stored, 50 skipped as already present, 0 failed; elapsed 8.1 s");
  }
}
