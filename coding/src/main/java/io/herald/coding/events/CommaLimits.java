package io.herald.coding.events;

import java.util.Locale;

/**
 * PETRARCH's limits on comma-delimited clauses it deletes before coding, in words ({@code
 * comma_min}, {@code comma_max} for a clause between two commas; {@code comma_bmin}, {@code
 * comma_bmax} for one opening the sentence; {@code comma_emin}, {@code comma_emax} for one closing
 * it). A maximum of 0 turns that kind off.
 */
public record CommaLimits(int min, int max, int bmin, int bmax, int emin, int emax) {
  /** PETRARCH's defaults: inner and closing clauses of 2 to 8 words, opening ones kept. */
  public static final CommaLimits PETRARCH = new CommaLimits(2, 8, 0, 0, 2, 8);

  /** Nothing deleted. */
  public static final CommaLimits OFF = new CommaLimits(0, 0, 0, 0, 0, 0);

  /**
   * These limits with one PETRARCH option changed ({@code comma_max}, ...); an unknown option is an
   * error naming it.
   */
  public CommaLimits with(String option, int value) {
    return switch (option.toLowerCase(Locale.ROOT)) {
      case "comma_min" -> new CommaLimits(value, max, bmin, bmax, emin, emax);
      case "comma_max" -> new CommaLimits(min, value, bmin, bmax, emin, emax);
      case "comma_bmin" -> new CommaLimits(min, max, value, bmax, emin, emax);
      case "comma_bmax" -> new CommaLimits(min, max, bmin, value, emin, emax);
      case "comma_emin" -> new CommaLimits(min, max, bmin, bmax, value, emax);
      case "comma_emax" -> new CommaLimits(min, max, bmin, bmax, emin, value);
      default -> throw new IllegalArgumentException("no comma option " + option);
    };
  }
}
