package io.herald.eval.geo;

/** How predicted adjectival mentions ("Turkish", "Americans") are scored. */
public enum AdjectivalPolicy {
  /** As ordinary predictions: a hit when gold marks the word, a false positive when it does not. */
  COUNT,
  /** Left out before scoring, as a user who drops them would see the output. */
  DROP
}
