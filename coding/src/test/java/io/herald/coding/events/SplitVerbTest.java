package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A multi-word verb ({@code WIRE_+TAP}) that the tagger split into a verb and its object noun is
 * still the dictionary's verb; a noun that follows another verb is not.
 */
class SplitVerbTest {
  private static final String ACTORS =
      """
      ARNOR [ARN]
      GONDOR [GON]
      """;

  private static final String VERBS =
      """
      --- CONFISCATE  [1711] ---
      CONFISCATE
      WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
      - * LINES [172]
      """;

  private static final ArticleCoder CODER = PetrarchFixtures.coder(ACTORS, VERBS, true);

  /** "Arnor will {verb} tap the lines of Gondor.", "tap" tagged as the verb's object noun. */
  private static List<String> triples(String verb) {
    String text = "Arnor will " + verb + " tap the lines of Gondor.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Arnor/NNP will/MD " + verb + "/VB tap/NN the/DT lines/NNS/line of/IN Gondor/NNP ./.",
            "2>0:nsubj",
            "2>1:aux",
            "-1>2:root",
            "2>3:obj",
            "5>4:det",
            "3>5:obj",
            "7>6:case",
            "5>7:nmod:of",
            "2>8:punct");
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  @Test
  void a_split_wire_tap_is_the_dictionary_verb() {
    assertThat(triples("wire")).containsExactly("ARN GON 172");
  }

  @Test
  void a_tap_after_another_verb_is_no_verb() {
    assertThat(triples("fix")).isEmpty();
  }
}
