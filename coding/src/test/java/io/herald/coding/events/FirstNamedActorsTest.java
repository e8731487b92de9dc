package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With PETRARCH dictionaries alone, a noun phrase naming two actors of different countries is coded
 * by the first ("Arnor's Elrond" is Arnor), as PETRARCH reads a phrase's words left to right; a
 * name of the head actor's own country leaves the head's code.
 */
class FirstNamedActorsTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ARNOR [ARN]\nELROND [ELF]\nELESSAR [ARNGOV]\nOSGILIATH [OSG]\n",
          "--- WELCOME  [041] ---\nWELCOME\n",
          false);

  private static List<String> triples(ParsedArticle p) {
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  private static ParsedArticle possessive(String head) {
    return OneSentence.parse(
        "Arnor's " + head + " welcomed Osgiliath.",
        "Arnor/NNP 's/POS " + head + "/NNP welcomed/VBD/welcome Osgiliath/NNP ./.",
        "2>0:nmod:poss",
        "0>1:case",
        "3>2:nsubj",
        "-1>3:root",
        "3>4:obj",
        "3>5:punct");
  }

  @Test
  void the_first_name_of_the_phrase_codes_it() {
    assertThat(triples(possessive("Elrond"))).containsExactly("ARN OSG 041");
  }

  @Test
  void a_name_of_the_heads_own_country_leaves_the_head() {
    assertThat(triples(possessive("Elessar"))).containsExactly("ARNGOV OSG 041");
  }
}
