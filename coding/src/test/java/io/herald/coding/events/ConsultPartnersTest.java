package io.herald.coding.events;

import static io.herald.coding.events.TriggeredEvents.codes;
import static io.herald.coding.events.TriggeredEvents.dyads;
import static io.herald.coding.events.TriggeredEvents.events;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.events.TriggeredEvents.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Consultations need a partner: a bare "with" or "between" phrase naming no one is no negotiation
 * ("spoke with evident emotion"), and two leaders who meet a third party do not meet each other.
 * Invented sentences, with the tokens, tags and dependencies CoreNLP 4.5.10 gives them.
 */
class ConsultPartnersTest {
  @Test
  void speaking_with_emotion_is_no_negotiation() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro spoke with evident emotion at the memorial.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON spoke/VBD/speak with/IN "
                + "evident/JJ emotion/NN at/IN the/DT memorial/NN ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>7:obl:with",
            "4>10:obl:at",
            "4>11:punct",
            "7>5:case",
            "7>6:amod",
            "10>8:case",
            "10>9:det");
    assertThat(codes(found, "spoke")).isEmpty();
  }

  @Test
  void speaking_before_a_derby_between_teams_is_no_negotiation() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro spoke on the eve of the derby between the two city teams.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON spoke/VBD/speak on/IN "
                + "the/DT eve/NN of/IN the/DT derby/NN between/IN the/DT "
                + "two/CD/two/NUMBER city/NN teams/NNS/team ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>7:obl:on",
            "4>16:punct",
            "7>5:case",
            "7>6:det",
            "7>10:nmod:of",
            "10>8:case",
            "10>9:det",
            "10>15:nmod:between",
            "15>11:case",
            "15>12:det",
            "15>13:nummod",
            "15>14:compound");
    assertThat(codes(found, "spoke")).isEmpty();
  }

  @Test
  void speaking_with_a_president_is_a_negotiation() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro spoke with Ugandan President Sam Kato by phone.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON spoke/VBD/speak with/IN "
                + "Ugandan/NNP/Ugandan/NATIONALITY President/NNP/President/TITLE "
                + "Sam/NNP/Sam/PERSON Kato/NNP/Kato/PERSON by/IN phone/NN ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>9:obl:with",
            "4>11:obl:by",
            "4>12:punct",
            "9>5:case",
            "9>7:compound",
            "9>8:compound",
            "7>6:compound",
            "11>10:case");
    assertThat(dyads(found, "spoke")).contains("KENGOV>UGAGOV");
  }

  @Test
  void presidents_meeting_farmers_leaders_do_not_meet_each_other() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro and Ugandan President Sam Kato met farmers' leaders in Kisumu.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON and/CC "
                + "Ugandan/NNP/Ugandan/NATIONALITY President/NNP/President/TITLE "
                + "Sam/NNP/Sam/PERSON Kato/NNP/Kato/PERSON met/VBD/meet "
                + "farmers/NNS/farmer '/POS leaders/NNS/leader in/IN "
                + "Kisumu/NNP/Kisumu/CITY ./.",
            "-1>9:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "3>8:conj:and",
            "9>3:nsubj",
            "9>8:nsubj",
            "9>12:obj",
            "9>15:punct",
            "8>4:cc",
            "8>6:compound",
            "8>7:compound",
            "6>5:compound",
            "12>10:nmod:poss",
            "12>14:nmod:in",
            "10>11:case",
            "14>13:case");
    assertThat(dyads(found, "met")).containsExactlyInAnyOrder("KENGOV>", "UGAGOV>");
  }

  @Test
  void presidents_meeting_in_a_city_meet_each_other() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro and Ugandan President Sam Kato met in Nairobi.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON and/CC "
                + "Ugandan/NNP/Ugandan/NATIONALITY President/NNP/President/TITLE "
                + "Sam/NNP/Sam/PERSON Kato/NNP/Kato/PERSON met/VBD/meet in/IN "
                + "Nairobi/NNP/Nairobi/CITY ./.",
            "-1>9:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "3>8:conj:and",
            "9>3:nsubj",
            "9>8:nsubj",
            "9>11:obl:in",
            "9>12:punct",
            "8>4:cc",
            "8>6:compound",
            "8>7:compound",
            "6>5:compound",
            "11>10:case");
    assertThat(dyads(found, "met")).containsExactlyInAnyOrder("KENGOV>UGAGOV", "UGAGOV>KENGOV");
  }
}
