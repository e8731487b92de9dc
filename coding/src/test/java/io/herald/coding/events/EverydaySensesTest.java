package io.herald.coding.events;

import static io.herald.coding.events.TriggeredEvents.codes;
import static io.herald.coding.events.TriggeredEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.events.TriggeredEvents.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Everyday senses of verbs the PETRARCH dictionary files under political acts ({@link
 * EverydaySenses}): struggling to do something, a pain that hurts, calling people names, affecting
 * an outcome, tracking down a suspect. Invented sentences, with the tokens, tags and dependencies
 * CoreNLP 4.5.10 gives them.
 */
class EverydaySensesTest {
  @Test
  void struggling_to_meet_repayments_is_no_fight() {
    List<Found> found =
        events(
            "Kenyan farmers are struggling to meet their loan repayments.",
            "Kenyan/JJ/Kenyan/NATIONALITY farmers/NNS/farmer are/VBP/be "
                + "struggling/VBG/struggle to/TO meet/VB their/PRP$/they loan/NN "
                + "repayments/NNS/repayment ./.",
            "-1>3:root",
            "1>0:amod",
            "3>1:nsubj",
            "3>2:aux",
            "3>5:xcomp",
            "3>9:punct",
            "5>1:nsubj:xsubj",
            "5>4:mark",
            "5>8:obj",
            "8>6:nmod:poss",
            "8>7:compound");
    assertThat(codes(found, "struggling")).isEmpty();
  }

  @Test
  void hailing_from_a_state_is_no_praise_but_praising_a_plan_is() {
    List<Found> found =
        events(
            "Senator Smith, who hails from Kansas, praised the plan.",
            "Senator/NNP Smith/NNP/Smith/PERSON ,/, who/WP hails/VBZ/hail from/IN "
                + "Kansas/NNP/Kansas/STATE_OR_PROVINCE ,/, praised/VBD/praise the/DT plan/NN ./.",
            "-1>8:root",
            "1>0:compound",
            "8>1:nsubj",
            "1>2:punct",
            "1>4:acl:relcl",
            "4>3:nsubj",
            "4>6:obl:from",
            "6>5:case",
            "1>7:punct",
            "8>10:obj",
            "10>9:det",
            "8>11:punct");
    assertThat(codes(found, "hails")).isEmpty();
    assertThat(codes(found, "praised")).containsExactly("051");
  }

  @Test
  void an_airliner_equipped_with_sensors_arms_no_one() {
    List<Found> found =
        events(
            "Another airliner equipped with the new sensors failed over Italy.",
            "Another/DT airliner/NN equipped/VBN/equip with/IN the/DT new/JJ sensors/NNS/sensor "
                + "failed/VBD/fail over/IN Italy/NNP/Italy/COUNTRY ./.",
            "-1>7:root",
            "1>0:det",
            "7>1:nsubj",
            "1>2:acl",
            "2>6:obl:with",
            "6>3:case",
            "6>4:det",
            "6>5:amod",
            "7>9:obl:over",
            "9>8:case",
            "7>10:punct");
    assertThat(codes(found, "equipped")).isEmpty();
  }

  @Test
  void tracking_down_a_suspect_is_no_threat() {
    List<Found> found =
        events(
            "Kenyan police tracked down the suspect and arrested him.",
            "Kenyan/JJ/Kenyan/NATIONALITY police/NN tracked/VBD/track down/RP "
                + "the/DT suspect/NN and/CC arrested/VBD/arrest him/PRP/he ./.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>3:compound:prt",
            "2>5:obj",
            "2>7:conj:and",
            "2>9:punct",
            "7>1:nsubj",
            "7>6:cc",
            "7>8:obj",
            "5>4:det");
    assertThat(codes(found, "tracked")).isEmpty();
    assertThat(codes(found, "arrested")).containsExactly("173");
  }

  @Test
  void calling_people_pirates_is_no_phone_call() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro apologised to Somalis, whom he had called pirates.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON apologised/VBD/apologise "
                + "to/IN Somalis/NNPS/Somali/MISC ,/, whom/WP he/PRP had/VBD/have "
                + "called/VBN/call pirates/NNS/pirate ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>6:obl:to",
            "4>13:punct",
            "6>5:case",
            "6>7:punct",
            "6>8:ref",
            "6>11:acl:relcl",
            "11>6:obj",
            "11>9:nsubj",
            "11>10:aux",
            "11>12:obj");
    assertThat(codes(found, "called")).isEmpty();
    assertThat(codes(found, "apologised")).containsExactly("055");
  }

  @Test
  void affecting_an_outcome_is_no_cooperation() {
    List<Found> found =
        events(
            "Kenya has affected the outcome of the talks.",
            "Kenya/NNP/Kenya/COUNTRY has/VBZ/have affected/VBN/affect the/DT "
                + "outcome/NN of/IN the/DT talks/NNS/talk ./.",
            "-1>2:root",
            "2>0:nsubj",
            "2>1:aux",
            "2>4:obj",
            "2>8:punct",
            "4>3:det",
            "4>7:nmod:of",
            "7>5:case",
            "7>6:det");
    assertThat(codes(found, "affected")).isEmpty();
  }

  @Test
  void a_pain_that_hurts_wounds_no_one() {
    List<Found> found =
        events(
            "\"It still hurts,\" Kenyan President Paul Okoro said of the defeat.",
            "\"/`` It/PRP still/RB hurts/VBZ/hurt ,/, \"/`` "
                + "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON said/VBD/say of/IN the/DT "
                + "defeat/NN ./.",
            "-1>10:root",
            "10>0:punct",
            "10>3:ccomp",
            "10>4:punct",
            "10>5:punct",
            "10>9:nsubj",
            "10>13:obl:of",
            "10>14:punct",
            "3>1:nsubj",
            "3>2:advmod",
            "7>6:amod",
            "9>7:compound",
            "9>8:compound",
            "13>11:case",
            "13>12:det");
    assertThat(codes(found, "hurts")).isEmpty();
  }

  @Test
  void contesting_a_constituency_is_standing_in_it() {
    List<Found> found =
        events(
            "The Kenyan opposition leader said he would contest Nairobi for the party.",
            "The/DT/the Kenyan/JJ/Kenyan/NATIONALITY opposition/NN "
                + "leader/NN/leader/TITLE said/VBD/say he/PRP would/MD contest/VB "
                + "Nairobi/NNP/Nairobi/CITY for/IN the/DT party/NN ./.",
            "-1>4:root",
            "3>0:det",
            "3>1:amod",
            "3>2:compound",
            "4>3:nsubj",
            "4>7:ccomp",
            "4>12:punct",
            "7>5:nsubj",
            "7>6:aux",
            "7>8:obj",
            "7>11:obl:for",
            "11>9:case",
            "11>10:det");
    assertThat(codes(found, "contest")).isEmpty();
  }

  @Test
  void arguing_with_someone_is_a_dispute_but_arguing_for_or_that_is_not() {
    List<Found> with =
        events(
            "The French senator argued with the union leaders.",
            "The/DT/the French/JJ/French/NATIONALITY senator/NN/senator/TITLE "
                + "argued/VBD/argue with/IN the/DT union/NN leaders/NNS/leader ./.",
            "-1>3:root",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "3>7:obl:with",
            "3>8:punct",
            "7>4:case",
            "7>5:det",
            "7>6:compound");
    List<Found> forSomething =
        events(
            "The French senator argued for a national unity government.",
            "The/DT/the French/JJ/French/NATIONALITY senator/NN/senator/TITLE "
                + "argued/VBD/argue for/IN a/DT national/JJ unity/NN government/NN ./.",
            "-1>3:root",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "3>8:obl:for",
            "3>9:punct",
            "8>4:case",
            "8>5:det",
            "8>7:compound",
            "7>6:amod");
    List<Found> that =
        events(
            "The French senator argued that the tax was unfair.",
            "The/DT/the French/JJ/French/NATIONALITY senator/NN/senator/TITLE "
                + "argued/VBD/argue that/IN the/DT tax/NN was/VBD/be unfair/JJ ./.",
            "-1>3:root",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "3>8:ccomp",
            "3>9:punct",
            "8>4:mark",
            "8>6:nsubj",
            "8>7:cop",
            "6>5:det");
    assertThat(codes(with, "argued")).containsExactly("110");
    assertThat(codes(forSomething, "argued")).isEmpty();
    assertThat(codes(that, "argued")).isEmpty();
  }

  @Test
  void withdrawing_assets_is_no_retreat_but_withdrawing_troops_is() {
    List<Found> assets =
        events(
            "Chile has withdrawn $2bn in assets from Peru, the central bank said.",
            "Chile/NNP/Chile/COUNTRY has/VBZ/have withdrawn/VBN/withdraw "
                + "$/$/$/MONEY 2bn/CD/2bn/MONEY in/IN assets/NNS/asset from/IN "
                + "Peru/NNP/Peru/COUNTRY ,/, the/DT central/JJ bank/NN said/VBD/say ./.",
            "-1>2:root",
            "2>0:nsubj",
            "2>1:aux",
            "2>3:obj",
            "2>8:obl:from",
            "2>9:punct",
            "2>13:parataxis",
            "2>14:punct",
            "3>4:nummod",
            "3>6:nmod:in",
            "6>5:case",
            "8>7:case",
            "12>10:det",
            "12>11:amod",
            "13>12:nsubj");
    List<Found> troops =
        events(
            "Chile has withdrawn its troops from Peru, the defence ministry said.",
            "Chile/NNP/Chile/COUNTRY has/VBZ/have withdrawn/VBN/withdraw its/PRP$ "
                + "troops/NNS from/IN Peru/NNP/Peru/COUNTRY ,/, the/DT defence/NN "
                + "ministry/NN said/VBD/say ./.",
            "-1>2:root",
            "2>0:nsubj",
            "2>1:aux",
            "2>4:obj",
            "2>6:obl:from",
            "2>7:punct",
            "2>11:parataxis",
            "2>12:punct",
            "4>3:nmod:poss",
            "6>5:case",
            "10>8:det",
            "10>9:compound",
            "11>10:nsubj");
    assertThat(codes(assets, "withdrawn")).isEmpty();
    assertThat(codes(troops, "withdrawn")).containsExactly("0874");
  }
}
