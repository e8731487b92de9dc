package io.herald.coding.actors;

import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;

/**
 * The bundled actor lexicon, loaded once for all the actor tests of a test run: each copy holds the
 * Phoenix dictionaries, and one per test class exhausted the test heap.
 */
final class BundledLexicon {
  private BundledLexicon() {}

  static final ActorLexicon LEXICON = ActorLexicon.load(Countries.load());

  /**
   * The codes of the actors at token {@code token} of the first sentence, resolved with no role
   * store.
   */
  static List<String> codesAt(ParsedArticle p, int token) {
    ActorTable table = new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE);
    return table.at(0, token).stream().map(d -> d.code().value()).toList();
  }
}
