package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Ethiopia indicated it would act now with Libya": the pronoun subject of a reported clause is the
 * speaker, also when the parser took the reporting clause for the clausal subject of the reported
 * verb, and when the reported clause hangs under a later "an official said".
 */
class ReportingClauseTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ETHIOPIA [ETH]\nLIBYA [LBY]\nGONDOR [GON]\n",
          """
          --- ACT  [100] ---
          ACT
          - INDICATED WOULD * NOW  [036]
          """,
          false);

  private static final String TOKENS =
      "Ethiopia/NNP indicated/VBD/indicate it/PRP would/MD act/VB now/RB with/IN Libya/NNP";

  private static List<String> triples(ParsedArticle p) {
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  @Test
  void a_reporting_clause_misparsed_as_the_clausal_subject_gives_the_speaker() {
    ParsedArticle p =
        OneSentence.parse(
            "Ethiopia indicated it would act now with Libya.",
            TOKENS + " ./.",
            "1>0:nsubj",
            "4>1:csubj",
            "1>2:obj",
            "4>3:aux",
            "-1>4:root",
            "4>5:advmod",
            "7>6:case",
            "4>7:obl:with",
            "4>8:punct");
    assertThat(triples(p)).containsExactly("ETH LBY 036");
  }

  @Test
  void a_clausal_subject_without_a_pronoun_object_is_left_alone() {
    ParsedArticle p =
        OneSentence.parse(
            "Ethiopia indicated Gondor would act now with Libya.",
            "Ethiopia/NNP indicated/VBD/indicate Gondor/NNP would/MD act/VB now/RB with/IN"
                + " Libya/NNP ./.",
            "1>0:nsubj",
            "4>1:csubj",
            "1>2:obj",
            "4>3:aux",
            "-1>4:root",
            "4>5:advmod",
            "7>6:case",
            "4>7:obl:with",
            "4>8:punct");
    assertThat(ParseRepairs.repair(p).sentences().get(0)).isEqualTo(p.sentences().get(0));
  }

  @Test
  void a_pronoun_takes_the_actor_named_before_it_over_a_later_speaker() {
    ParsedArticle p =
        OneSentence.parse(
            "Ethiopia indicated it would act now with Libya, Gondor said.",
            TOKENS + " ,/, Gondor/NNP said/VBD/say ./.",
            "1>0:nsubj",
            "-1>1:root",
            "4>2:nsubj",
            "4>3:aux",
            "10>4:ccomp",
            "4>5:advmod",
            "7>6:case",
            "4>7:obl:with",
            "10>8:punct",
            "10>9:nsubj",
            "1>10:parataxis",
            "1>11:punct");
    assertThat(triples(p)).contains("ETH LBY 036").doesNotContain("GON LBY 036");
  }
}
