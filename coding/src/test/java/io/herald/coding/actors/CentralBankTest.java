package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The Bank of Japan" is Japan's central bank, a public body coded as the government ({@code
 * JPNGOV}), not a Japanese company. A made-up sentence, tagged and parsed as CoreNLP does such
 * ones.
 */
class CentralBankTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  private static final ParsedArticle RATES =
      HandParse.of(
          "The Bank of Japan raised interest rates on Tuesday, and the Bank of Canada held its rate.",
          "The/DT Bank/NNP/ORGANIZATION of/IN/ORGANIZATION Japan/NNP/ORGANIZATION raised/VBD"
              + " interest/NN rates/NNS on/IN Tuesday/NNP/DATE ,/, and/CC the/DT"
              + " Bank/NNP/ORGANIZATION of/IN/ORGANIZATION Canada/NNP/ORGANIZATION held/VBD its/PRP$"
              + " rate/NN ./.",
          "-1>4:root",
          "4>1:nsubj",
          "1>0:det",
          "1>3:nmod:of",
          "3>2:case",
          "4>6:obj",
          "6>5:compound",
          "4>8:obl:on",
          "8>7:case",
          "4>15:conj:and",
          "15>9:punct",
          "15>10:cc",
          "15>12:nsubj",
          "12>11:det",
          "12>14:nmod:of",
          "14>13:case",
          "15>17:obj",
          "17>16:nmod:poss",
          "4>18:punct");

  private static List<String> codesAt(int token) {
    return BundledLexicon.codesAt(RATES, token);
  }

  @Test
  void the_bank_of_a_country_is_its_government() {
    assertThat(codesAt(1)).containsExactly("JPNGOV");
    assertThat(codesAt(3)).containsExactly("JPNGOV");
    assertThat(codesAt(12)).containsExactly("CANGOV");
  }
}
