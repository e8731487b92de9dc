package io.herald.coding.events;

import io.herald.coding.ArticleCoder;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;

/**
 * One coder with the bundled dictionaries for the test classes of this package that need no other:
 * each coder holds its own copy of the dictionaries, and the test JVM's heap has room for only so
 * many.
 */
final class BundledCoder {
  private BundledCoder() {}

  static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());
}
