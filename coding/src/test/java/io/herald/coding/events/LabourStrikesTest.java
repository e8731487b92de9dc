package io.herald.coding.events;

import static io.herald.coding.events.TriggeredEvents.codes;
import static io.herald.coding.events.TriggeredEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.events.TriggeredEvents.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Workers' strikes are labour strikes (CAMEO 143), not the use of force that "strike" codes without
 * a modifier ({@link LabourStrikes}); a strike by jets stays force. Invented sentences, with the
 * tokens, tags and dependencies CoreNLP 4.5.10 gives them.
 */
class LabourStrikesTest {
  @Test
  void teachers_beginning_a_strike_over_pensions_is_a_labour_strike() {
    List<Found> found =
        events(
            "Kenyan teachers began a strike over pensions on Monday.",
            "Kenyan/JJ/Kenyan/NATIONALITY teachers/NNS/teacher began/VBD/begin a/DT "
                + "strike/NN over/IN pensions/NNS/pension on/IN Monday/NNP/Monday/DATE "
                + "./.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>4:obj",
            "2>9:punct",
            "4>3:det",
            "4>6:nmod:over",
            "4>8:nmod:on",
            "6>5:case",
            "8>7:case");
    assertThat(codes(found, "strike")).containsExactly("143");
  }

  @Test
  void nurses_joining_a_strike_over_pay_is_a_labour_strike() {
    List<Found> found =
        events(
            "Thousands of Kenyan nurses will join a strike over pay next month.",
            "Thousands/NNS/thousand of/IN Kenyan/JJ/Kenyan/NATIONALITY "
                + "nurses/NNS/nurse will/MD join/VB a/DT strike/NN over/IN pay/NN "
                + "next/JJ/next/DATE month/NN/month/DATE ./.",
            "-1>5:root",
            "3>0:det:qmod",
            "3>2:amod",
            "0>1:fixed",
            "5>3:nsubj",
            "5>4:aux",
            "5>7:obj",
            "5>11:obl:tmod",
            "5>12:punct",
            "7>6:det",
            "7>9:nmod:over",
            "9>8:case",
            "11>10:amod");
    assertThat(codes(found, "strike")).containsExactly("143");
  }

  @Test
  void dock_workers_striking_over_pay_threaten_no_force() {
    List<Found> found =
        events(
            "Dock workers at three Kenyan ports will strike next week over pay.",
            "Dock/NN workers/NNS/worker at/IN three/CD/three/NUMBER "
                + "Kenyan/JJ/Kenyan/NATIONALITY ports/NNS/port will/MD strike/VB "
                + "next/JJ/next/DATE week/NN/week/DATE over/IN pay/NN ./.",
            "-1>7:root",
            "1>0:compound",
            "1>5:nmod:at",
            "7>1:nsubj",
            "7>6:aux",
            "7>9:obl:tmod",
            "7>11:obl:over",
            "7>12:punct",
            "5>2:case",
            "5>3:nummod",
            "5>4:amod",
            "9>8:amod",
            "11>10:case");
    assertThat(codes(found, "strike")).isNotEmpty().doesNotContain("138", "190");
  }

  @Test
  void jets_carrying_out_a_strike_use_force() {
    List<Found> found =
        events(
            "Kenyan jets carried out a strike on a rebel camp.",
            "Kenyan/JJ/Kenyan/NATIONALITY jets/NNS/jet carried/VBD/carry out/RP "
                + "a/DT strike/NN on/IN a/DT rebel/JJ camp/NN ./.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>3:compound:prt",
            "2>5:obj",
            "2>10:punct",
            "5>4:det",
            "5>9:nmod:on",
            "9>6:case",
            "9>7:det",
            "9>8:amod");
    assertThat(codes(found, "strike")).containsExactly("190");
  }
}
