package io.herald.coding.events;

import static io.herald.coding.events.TriggeredEvents.codes;
import static io.herald.coding.events.TriggeredEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.events.TriggeredEvents.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbs of saying that the dictionary files under acts (warn, acknowledge, concede, assure, hint)
 * report a fact or a forecast, no act ({@link VerbalSenses#statesFact}); a warning with a condition
 * or the speaker's own course and an assurance of help stay acts. Invented sentences, with the
 * tokens, tags and dependencies CoreNLP 4.5.10 gives them.
 */
class StatedFactsTest {
  @Test
  void forecast_warning_is_no_threat() {
    List<Found> found =
        events(
            "Kenyan Finance Minister Paul Okoro warned that prices would keep rising next year.",
            "Kenyan/JJ/Kenyan/NATIONALITY Finance/NNP/Finance/TITLE "
                + "Minister/NNP/Minister/TITLE Paul/NNP/Paul/PERSON "
                + "Okoro/NNP/Okoro/PERSON warned/VBD/warn that/IN prices/NNS/price "
                + "would/MD keep/VB rising/VBG/rise next/JJ/next/DATE year/NN/year/DATE "
                + "./.",
            "-1>5:root",
            "2>0:amod",
            "2>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "5>9:ccomp",
            "5>13:punct",
            "9>6:mark",
            "9>7:nsubj",
            "9>8:aux",
            "9>10:obj",
            "9>12:obl:tmod",
            "12>11:amod");
    assertThat(codes(found, "warned")).isEmpty();
  }

  @Test
  void warning_of_retaliation_under_a_condition_is_a_threat() {
    List<Found> found =
        events(
            "The Kenyan army warned that it would retaliate if the rebels attacked again.",
            "The/DT Kenyan/JJ/Kenyan/NATIONALITY army/NN warned/VBD/warn that/IN "
                + "it/PRP would/MD retaliate/VB if/IN the/DT rebels/NNS/rebel "
                + "attacked/VBD/attack again/RB ./.",
            "-1>3:root",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "3>7:ccomp",
            "3>13:punct",
            "7>4:mark",
            "7>5:nsubj",
            "7>6:aux",
            "7>11:advcl:if",
            "11>8:mark",
            "11>10:nsubj",
            "11>12:advmod",
            "10>9:det");
    assertThat(codes(found, "warned")).containsExactly("130");
  }

  @Test
  void warning_of_a_stoppage_unless_wages_rise_is_a_threat() {
    List<Found> found =
        events(
            "Union leader Tom Mboya warned that dockers would stop work unless the port authority raised wages.",
            "Union/NNP/Union leader/NN/leader/TITLE Tom/NNP/Tom/PERSON "
                + "Mboya/NNP/Mboya/PERSON warned/VBD/warn that/IN dockers/NNS/docker "
                + "would/MD stop/VB work/NN unless/IN the/DT port/NN authority/NN "
                + "raised/VBD/raise wages/NNS ./.",
            "-1>4:root",
            "1>0:compound",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>8:ccomp",
            "4>16:punct",
            "8>5:mark",
            "8>6:nsubj",
            "8>7:aux",
            "8>9:obj",
            "8>14:advcl:unless",
            "14>10:mark",
            "14>13:nsubj",
            "14>15:obj",
            "13>11:det",
            "13>12:compound");
    assertThat(codes(found, "warned")).containsExactly("130");
  }

  @Test
  void warning_rebels_of_force_is_a_threat() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro warned the rebels that he would use force.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON warned/VBD/warn the/DT "
                + "rebels/NNS/rebel that/WDT he/PRP would/MD use/VB force/NN ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>6:obj",
            "4>12:punct",
            "6>5:det",
            "6>10:ccomp",
            "10>7:dep",
            "10>8:nsubj",
            "10>9:aux",
            "10>11:obj");
    assertThat(codes(found, "warned")).containsExactly("130");
  }

  @Test
  void assurance_of_help_is_a_promise() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro assured the families that he would help them.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON assured/VBD/assure the/DT "
                + "families/NNS/family that/WDT he/PRP would/MD help/VB them/PRP/they ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>6:obj",
            "4>10:dep",
            "4>12:punct",
            "6>5:det",
            "10>7:dep",
            "10>8:nsubj",
            "10>9:aux",
            "10>11:obj");
    assertThat(codes(found, "assured")).containsExactly("030");
  }

  @Test
  void assurance_that_a_tax_is_fair_is_no_promise() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro assured lawmakers that the new tax was fair.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON assured/VBD/assure "
                + "lawmakers/NNS/lawmaker that/IN the/DT new/JJ tax/NN was/VBD/be fair/JJ "
                + "./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>5:obj",
            "4>11:ccomp",
            "4>12:punct",
            "11>6:mark",
            "11>9:nsubj",
            "11>10:cop",
            "9>7:det",
            "9>8:amod");
    assertThat(codes(found, "assured")).isEmpty();
  }

  @Test
  void acknowledging_a_poor_harvest_claims_no_responsibility() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro has acknowledged that the harvest was poor.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON has/VBZ/have "
                + "acknowledged/VBN/acknowledge that/IN the/DT harvest/NN was/VBD/be "
                + "poor/JJ ./.",
            "-1>5:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "5>3:nsubj",
            "5>4:aux",
            "5>10:ccomp",
            "5>11:punct",
            "10>6:mark",
            "10>8:nsubj",
            "10>9:cop",
            "8>7:det");
    assertThat(codes(found, "acknowledged")).isEmpty();
  }

  @Test
  void conceding_a_fact_is_no_concession() {
    List<Found> found =
        events(
            "The Kenyan finance ministry conceded that growth had slowed.",
            "The/DT Kenyan/JJ/Kenyan/NATIONALITY finance/NN ministry/NN "
                + "conceded/VBD/concede that/IN growth/NN had/VBD/have slowed/VBN/slow "
                + "./.",
            "-1>4:root",
            "3>0:det",
            "3>1:amod",
            "3>2:compound",
            "4>3:nsubj",
            "4>8:ccomp",
            "4>9:punct",
            "8>5:mark",
            "8>6:nsubj",
            "8>7:aux");
    assertThat(codes(found, "conceded")).isEmpty();
  }

  @Test
  void hinting_at_elections_is_no_appeal() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro hinted that new elections might be called.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON hinted/VBD/hint that/IN "
                + "new/JJ elections/NNS/election might/MD be/VB called/VBN/call ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>10:ccomp",
            "4>11:punct",
            "10>5:mark",
            "10>7:nsubj:pass",
            "10>8:aux",
            "10>9:aux:pass",
            "7>6:amod");
    assertThat(codes(found, "hinted")).isEmpty();
  }
}
