package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.coding.actors.ActorLexicon;
import io.herald.coding.actors.PetrarchActorDictionary;
import io.herald.coding.actors.PetrarchAgentDictionary;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A noun in a PETRARCH pattern matches the sentence's noun in that form only, as PETRARCH matches
 * the words of the text, when PETRARCH dictionaries are used alone: "* EFFORT" is not "abandoned
 * efforts", which keeps the verb's own code. The bundled lexicon also matches by lemma.
 */
class NounFormTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ARNOR [ARN]\nGONDOR [GON]\n",
          """
          --- FROBNICATE  [111] ---
          FROBNICATE
          - * EFFORT  [112]
          """,
          false);

  /** The bundled lexicon consulting the same dictionary for verbs it has no pattern of. */
  private static final ArticleCoder LENIENT = lenient();

  private static ArticleCoder lenient() {
    try {
      CameoCodebook codebook = CameoCodebook.load();
      return new ArticleCoder(
          ActorLexicon.fromPetrarch(
              PetrarchActorDictionary.read(
                  new StringReader("ARNOR [ARN]\nGONDOR [GON]\n"), "actors.txt"),
              PetrarchAgentDictionary.read(new StringReader(""), "agents.txt")),
          EventLexicon.load(codebook)
              .withPetrarch(
                  PetrarchVerbDictionary.read(
                      new StringReader(
                          "--- FROBNICATE  [111] ---\nFROBNICATE\n- * EFFORT  [112]\n"),
                      "verbs.txt",
                      codebook)),
          codebook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> codes(String noun) {
    return codes(CODER, noun);
  }

  private static List<String> codes(ArticleCoder coder, String noun) {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor frobnicated " + noun + " with Gondor.",
            "Arnor/NNP frobnicated/VBD/frobnicate " + noun + "/NN/effort with/IN Gondor/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "4>3:case",
            "1>4:obl:with",
            "1>5:punct");
    return coder.code(p).events().stream().map(e -> e.cameo().code()).toList();
  }

  @Test
  void the_nouns_own_form_matches() {
    assertThat(codes("effort")).containsExactly("112");
  }

  @Test
  void another_form_of_the_noun_does_not() {
    assertThat(codes("efforts")).containsExactly("111");
  }

  @Test
  void the_bundled_lexicon_matches_the_nouns_lemma_as_well() {
    assertThat(codes(LENIENT, "efforts")).containsExactly("112");
  }
}
