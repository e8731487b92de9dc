package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A noun in a PETRARCH pattern matches the sentence's noun in that form only, as PETRARCH matches
 * the words of the text: "* EFFORT" is not "abandoned efforts", which keeps the verb's own code.
 */
class NounFormTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ARNOR [ARN]\nGONDOR [GON]\n",
          """
          --- ABANDON  [111] ---
          ABANDON
          - * EFFORT  [112]
          """,
          false);

  private static List<String> codes(String noun) {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor abandoned " + noun + " with Gondor.",
            "Arnor/NNP abandoned/VBD/abandon " + noun + "/NN/effort with/IN Gondor/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "4>3:case",
            "1>4:obl:with",
            "1>5:punct");
    return CODER.code(p).events().stream().map(e -> e.cameo().code()).toList();
  }

  @Test
  void the_nouns_own_form_matches() {
    assertThat(codes("effort")).containsExactly("112");
  }

  @Test
  void another_form_of_the_noun_does_not() {
    assertThat(codes("efforts")).containsExactly("111");
  }
}
