package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With PETRARCH dictionaries alone, a name no dictionary codes is no actor, and PETRARCH's target
 * search reads on into a clause set after the object: "restored ties with Gxndor five years after
 * Calenardhon crowds burned its embassy" is aimed at Calenardhon.
 */
class LaterClauseTargetTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ARNOR [ARN]\nCALENARDHON [CAL]\nGONDOR [GON]\n",
          "--- RESTORE  [064] ---\nRESTORE\n",
          false);

  private static List<String> triples(String partner, String partnerTag) {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor restored ties with "
                + partner
                + " five years after Calenardhon crowds burned its embassy.",
            "Arnor/NNP restored/VBD/restore ties/NNS/tie with/IN "
                + partner
                + "/NNP/"
                + partner.toLowerCase(java.util.Locale.ROOT)
                + "/"
                + partnerTag
                + " five/CD years/NNS/year after/IN Calenardhon/NNP crowds/NNS/crowd"
                + " burned/VBD/burn its/PRP$ embassy/NN ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "4>3:case",
            "2>4:nmod:with",
            "6>5:nummod",
            "10>6:dep",
            "10>7:mark",
            "9>8:compound",
            "10>9:nsubj",
            "2>10:acl:after",
            "12>11:nmod:poss",
            "10>12:obj",
            "1>13:punct");
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  @Test
  void an_uncoded_partner_gives_way_to_the_actor_of_the_clause_after_the_object() {
    assertThat(triples("Gxndor", "PERSON")).containsExactly("ARN CAL 064");
  }

  @Test
  void a_coded_partner_stays_the_target() {
    assertThat(triples("Gondor", "O")).containsExactly("ARN GON 064");
  }
}
