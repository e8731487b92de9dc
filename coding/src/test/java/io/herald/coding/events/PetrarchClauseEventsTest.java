package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With PETRARCH dictionaries alone: a clause dating another ("five years after Calenardhon attacked
 * Gondor") is coded when the verb it dates has no code, as PETRARCH folds a subordinate event into
 * a coded verb above it only; and an event with no actor target is kept only when a phrase after
 * the verb fills the target slot ("said on Saturday", not "said today").
 */
class PetrarchClauseEventsTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ARNOR [ARN]\nCALENARDHON [CAL]\nGONDOR [GON]\n",
          "--- ATTACK  [190] ---\nATTACK\n\n--- RESTORE  [064] ---\nRESTORE\n\n"
              + "--- SAY  [023] ---\nSAY\n",
          false);

  private static List<String> triples(ParsedArticle p) {
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  private static ParsedArticle dated(String verb, String lemma) {
    return OneSentence.parse(
        "Arnor " + verb + " ties five years after Calenardhon attacked Gondor.",
        "Arnor/NNP "
            + verb
            + "/VBD/"
            + lemma
            + " ties/NNS five/CD years/NNS/year after/IN Calenardhon/NNP attacked/VBD/attack"
            + " Gondor/NNP ./.",
        "1>0:nsubj",
        "-1>1:root",
        "1>2:obj",
        "4>3:nummod",
        "7>4:obl:npmod",
        "7>5:mark",
        "7>6:nsubj",
        "1>7:advcl:after",
        "7>8:obj",
        "1>9:punct");
  }

  @Test
  void a_dating_clause_is_coded_when_the_verb_it_dates_is_not() {
    assertThat(triples(dated("improved", "improve"))).containsExactly("CAL GON 190");
  }

  @Test
  void a_dating_clause_is_folded_into_a_coded_verb() {
    assertThat(triples(dated("restored", "restore"))).containsExactly("ARN --- 064");
  }

  @Test
  void a_bare_time_word_fills_no_target_slot() {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor said today.",
            "Arnor/NNP said/VBD/say today/NN ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obl:tmod",
            "1>3:punct");
    assertThat(triples(p)).isEmpty();
  }

  @Test
  void a_phrase_after_the_verb_fills_the_target_slot() {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor said on Saturday.",
            "Arnor/NNP said/VBD/say on/IN Saturday/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:case",
            "1>3:obl:on",
            "1>4:punct");
    assertThat(triples(p)).containsExactly("ARN --- 023");
  }
}
