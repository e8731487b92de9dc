package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A to-infinitive the parser hung as an adverbial clause ("vowed on Thursday to wage war on X")
 * continues the verb's phrase: its words count toward the verb's pattern and its object can be the
 * target.
 */
class InfinitiveClauseTest {
  private static final ArticleCoder CODER = coder();

  private static ArticleCoder coder() {
    return PetrarchFixtures.coder(
        "ITHILEN [ITH]\nROHAN [ROH]\nGONDOR [GON]\n",
        "--- VOW  [030] ---\nVOW\n- * WAR  [138]\n",
        false);
  }

  private static List<String> coded(String subjectOfWage, String subjectNer) {
    String text = "Ithilen vowed on " + subjectOfWage + " to wage war on Rohan.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Ithilen/NNP vowed/VBD/vow on/IN "
                + subjectOfWage
                + "/NNP//"
                + subjectNer
                + " to/TO wage/VB war/NN on/IN Rohan/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "5>2:mark",
            "5>3:nsubj",
            "5>4:mark",
            "1>5:advcl:to",
            "5>6:obj",
            "8>7:case",
            "5>8:obl:on",
            "1>9:punct");
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  @Test
  void a_time_word_taken_for_its_subject_leaves_the_infinitive_the_verbs() {
    assertThat(coded("Thursday", "DATE")).contains("ITH ROH 138");
  }

  @Test
  void an_infinitive_clause_with_a_subject_of_its_own_stays_apart() {
    assertThat(coded("Gondor", "O")).doesNotContain("ITH ROH 138");
  }
}
