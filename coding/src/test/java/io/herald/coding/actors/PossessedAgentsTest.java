package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.coding.Coding;
import io.herald.coding.quotes.Parse;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import org.junit.jupiter.api.Test;

/** "their forces" in a reported clause are the forces of the subject of the clause above. */
class PossessedAgentsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void a_possessed_agent_in_a_reported_clause_belongs_to_the_reporting_subject() {
    String text = "Kenyans said their forces had completed their withdrawal.";
    ParsedArticle p =
        new Parse(text)
            .sentence(
                "Kenyans/NNPS/kenyan/NATIONALITY said/VBD/say their/PRP$/they forces/NNS/force"
                    + " had/VBD/have completed/VBN/complete their/PRP$/they"
                    + " withdrawal/NN/withdrawal ./.",
                "1>0:nsubj",
                "-1>1:root",
                "3>2:nmod:poss",
                "5>3:nsubj",
                "5>4:aux",
                "1>5:ccomp",
                "7>6:nmod:poss",
                "5>7:obj",
                "1>8:punct")
            .build();

    Coding coded = CODER.code(p);

    assertThat(coded.events()).isNotEmpty();
    Event withdrawal = coded.events().get(0);
    assertThat(withdrawal.source()).extracting(x -> x.code().value()).containsExactly("KENMIL");
  }
}
