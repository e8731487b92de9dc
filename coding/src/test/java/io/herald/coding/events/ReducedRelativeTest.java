package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A participle on the object ("welcomed memos sent by Bree") belongs to the object's phrase: its
 * words count toward the verb's pattern and its agent can be the target, also when the parser hung
 * the participle as a clause of its own with the object as its subject.
 */
class ReducedRelativeTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "CALENARDHON [CAL]\nBREE [BRE]\n",
          """
          --- WELCOME  [041] ---
          WELCOME
          - * CULTURAL_MEMOS  [042]
          - * ASSURANCES FROM  [043]
          """,
          false);

  private static List<String> triples(ParsedArticle p) {
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  private static ParsedArticle memosSentBy(String... participleArcs) {
    String[] arcs = new String[participleArcs.length + 5];
    arcs[0] = "1>0:nsubj";
    arcs[1] = "-1>1:root";
    arcs[2] = "3>2:amod";
    arcs[3] = "6>5:case";
    arcs[4] = "4>6:obl:by";
    System.arraycopy(participleArcs, 0, arcs, 5, participleArcs.length);
    return OneSentence.parse(
        "Calenardhon welcomed cultural memos sent by Bree.",
        "Calenardhon/NNP welcomed/VBD/welcome cultural/JJ memos/NNS/memo sent/VBN/send by/IN"
            + " Bree/NNP",
        arcs);
  }

  @Test
  void a_participle_misparsed_as_a_clause_is_put_back_on_the_object() {
    // welcomed -dep-> sent -nsubj-> memos
    assertThat(triples(memosSentBy("1>4:dep", "4>3:nsubj"))).containsExactly("CAL BRE 042");
  }

  @Test
  void the_same_sentence_parsed_right_codes_the_same() {
    assertThat(triples(memosSentBy("1>3:obj", "3>4:acl"))).containsExactly("CAL BRE 042");
  }

  @Test
  void a_clause_with_an_auxiliary_is_a_clause() {
    ParsedArticle p =
        OneSentence.parse(
            "Calenardhon welcomed cultural memos were sent by Bree.",
            "Calenardhon/NNP welcomed/VBD/welcome cultural/JJ memos/NNS/memo were/VBD/be"
                + " sent/VBN/send by/IN Bree/NNP",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:amod",
            "1>5:dep",
            "5>3:nsubj",
            "5>4:aux:pass",
            "7>6:case",
            "5>7:obl:by");
    assertThat(triples(p)).doesNotContain("CAL BRE 042");
  }

  @Test
  void the_participles_preposition_counts_toward_the_pattern() {
    ParsedArticle p =
        OneSentence.parse(
            "Calenardhon welcomed assurances sent from Bree.",
            "Calenardhon/NNP welcomed/VBD/welcome assurances/NNS/assurance sent/VBN/send from/IN"
                + " Bree/NNP",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "2>3:acl",
            "5>4:case",
            "3>5:obl:from");
    assertThat(triples(p)).containsExactly("CAL BRE 043");
  }

  @Test
  void a_participle_on_an_oblique_is_not_the_verbs_phrase() {
    ParsedArticle p =
        OneSentence.parse(
            "Calenardhon welcomed them on assurances sent from Bree.",
            "Calenardhon/NNP welcomed/VBD/welcome them/PRP/they on/IN assurances/NNS/assurance"
                + " sent/VBN/send from/IN Bree/NNP",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "4>3:case",
            "1>4:obl:on",
            "4>5:acl",
            "7>6:case",
            "5>7:obl:from");
    assertThat(triples(p)).doesNotContain("CAL BRE 043");
  }
}
