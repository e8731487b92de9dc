package io.herald.coding.events;

import io.herald.coding.ArticleCoder;
import io.herald.coding.actors.ActorLexicon;
import io.herald.coding.actors.PetrarchActorDictionary;
import io.herald.coding.actors.PetrarchAgentDictionary;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/** Article coders built from small PETRARCH dictionaries written inline in a test. */
final class PetrarchFixtures {
  private PetrarchFixtures() {}

  /**
   * A coder with only the given actor and verb dictionaries (no agents, no curated lexicon).
   *
   * @param ownCodes keep the verb dictionary's codes CAMEO does not define
   */
  static ArticleCoder coder(String actors, String verbs, boolean ownCodes) {
    try {
      ActorLexicon lexicon =
          ActorLexicon.fromPetrarch(
              PetrarchActorDictionary.read(new StringReader(actors), "actors.txt"),
              PetrarchAgentDictionary.read(new StringReader(""), "agents.txt"));
      PetrarchVerbDictionary dictionary =
          PetrarchVerbDictionary.read(
              new StringReader(verbs), "verbs.txt", CameoCodebook.load(), ownCodes);
      return new ArticleCoder(
          lexicon,
          EventLexicon.of(List.of(), List.of()).withPetrarch(dictionary),
          dictionary.codebook());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An event as PETRARCH's tests write it: "source target code", {@code ---} for no target. */
  static String triple(Event e) {
    return e.source().get(0).code().value()
        + " "
        + (e.target().isEmpty() ? "---" : e.target().get(0).code().value())
        + " "
        + e.cameo().code();
  }
}
