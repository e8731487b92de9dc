package io.herald.eval.time;

import io.herald.eval.Prf;
import java.util.Locale;

/**
 * Counts from which the TempEval-3 figures follow: extraction precision, recall and F1 with strict
 * (identical span) and relaxed (overlapping span) matching, and value and type accuracy over the
 * relaxed matches. Value F1 counts a system expression as right when it overlaps a gold TIMEX3 and
 * has its value, so its precision is correct values over system expressions and its recall correct
 * values over gold TIMEX3s.
 */
public record TimexScores(
    long gold, long system, long strict, long relaxed, long valueCorrect, long typeCorrect) {
  public static final TimexScores ZERO = new TimexScores(0, 0, 0, 0, 0, 0);

  public TimexScores {
    if (gold < 0
        || system < 0
        || strict < 0
        || relaxed < strict
        || relaxed > Math.min(gold, system)
        || valueCorrect > relaxed
        || typeCorrect > relaxed
        || valueCorrect < 0
        || typeCorrect < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "inconsistent counts: gold %d, system %d, strict %d, relaxed %d, value %d, type %d",
              gold,
              system,
              strict,
              relaxed,
              valueCorrect,
              typeCorrect));
    }
  }

  /** The counts of one aligned document. */
  public static TimexScores of(TimexAlignment a) {
    long gold = a.matches().size() + a.missed().size();
    long system = a.matches().size() + a.spurious().size();
    return new TimexScores(
        gold, system, a.strictMatches(), a.matches().size(), a.valuesCorrect(), a.typesCorrect());
  }

  public TimexScores plus(TimexScores o) {
    return new TimexScores(
        gold + o.gold,
        system + o.system,
        strict + o.strict,
        relaxed + o.relaxed,
        valueCorrect + o.valueCorrect,
        typeCorrect + o.typeCorrect);
  }

  public Prf strictPrf() {
    return new Prf(strict, system - strict, gold - strict);
  }

  public Prf relaxedPrf() {
    return new Prf(relaxed, system - relaxed, gold - relaxed);
  }

  public Prf valuePrf() {
    return new Prf(valueCorrect, system - valueCorrect, gold - valueCorrect);
  }

  /** Share of relaxed matches with the gold value; 0 when nothing matched. */
  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
  }

  /** Share of relaxed matches with the gold type; 0 when nothing matched. */
  public double typeAccuracy() {
    return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
  }
}
