package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacking words, claims or policies is criticism (CAMEO 111), not the use of force (190). Parses
 * as CoreNLP gives them for sentences written after a BBC politics story.
 */
class AttackOnWordsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> attacks(String text, String tokens, String... deps) {
    return CODER.code(OneSentence.parse(text, tokens, deps)).events().stream()
        .filter(e -> text.substring(e.trigger().start(), e.trigger().end()).startsWith("attack"))
        .toList();
  }

  @Test
  void attacking_a_rivals_words_is_criticism_of_the_rival() {
    List<Event> found =
        attacks(
            "Mr Hale is expected to attack Mr Blair's words as he starts a tour.",
            "Mr/NNP Hale/NNP/Hale/PERSON is/VBZ/be expected/VBN/expect to/TO attack/VB"
                + " Mr/NNP Blair/NNP/Blair/PERSON 's/POS words/NNS/word as/IN he/PRP"
                + " starts/VBZ/start a/DT tour/NN ./.",
            "1>0:compound",
            "3>1:nsubj:pass",
            "3>2:aux:pass",
            "-1>3:root",
            "5>1:nsubj:xsubj",
            "5>4:mark",
            "3>5:xcomp",
            "7>6:compound",
            "7>8:case",
            "9>7:nmod:poss",
            "5>9:obj",
            "12>10:mark",
            "12>11:nsubj",
            "5>12:advcl:as",
            "14>13:det",
            "12>14:obj",
            "3>15:punct");
    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(e -> assertThat(e.cameo().code()).isEqualTo("111"));
  }

  @Test
  void attacking_the_lies_is_criticism() {
    List<Event> found =
        attacks(
            "Dr Hale accused Mr Blair of spreading lies and later attacking the lies.",
            "Dr/NNP Hale/NNP/Hale/PERSON accused/VBD/accuse Mr/NNP Blair/NNP/Blair/PERSON of/IN"
                + " spreading/VBG/spread lies/NNS/lie and/CC later/RB attacking/VBG/attack the/DT"
                + " lies/NNS/lie ./.",
            "1>0:compound",
            "2>1:nsubj",
            "-1>2:root",
            "4>3:compound",
            "2>4:obj",
            "6>5:mark",
            "2>6:advcl:of",
            "6>7:obj",
            "2>10:conj:and",
            "10>1:nsubj",
            "10>8:cc",
            "10>9:advmod",
            "12>11:det",
            "10>12:obj",
            "2>13:punct");
    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(e -> assertThat(e.cameo().code()).isEqualTo("111"));
  }

  @Test
  void attacking_a_partys_pledges_is_criticism() {
    List<Event> found =
        attacks(
            "Dr Hale attacked Labour's six new pledges as empty.",
            "Dr/NNP Hale/NNP/Hale/PERSON attacked/VBD/attack Labour/NNP/Labour/ORGANIZATION"
                + " 's/POS six/CD new/JJ pledges/NNS/pledge as/IN empty/JJ ./.",
            "1>0:compound",
            "2>1:nsubj",
            "-1>2:root",
            "7>3:nmod:poss",
            "3>4:case",
            "7>5:nummod",
            "7>6:amod",
            "2>7:obj",
            "9>8:mark",
            "2>9:advcl:as",
            "2>10:punct");
    assertThat(found).isNotEmpty();
    assertThat(found).allSatisfy(e -> assertThat(e.cameo().code()).isEqualTo("111"));
  }

  @Test
  void attacking_a_town_is_still_the_use_of_force() {
    List<Event> found =
        attacks(
            "Russian troops attacked Ukraine.",
            "Russian/JJ/russian/NATIONALITY troops/NNS/troop attacked/VBD/attack"
                + " Ukraine/NNP/Ukraine/COUNTRY ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "2>3:obj",
            "2>4:punct");
    assertThat(found).extracting(e -> e.cameo().code()).containsExactly("190");
  }
}
