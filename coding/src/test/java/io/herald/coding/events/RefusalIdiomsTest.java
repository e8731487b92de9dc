package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker who reports a course "out of the question" or "off the table" rejects it (CAMEO 120),
 * aimed at the actor the course concerns; a plain judgement ("was unacceptable") is no rejection.
 * Sentences written for the test, with CoreNLP 4.5.10's tokens, tags and dependencies.
 */
class RefusalIdiomsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> refusals(String text, String tokens, String... deps) {
    return CODER.code(OneSentence.parse(text, tokens, deps)).events().stream()
        .filter(e -> e.evidence().rule().equals("event.refusal.idiom"))
        .toList();
  }

  @Test
  void a_course_out_of_the_question_is_rejected() {
    List<Event> found =
        refusals(
            "Kenyan officials said on Monday that lifting the embargo on Uganda is out of the"
                + " question.",
            "Kenyan/JJ/Kenyan/NATIONALITY officials/NNS/official said/VBD/say on/IN/on"
                + " Monday/NNP/Monday/DATE that/IN/that lifting/VBG/lift the/DT/the"
                + " embargo/NN/embargo on/IN/on Uganda/NNP/Uganda/COUNTRY is/VBZ/be out/IN/out"
                + " of/IN/of the/DT/the question/NN/question ./.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>4:obl:on",
            "2>15:ccomp",
            "2>16:punct",
            "4>3:case",
            "15>5:mark",
            "15>6:csubj",
            "15>11:cop",
            "15>12:case",
            "15>14:det",
            "6>8:obj",
            "8>7:det",
            "8>10:nmod:on",
            "10>9:case",
            "12>13:fixed");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).cameo().code()).isEqualTo("120");
    assertThat(found.get(0).source()).extracting(p -> p.code().value()).containsExactly("KENGOV");
    assertThat(found.get(0).target()).extracting(p -> p.code().value()).containsExactly("UGA");
  }

  @Test
  void talks_off_the_table_are_rejected() {
    List<Event> found =
        refusals(
            "The Kenyan government said talks with Uganda were off the table.",
            "The/DT/the Kenyan/JJ/Kenyan/NATIONALITY government/NN/government said/VBD/say"
                + " talks/NNS/talk with/IN/with Uganda/NNP/Uganda/COUNTRY were/VBD/be off/IN/off"
                + " the/DT/the table/NN/table ./.",
            "-1>3:root",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "3>10:ccomp",
            "3>11:punct",
            "10>4:nsubj",
            "10>7:cop",
            "10>8:case",
            "10>9:det",
            "4>6:nmod:with",
            "6>5:case");
    assertThat(found).extracting(e -> e.cameo().code()).containsExactly("120");
  }

  @Test
  void a_proposal_called_unacceptable_is_no_rejection_idiom() {
    List<Event> found =
        refusals(
            "Kenyan officials said the Ugandan proposal was unacceptable.",
            "Kenyan/JJ/Kenyan/NATIONALITY officials/NNS/official said/VBD/say the/DT/the"
                + " Ugandan/JJ/Ugandan/NATIONALITY proposal/NN/proposal was/VBD/be"
                + " unacceptable/JJ/unacceptable ./.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>7:ccomp",
            "2>8:punct",
            "5>3:det",
            "5>4:amod",
            "7>5:nsubj",
            "7>6:cop");
    assertThat(found).isEmpty();
  }
}
