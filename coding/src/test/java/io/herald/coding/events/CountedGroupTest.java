package io.herald.coding.events;

import static io.herald.coding.events.TriggeredEvents.dyads;
import static io.herald.coding.events.TriggeredEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.events.TriggeredEvents.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "A company of 80 soldiers": an agent noun that counts the people of its "of" phrase is a unit of
 * them, not a firm (the actor composer's counted groups). Invented sentence, with the tokens, tags
 * and dependencies CoreNLP 4.5.10 gives it.
 */
class CountedGroupTest {
  @Test
  void a_company_of_soldiers_is_a_military_unit() {
    List<Found> found =
        events(
            "A company of 80 Kenyan soldiers was sent to guard the embassy in Kampala.",
            "A/DT company/NN of/IN 80/CD/80/NUMBER Kenyan/JJ/Kenyan/NATIONALITY "
                + "soldiers/NNS/soldier was/VBD/be sent/VBN/send to/TO guard/VB the/DT "
                + "embassy/NN in/IN Kampala/NNP/Kampala/CITY ./.",
            "-1>7:root",
            "1>0:det",
            "1>5:nmod:of",
            "7>1:nsubj:pass",
            "7>6:aux:pass",
            "7>9:xcomp",
            "7>14:punct",
            "9>1:nsubj:xsubj",
            "9>8:mark",
            "9>11:obj",
            "5>2:case",
            "5>3:nummod",
            "5>4:amod",
            "11>10:det",
            "11>13:nmod:in",
            "13>12:case");
    assertThat(dyads(found, "guard")).containsExactly("KENMIL>UGAGOV");
  }
}
