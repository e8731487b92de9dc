package io.herald.eval.quotes;

import java.util.Locale;

/**
 * Speaker accuracy counts over gold attributions that have a source.
 *
 * @param gold gold attributions with a source
 * @param found those the system found a quote for (its quote overlaps the gold content)
 * @param correct those whose system speaker is the gold source
 */
public record SpeakerCounts(int gold, int found, int correct) {
  public static final SpeakerCounts ZERO = new SpeakerCounts(0, 0, 0);

  public SpeakerCounts {
    if (gold < 0 || found < 0 || correct < 0 || found > gold || correct > found) {
      throw new IllegalArgumentException("counts " + gold + "/" + found + "/" + correct);
    }
  }

  public SpeakerCounts plus(SpeakerCounts o) {
    return new SpeakerCounts(gold + o.gold, found + o.found, correct + o.correct);
  }

  /** Correct speakers over all gold attributions: a quote not found counts as wrong. */
  public double accuracy() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** Correct speakers over the gold attributions the system found. */
  public double accuracyOnFound() {
    return found == 0 ? 0 : (double) correct / found;
  }

  /** "0.712 (203/285; 0.801 of 253 found)". */
  public String format() {
    return String.format(
        Locale.ROOT,
        "%.3f (%d/%d; %.3f of %d found)",
        accuracy(),
        correct,
        gold,
        accuracyOnFound(),
        found);
  }
}
