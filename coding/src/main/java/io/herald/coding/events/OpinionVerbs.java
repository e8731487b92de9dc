package io.herald.coding.events;

import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs that state an opinion when a clause follows them: "I think he needs to remember", "he
 * argued the minister should have volunteered a statement", "he insisted he did not know the poll
 * date". PETRARCH's dictionary codes the bare verbs as consulting (THINK, 040), disapproving
 * (ARGUE, 110) and demanding (INSIST, 100), which fits "argued with", "insisted on" and "thought
 * over", not a view put in words. The speech is kept as a quotation; the clause's own event, if
 * any, is coded from its own verb.
 */
final class OpinionVerbs {
  private OpinionVerbs() {}

  private static final Set<String> LEMMAS = Set.of("think", "feel", "reckon", "argue", "insist");

  /**
   * Whether verb {@code v}, matched by the PETRARCH pattern {@code m}, only states an opinion: an
   * opinion verb matched bare (no pattern of its own), with a clause after it and no partner
   * ("argue with", "insist on") or object.
   */
  static boolean statesOpinion(Sentence s, Token v, PetrarchVerbDictionary.Match m) {
    if (!LEMMAS.contains(v.lemma().toLowerCase(Locale.ROOT)) || m.rule().contains(":")) {
      return false;
    }
    boolean clause =
        !s.children(v.index(), "ccomp").isEmpty() || !s.children(v.index(), "parataxis").isEmpty();
    boolean partner =
        !s.children(v.index(), "obj").isEmpty()
            || !s.children(v.index(), "obl:with").isEmpty()
            || !s.children(v.index(), "obl:on").isEmpty()
            || !s.children(v.index(), "obl:against").isEmpty();
    return clause && !partner;
  }
}
