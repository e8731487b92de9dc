package io.herald.coding.actors;

import io.herald.model.codes.Countries;

/**
 * The bundled actor lexicon, loaded once for all the actor tests of a test run: each copy holds the
 * Phoenix dictionaries, and one per test class exhausted the test heap.
 */
final class BundledLexicon {
  private BundledLexicon() {}

  static final ActorLexicon LEXICON = ActorLexicon.load(Countries.load());
}
