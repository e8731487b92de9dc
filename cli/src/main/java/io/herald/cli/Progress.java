package io.herald.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on stderr: articles done of total, rate and time left. On a terminal one
 * line is redrawn in place ({@code \r}); otherwise (a log file, a pipe) a line is printed at every
 * batch commit and at least every {@code logEvery} nanoseconds, so logs stay short.
 */
final class Progress {
  /** How progress is shown. */
  enum Mode {
    /** One line redrawn in place, for terminals. */
    BAR,
    /** A line per commit and per interval, for logs. */
    LOG,
    /** Nothing but messages. */
    NONE
  }

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final Mode mode;
  private final int total;
  private final LongSupplier nanos;
  private final long logEvery;
  private final long start;
  private long lastDrawn = Long.MIN_VALUE;
  private int drawnWidth;
  private String loggedState = "";
  private int done;
  private int stored;
  private int failed;

  /**
   * @param total articles to analyse in this run
   * @param nanos the clock ({@link System#nanoTime} outside tests)
   * @param logEvery in {@link Mode#LOG}, the longest silence between two lines, in nanoseconds
   */
  Progress(PrintWriter err, Mode mode, int total, LongSupplier nanos, long logEvery) {
    this.err = err;
    this.mode = mode;
    this.total = total;
    this.nanos = nanos;
    this.logEvery = logEvery;
    this.start = nanos.getAsLong();
  }

  /** An article was analysed (or failed). */
  synchronized void articleDone(boolean ok) {
    done++;
    if (!ok) {
      failed++;
    }
    show(false);
  }

  /** A batch was committed: {@code count} more articles are stored. */
  synchronized void committed(int count) {
    stored += count;
    show(true);
  }

  /** Articles that analysed but could not be stored. */
  synchronized void storeFailed(int count) {
    failed += count;
  }

  /** Redraws the bar or prints a log line when due; called on a timer too, to move the ETA. */
  synchronized void tick() {
    show(false);
  }

  /** Prints a message on its own line, keeping the bar below it. */
  synchronized void message(String text) {
    clearBar();
    err.println(text);
    err.flush();
    if (mode == Mode.BAR && lastDrawn != Long.MIN_VALUE) {
      draw();
    }
  }

  /** Ends the bar's line; log mode prints the final figures. */
  synchronized void finish() {
    if (mode == Mode.BAR && lastDrawn != Long.MIN_VALUE) {
      draw();
      err.println();
    } else if (mode == Mode.LOG && !loggedState.equals(state())) {
      err.println(line());
    }
    err.flush();
  }

  private void show(boolean commit) {
    long now = nanos.getAsLong();
    switch (mode) {
      case BAR -> {
        if (commit || lastDrawn == Long.MIN_VALUE || now - lastDrawn >= REDRAW_NANOS) {
          lastDrawn = now;
          draw();
        }
      }
      case LOG -> {
        if (commit
            || lastDrawn == Long.MIN_VALUE && now - start >= logEvery
            || lastDrawn != Long.MIN_VALUE && now - lastDrawn >= logEvery) {
          lastDrawn = now;
          loggedState = state();
          err.println(line());
          err.flush();
        }
      }
      case NONE -> {}
    }
  }

  /** The counts a log line shows, to avoid printing the same final line twice. */
  private String state() {
    return done + "/" + stored + "/" + failed;
  }

  private void draw() {
    String text = bar() + " " + line();
    int pad = Math.max(0, drawnWidth - text.length());
    err.print("\r" + text + " ".repeat(pad));
    err.flush();
    drawnWidth = text.length();
  }

  private void clearBar() {
    if (mode == Mode.BAR && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      drawnWidth = 0;
    }
  }

  private String bar() {
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
  }

  /** {@code 12/50 articles (24%), 10 stored, 0 failed, 0.85 articles/s, ETA 0:45}. */
  String line() {
    double seconds = (nanos.getAsLong() - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    String eta;
    if (done >= total) {
      eta = "done in " + duration(seconds);
    } else if (done == 0 || rate <= 0) {
      eta = "ETA unknown";
    } else {
      eta = "ETA " + duration((total - done) / rate);
    }
    return String.format(
        Locale.ROOT,
        "%d/%d articles (%d%%), %d stored, %d failed, %.2f articles/s, %s",
        done,
        total,
        total == 0 ? 100 : 100L * done / total,
        stored,
        failed,
        rate,
        eta);
  }

  /** {@code 0:45}, {@code 12:03}, {@code 2:05:00}. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    long h = s / 3600;
    long m = s % 3600 / 60;
    long sec = s % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
        : String.format(Locale.ROOT, "%d:%02d", m, sec);
  }
}
