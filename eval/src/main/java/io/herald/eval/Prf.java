package io.herald.eval;

import java.util.Locale;

/**
 * True positives, false positives and false negatives, and the precision, recall and F1 they give.
 */
public record Prf(long tp, long fp, long fn) {
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn);
    }
  }

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** "P 0.912 R 0.874 F1 0.893 (tp 812, fp 78, fn 117)". */
  public String format() {
    return String.format(
        Locale.ROOT,
        "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
        precision(),
        recall(),
        f1(),
        tp,
        fp,
        fn);
  }
}
