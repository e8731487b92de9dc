package io.herald.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Row counts of a store and its most frequent codes.
 *
 * @param assertedEvents events that are neither negated nor hypothetical or intended: what default
 *     counts include
 * @param topRootCodes the five CAMEO root codes with most asserted events, most first
 * @param topActorCodes the five actor codes taking part (as source or target) in most asserted
 *     events, most first; an event counts once per code
 */
public record Summary(
    long articles,
    long actors,
    long events,
    long assertedEvents,
    long quotes,
    long places,
    long times,
    long errors,
    List<CodeCount> topRootCodes,
    List<CodeCount> topActorCodes) {

  /** A code and how many asserted events it has. */
  public record CodeCount(String code, long count) {
    public CodeCount {
      Objects.requireNonNull(code, "code");
    }
  }

  public Summary {
    topRootCodes = List.copyOf(topRootCodes);
    topActorCodes = List.copyOf(topActorCodes);
  }

  /** Readable multi-line text: lines separated by {@code \n}, without a trailing newline. */
  public String format() {
    List<String> lines = new ArrayList<>();
    lines.add(row("articles", articles));
    lines.add(row("actors", actors));
    lines.add(row("events", events) + String.format(Locale.ROOT, " (%d asserted)", assertedEvents));
    lines.add(row("quotes", quotes));
    lines.add(row("places", places));
    lines.add(row("times", times));
    lines.add(row("errors", errors));
    lines.add("top CAMEO root codes (asserted events):");
    codes(lines, topRootCodes);
    lines.add("top actor codes (asserted events as source or target):");
    codes(lines, topActorCodes);
    return String.join("\n", lines);
  }

  private static String row(String label, long count) {
    return String.format(Locale.ROOT, "%-8s %8d", label, count);
  }

  private static void codes(List<String> lines, List<CodeCount> counts) {
    if (counts.isEmpty()) {
      lines.add("  (none)");
    }
    for (CodeCount c : counts) {
      lines.add(String.format(Locale.ROOT, "  %-12s %6d", c.code(), c.count()));
    }
  }
}
