package io.herald.eval.geo;

import io.herald.eval.Prf;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of one geoparsing evaluation.
 *
 * @param policy how adjectival predictions were scored
 * @param articles articles scored
 * @param exact recognition with exact span matches
 * @param overlap recognition with overlapping spans
 * @param all distance figures over every located gold toponym (missed ones at maximum error)
 * @param found distance figures over the gold toponyms Herald found (overlap match)
 * @param ignored predictions on gold toponyms without coordinates, left out
 */
public record GeoScores(
    AdjectivalPolicy policy,
    int articles,
    Prf exact,
    Prf overlap,
    ErrorStats all,
    ErrorStats found,
    int ignored) {
  public GeoScores {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(exact, "exact");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(found, "found");
  }

  /** A few lines for a terminal. */
  public String format() {
    return String.format(
        Locale.ROOT,
        "toponyms, exact spans:    %s%n"
            + "toponyms, overlapping:    %s%n"
            + "%s%n"
            + "%s%n"
            + "(%d predictions on gold toponyms without coordinates ignored)%n",
        exact.format(),
        overlap.format(),
        line("all gold toponyms", all),
        line("toponyms found", found),
        ignored);
  }

  private static String line(String what, ErrorStats s) {
    return String.format(
        Locale.ROOT,
        "%-24s n %5d  acc@161km %5.1f%%  mean %7.1f km  median %7.1f km  AUC %.3f",
        what + ":",
        s.n(),
        100 * s.accuracy161(),
        s.meanKm(),
        s.medianKm(),
        s.auc());
  }
}
