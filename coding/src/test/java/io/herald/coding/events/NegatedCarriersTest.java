package io.herald.coding.events;

import static io.herald.coding.events.TriggeredEvents.codes;
import static io.herald.coding.events.TriggeredEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.events.TriggeredEvents.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "that" clause under a negated verb of meaning or saying ("did not mean that", "did not say
 * that") is not asserted; under the same verb unnegated it is. Invented sentences, with the tokens,
 * tags and dependencies CoreNLP 4.5.10 gives them.
 */
class NegatedCarriersTest {
  @Test
  void a_clause_under_did_not_mean_that_is_not_asserted() {
    List<Found> found =
        events(
            "The sale did not mean that Chile had cut its ties with Peru, the minister said.",
            "The/DT/the sale/NN did/VBD/do not/RB mean/VB that/IN "
                + "Chile/NNP/Chile/COUNTRY had/VBD/have cut/VBN its/PRP$ ties/NNS/tie "
                + "with/IN Peru/NNP/Peru/COUNTRY ,/, the/DT minister/NN/minister/TITLE "
                + "said/VBD/say ./.",
            "-1>16:root",
            "1>0:det",
            "4>1:nsubj",
            "4>2:aux",
            "4>3:advmod",
            "4>8:ccomp",
            "16>4:ccomp",
            "16>13:punct",
            "16>15:nsubj",
            "16>17:punct",
            "8>5:mark",
            "8>6:nsubj",
            "8>7:aux",
            "8>10:obj",
            "10>9:nmod:poss",
            "10>12:nmod:with",
            "12>11:case",
            "15>14:det");
    assertThat(codes(found, "cut")).isEmpty();
  }

  @Test
  void the_same_clause_under_meant_that_is_asserted() {
    List<Found> found =
        events(
            "The sale meant that Chile had cut its ties with Peru, the minister said.",
            "The/DT/the sale/NN meant/VBD/mean that/IN Chile/NNP/Chile/COUNTRY "
                + "had/VBD/have cut/VBN its/PRP$ ties/NNS/tie with/IN "
                + "Peru/NNP/Peru/COUNTRY ,/, the/DT minister/NN/minister/TITLE "
                + "said/VBD/say ./.",
            "-1>14:root",
            "1>0:det",
            "2>1:nsubj",
            "2>6:ccomp",
            "14>2:ccomp",
            "14>11:punct",
            "14>13:nsubj",
            "14>15:punct",
            "6>3:mark",
            "6>4:nsubj",
            "6>5:aux",
            "6>8:obj",
            "8>7:nmod:poss",
            "8>10:nmod:with",
            "10>9:case",
            "13>12:det");
    assertThat(codes(found, "cut")).containsExactly("160");
  }
}
