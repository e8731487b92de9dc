package io.herald.coding.actors;

import io.herald.model.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name a quality, a stance or an identity paper of whoever owns them, not a group that
 * acts: "China's assertiveness", "his Zambian passport", "Iran's hostility". A country that only
 * modifies or possesses such a noun is not the actor of the phrase: "China's assertiveness raised
 * concerns" is no act of China, and "travelling on her Ugandan passport" goes nowhere near Uganda.
 * Agent nouns ("Chinese officials") and named groups are decided before this is asked.
 */
final class AttributeNouns {
  private AttributeNouns() {}

  /** Endings of abstract nouns of quality or doctrine: assertive-ness, hostil-ity, national-ism. */
  private static final List<String> ENDINGS = List.of("ness", "ity", "ities", "ism", "isms");

  /** Nouns with those endings that name groups or bodies of people: "the Jewish community". */
  private static final Set<String> GROUPS =
      Set.of(
          "community",
          "communities",
          "majority",
          "minority",
          "minorities",
          "authority",
          "authorities",
          "university",
          "universities",
          "charity",
          "charities",
          "business",
          "businesses",
          "witness",
          "witnesses",
          "fraternity",
          "celebrity",
          "celebrities",
          "entity",
          "entities");

  /** Papers and traits of identity, and stances, that belong to their owner. */
  private static final Set<String> OWNED =
      Set.of(
          "passport",
          "passports",
          "visa",
          "visas",
          "citizenship",
          "residency",
          "nationality",
          "identity",
          "accent",
          "ancestry",
          "descent",
          "origin",
          "origins",
          "heritage",
          "roots",
          "background",
          "name",
          "surname",
          "reputation",
          "image",
          "character",
          "temperament",
          "mood",
          "attitude",
          "attitudes",
          "stance",
          "ambition",
          "ambitions",
          "behaviour",
          "behavior");

  /** Whether {@code t} is such a noun (compared in lower case, on the word and its lemma). */
  static boolean names(Token t) {
    if (!t.isNoun() || t.isProperNoun()) {
      return false;
    }
    String word = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (GROUPS.contains(word) || GROUPS.contains(lemma)) {
      return false;
    }
    if (OWNED.contains(word) || OWNED.contains(lemma)) {
      return true;
    }
    return word.length() > 6 && ENDINGS.stream().anyMatch(word::endsWith);
  }
}
