package io.herald.coding.events;

import static io.herald.coding.events.TriggeredEvents.codes;
import static io.herald.coding.events.TriggeredEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.events.TriggeredEvents.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offers of words: offering congratulations is praise (CAMEO 051) and offering condolences an
 * empathetic comment (018), not an intent to cooperate (030) as "offer" alone. Invented sentences,
 * with the tokens, tags and dependencies CoreNLP 4.5.10 gives them.
 */
class OfferedWordsTest {
  @Test
  void offering_congratulations_is_praise() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro offered his congratulations to the new Ugandan president.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON offered/VBD/offer "
                + "his/PRP$/he congratulations/NNS/congratulation to/IN the/DT new/JJ "
                + "Ugandan/JJ/Ugandan/NATIONALITY president/NN/president/TITLE ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>6:obj",
            "4>11:obl:to",
            "4>12:punct",
            "6>5:nmod:poss",
            "11>7:case",
            "11>8:det",
            "11>9:amod",
            "11>10:amod");
    assertThat(codes(found, "offered")).containsExactly("051");
  }

  @Test
  void offering_condolences_is_an_empathetic_comment() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro offered his condolences to the families of the victims.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON offered/VBD/offer "
                + "his/PRP$/he condolences/NNS/condolence to/IN the/DT "
                + "families/NNS/family of/IN the/DT victims/NNS/victim ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>6:obj",
            "4>9:obl:to",
            "4>13:punct",
            "6>5:nmod:poss",
            "9>7:case",
            "9>8:det",
            "9>12:nmod:of",
            "12>10:case",
            "12>11:det");
    assertThat(codes(found, "offered")).containsExactly("018");
  }

  @Test
  void offering_to_mediate_stays_an_intent_to_mediate() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro offered to mediate between the two sides.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON offered/VBD/offer to/TO "
                + "mediate/VB between/IN the/DT two/CD/two/NUMBER sides/NNS/side ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>6:xcomp",
            "4>11:punct",
            "6>3:nsubj:xsubj",
            "6>5:mark",
            "6>10:obl:between",
            "10>7:case",
            "10>8:det",
            "10>9:nummod");
    assertThat(codes(found, "mediate")).containsExactly("036");
  }
}
