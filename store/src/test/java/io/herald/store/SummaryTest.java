package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.store.Summary.CodeCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void formats_counts_and_top_codes_as_lines() {
    Summary summary =
        new Summary(
            2,
            5,
            6,
            4,
            1,
            5,
            3,
            2,
            List.of(new CodeCount("03", 1), new CodeCount("04", 1)),
            List.of(new CodeCount("JPNGOV", 2)));

    assertThat(summary.format())
        .isEqualTo(
            String.join(
                "\n",
                "articles        2",
                "actors          5",
                "events          6 (4 asserted)",
                "quotes          1",
                "places          5",
                "times           3",
                "errors          2",
                "top CAMEO root codes (asserted events):",
                "  03                1",
                "  04                1",
                "top actor codes (asserted events as source or target):",
                "  JPNGOV            2"));
  }

  @Test
  void says_none_when_there_are_no_events() {
    Summary empty = new Summary(0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());

    assertThat(empty.format()).contains("root codes (asserted events):\n  (none)\n");
    assertThat(empty.format()).endsWith("(none)");
  }
}
