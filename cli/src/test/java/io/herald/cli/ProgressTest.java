package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong now = new AtomicLong(1000 * SECOND);
  private final StringWriter out = new StringWriter();

  private Progress progress(Progress.Mode mode, int total) {
    return new Progress(new PrintWriter(out), mode, total, now::get, 30 * SECOND);
  }

  @Test
  void line_shows_done_total_rate_and_time_left() {
    Progress p = progress(Progress.Mode.NONE, 50);
    now.addAndGet(10 * SECOND);
    for (int i = 0; i < 5; i++) {
      p.articleDone(true);
    }
    p.articleDone(false);
    p.committed(4);

    // 6 done in 10 s: 0.6/s, 44 left: 73 s.
    assertThat(p.line())
        .isEqualTo("6/50 articles (12%), 4 stored, 1 failed, 0.60 articles/s, ETA 1:13");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void terminal_bar_is_redrawn_in_place_and_messages_go_above_it() {
    Progress p = progress(Progress.Mode.BAR, 4);
    now.addAndGet(2 * SECOND);
    p.articleDone(true);
    p.committed(1);
    p.message("herald: failed x: bad");
    p.articleDone(true);
    now.addAndGet(SECOND);
    p.articleDone(true);
    p.articleDone(true);
    p.committed(3);
    p.finish();

    String s = out.toString();
    assertThat(s).startsWith("\r[######------------------] 1/4 articles (25%)");
    assertThat(s).contains(" \rherald: failed x: bad\n\r[######");
    assertThat(s.chars().filter(c -> c == '\n').count()).as("message and end").isEqualTo(2);
    assertThat(s)
        .endsWith("4/4 articles (100%), 4 stored, 0 failed, 1.33 articles/s, done in 0:03\n");
  }

  @Test
  void log_prints_a_line_per_commit_and_per_interval_not_per_article() {
    Progress p = progress(Progress.Mode.LOG, 100);
    for (int i = 0; i < 10; i++) {
      now.addAndGet(SECOND);
      p.articleDone(true);
    }
    assertThat(out.toString()).isEmpty();
    p.committed(10);
    for (int i = 0; i < 29; i++) {
      now.addAndGet(SECOND);
      p.tick();
    }
    assertThat(out.toString().lines()).hasSize(1);
    now.addAndGet(SECOND);
    p.tick();
    p.finish();

    assertThat(out.toString().lines())
        .containsExactly(
            "10/100 articles (10%), 10 stored, 0 failed, 1.00 articles/s, ETA 1:30",
            "10/100 articles (10%), 10 stored, 0 failed, 0.25 articles/s, ETA 6:00");
  }

  @Test
  void durations_read_as_clock_time() {
    assertThat(Progress.duration(5)).isEqualTo("0:05");
    assertThat(Progress.duration(754)).isEqualTo("12:34");
    assertThat(Progress.duration(7500)).isEqualTo("2:05:00");
  }
}
