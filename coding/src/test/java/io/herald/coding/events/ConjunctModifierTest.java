package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import org.junit.jupiter.api.Test;

/**
 * "Ithilen's sheep and goats of Gondor warned": the parser hangs "of Gondor" on the first conjunct;
 * it names the bare conjunct it follows, which is a source of its own.
 */
class ConjunctModifierTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ITHILEN [ITH]\nGONDOR [GON]\nOSGILIATH [OSG]\n", "--- WARN  [160] ---\nWARN\n", false);

  @Test
  void an_of_phrase_after_a_bare_conjunct_names_it() {
    ParsedArticle p =
        OneSentence.parse(
            "Ithilen's sheep and goats of Gondor warned Osgiliath.",
            "Ithilen/NNP 's/POS sheep/NN and/CC goats/NNS of/IN Gondor/NNP warned/VBD/warn"
                + " Osgiliath/NNP ./.",
            "2>0:nmod:poss",
            "0>1:case",
            "7>2:nsubj",
            "4>3:cc",
            "2>4:conj:and",
            "6>5:case",
            "2>6:nmod:of",
            "-1>7:root",
            "7>8:obj",
            "7>9:punct");
    assertThat(CODER.code(p).events().stream().map(PetrarchFixtures::triple))
        .containsExactlyInAnyOrder("ITH OSG 160", "GON OSG 160");
  }
}
