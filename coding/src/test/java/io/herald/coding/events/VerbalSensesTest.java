package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event verbs in the senses political news uses for words, not deeds ({@link VerbalSenses}),
 * circumstances that name no target, and one clause that names one act twice. Sentences written
 * after BBC politics stories and the seed, with the tokens, tags and dependencies CoreNLP 4.5.10
 * gives them.
 */
class VerbalSensesTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  /** An asserted event with the words of its trigger. */
  private record Found(Event event, String trigger) {}

  private static List<Found> events(String text, String tokens, String... deps) {
    return CODER.code(OneSentence.parse(text, tokens, deps)).events().stream()
        .filter(e -> !e.negated())
        .map(e -> new Found(e, text.substring(e.trigger().start(), e.trigger().end())))
        .toList();
  }

  private static List<Found> triggeredBy(List<Found> found, String word) {
    return found.stream().filter(f -> f.trigger().endsWith(word)).toList();
  }

  @Test
  void seizing_on_figures_is_no_seizure() {
    List<Found> found =
        events(
            "Opposition leader Anna Reyes is expected to seize on the figures at question "
                + "time.",
            "Opposition/NN/opposition leader/NN/leader/TITLE Anna/NNP/Anna/PERSON "
                + "Reyes/NNP/Reyes/PERSON is/VBZ/be expected/VBN/expect to/TO/to seize/VB/seize "
                + "on/IN/on the/DT/the figures/NNS/figure at/IN/at question/NN/question "
                + "time/NN/time ././.",
            "-1>5:root",
            "1>0:compound",
            "3>1:compound",
            "3>2:compound",
            "5>3:nsubj:pass",
            "5>4:aux:pass",
            "5>7:xcomp",
            "5>14:punct",
            "7>3:nsubj:xsubj",
            "7>6:mark",
            "7>10:obl:on",
            "7>13:obl:at",
            "10>8:case",
            "10>9:det",
            "13>11:case",
            "13>12:compound");
    assertThat(triggeredBy(found, "seize")).isEmpty();
  }

  @Test
  void seizing_a_port_on_a_day_is_a_seizure() {
    List<Found> found =
        events(
            "Kenyan troops seized the port on Monday.",
            "Kenyan/JJ/Kenyan/NATIONALITY troops/NNS/troops seized/VBD/seize the/DT/the "
                + "port/NN/port on/IN/on Monday/NNP/Monday/DATE ././.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>4:obj",
            "2>6:obl:on",
            "2>7:punct",
            "4>3:det",
            "6>5:case");
    assertThat(triggeredBy(found, "seized")).isNotEmpty();
  }

  @Test
  void insisting_that_something_is_so_is_no_demand() {
    List<Found> found =
        events(
            "Finance Minister Paul Okoro insisted his tax plans were sound.",
            "Finance/NNP/Finance/TITLE Minister/NNP/Minister/TITLE Paul/NNP/Paul/PERSON "
                + "Okoro/NNP/Okoro/PERSON insisted/VBD/insist his/PRP$/he tax/NN/tax "
                + "plans/NNS/plan were/VBD/be sound/JJ/sound ././.",
            "-1>9:root",
            "1>0:compound",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>7:obj",
            "9>4:csubj",
            "9>8:cop",
            "9>10:punct",
            "7>5:nmod:poss",
            "7>6:compound");
    assertThat(triggeredBy(found, "insisted")).isEmpty();
  }

  @Test
  void meeting_a_target_is_no_meeting() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro met his spending target.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON met/VBD/meet his/PRP$/he "
                + "spending/NN/spending target/NN/target ././.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>7:obj",
            "4>8:punct",
            "7>5:nmod:poss",
            "7>6:compound");
    assertThat(triggeredBy(found, "met")).isEmpty();
  }

  @Test
  void meeting_a_president_is_a_meeting() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro met Ugandan President Sam Kato in Lima.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE "
                + "Paul/NNP/Paul/PERSON Okoro/NNP/Okoro/PERSON met/VBD/meet "
                + "Ugandan/NNP/Ugandan/NATIONALITY President/NNP/President/TITLE "
                + "Sam/NNP/Sam/PERSON Kato/NNP/Kato/PERSON in/IN/in Lima/NNP/Lima/CITY ././.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>8:obj",
            "4>10:obl:in",
            "4>11:punct",
            "6>5:compound",
            "8>6:compound",
            "8>7:compound",
            "10>9:case");
    assertThat(triggeredBy(found, "met")).extracting(e -> e.event().cameo().root()).contains("04");
  }

  @Test
  void attacking_the_way_something_was_done_is_criticism() {
    List<Found> found =
        events(
            "Senator Anna Reyes attacked the way the war was presented to voters.",
            "Senator/NNP/Senator/TITLE Anna/NNP/Anna/PERSON Reyes/NNP/Reyes/PERSON "
                + "attacked/VBD/attack the/DT/the way/NN/way the/DT/the war/NN/war/CAUSE_OF_DEATH "
                + "was/VBD/be presented/VBN/present to/IN/to voters/NNS/voter ././.",
            "-1>3:root",
            "2>0:compound",
            "2>1:compound",
            "3>2:nsubj",
            "3>9:ccomp",
            "3>12:punct",
            "5>4:det",
            "9>5:dep",
            "9>7:nsubj:pass",
            "9>8:aux:pass",
            "9>11:obl:to",
            "7>6:det",
            "11>10:case");
    assertThat(triggeredBy(found, "attacked"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.event().cameo().code()).isEqualTo("111"));
  }

  @Test
  void a_politicians_attack_on_a_minister_is_criticism() {
    List<Found> found =
        events(
            "Kenyan opposition leader Anna Reyes attacked Prime Minister Tom Hart over the "
                + "budget.",
            "Kenyan/JJ/Kenyan/NATIONALITY opposition/NN/opposition leader/NN/leader/TITLE "
                + "Anna/NNP/Anna/PERSON Reyes/NNP/Reyes/PERSON attacked/VBD/attack "
                + "Prime/NNP/Prime/TITLE Minister/NNP/Minister/TITLE Tom/NNP/Tom/PERSON "
                + "Hart/NNP/Hart/PERSON over/IN/over the/DT/the budget/NN/budget ././.",
            "-1>5:root",
            "2>0:amod",
            "2>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "5>9:obj",
            "5>12:obl:over",
            "5>13:punct",
            "7>6:compound",
            "9>7:compound",
            "9>8:compound",
            "12>10:case",
            "12>11:det");
    assertThat(triggeredBy(found, "attacked"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.event().cameo().code()).isEqualTo("111"));
  }

  @Test
  void soldiers_attacking_a_politician_use_force() {
    List<Found> found =
        events(
            "Kenyan soldiers attacked opposition leader Anna Reyes in Nairobi.",
            "Kenyan/JJ/Kenyan/NATIONALITY soldiers/NNS/soldier attacked/VBD/attack "
                + "opposition/NN/opposition leader/NN/leader/TITLE Anna/NNP/Anna/PERSON "
                + "Reyes/NNP/Reyes/PERSON in/IN/in Nairobi/NNP/Nairobi/CITY ././.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>6:obj",
            "2>8:obl:in",
            "2>9:punct",
            "4>3:compound",
            "6>4:compound",
            "6>5:compound",
            "8>7:case");
    assertThat(triggeredBy(found, "attacked"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.event().cameo().root()).isEqualTo("19"));
  }

  @Test
  void circumstances_name_no_target() {
    List<Found> found =
        events(
            "French President Marc Duval and German Chancellor Eva Brandt shared their "
                + "serious concerns about a possible war in the region following Iran's missile "
                + "strikes on Israel.",
            "French/JJ/French/NATIONALITY President/NNP/President/TITLE "
                + "Marc/NNP/Marc/PERSON Duval/NNP/Duval/PERSON and/CC/and "
                + "German/JJ/German/NATIONALITY Chancellor/NNP/Chancellor/TITLE "
                + "Eva/NNP/Eva/PERSON Brandt/NNP/Brandt/PERSON shared/VBD/share their/PRP$/they "
                + "serious/JJ/serious concerns/NNS/concern about/IN/about a/DT/a "
                + "possible/JJ/possible war/NN/war/CAUSE_OF_DEATH in/IN/in the/DT/the "
                + "region/NN/region following/VBG/follow Iran/NNP/Iran/COUNTRY 's/POS/'s "
                + "missile/NN/missile strikes/NNS/strike on/IN/on Israel/NNP/Israel/COUNTRY ././.",
            "-1>9:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "3>8:conj:and",
            "9>3:nsubj",
            "9>8:nsubj",
            "9>12:obj",
            "9>24:obl:following",
            "9>27:punct",
            "8>4:cc",
            "8>6:compound",
            "8>7:compound",
            "6>5:amod",
            "12>10:nmod:poss",
            "12>11:amod",
            "12>16:nmod:about",
            "16>13:case",
            "16>14:det",
            "16>15:amod",
            "16>19:nmod:in",
            "19>17:case",
            "19>18:det",
            "24>20:case",
            "24>21:nmod:poss",
            "24>23:compound",
            "24>26:nmod:on",
            "21>22:case",
            "26>25:case");
    assertThat(triggeredBy(found, "shared"))
        .isNotEmpty()
        .allSatisfy(
            e -> assertThat(e.event().target()).noneMatch(t -> t.code().value().equals("IRN")));
  }

  @Test
  void a_clause_says_one_meeting_once() {
    List<Found> found =
        events(
            "During their phone talks, French President Marc Duval and German Chancellor "
                + "Eva Brandt also discussed the importance of trade.",
            "During/IN/during their/PRP$/they phone/NN/phone talks/NNS/talk ,/,/, "
                + "French/JJ/French/NATIONALITY President/NNP/President/TITLE "
                + "Marc/NNP/Marc/PERSON Duval/NNP/Duval/PERSON and/CC/and "
                + "German/JJ/German/NATIONALITY Chancellor/NNP/Chancellor/TITLE "
                + "Eva/NNP/Eva/PERSON Brandt/NNP/Brandt/PERSON also/RB/also discussed/VBD/discuss "
                + "the/DT/the importance/NN/importance of/IN/of trade/NN/trade ././.",
            "-1>15:root",
            "3>0:case",
            "3>1:nmod:poss",
            "3>2:compound",
            "15>3:obl:during",
            "15>4:punct",
            "15>8:nsubj",
            "15>13:nsubj",
            "15>14:advmod",
            "15>17:obj",
            "15>20:punct",
            "6>5:amod",
            "8>6:compound",
            "8>7:compound",
            "8>13:conj:and",
            "13>9:cc",
            "13>11:compound",
            "13>12:compound",
            "11>10:amod",
            "17>16:det",
            "17>19:nmod:of",
            "19>18:case");
    assertThat(found)
        .extracting(e -> e.event().cameo().code())
        .contains("041")
        .doesNotContain("040");
  }

  @Test
  void what_a_speaker_calls_a_good_deal_is_no_deal_of_the_speaker() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro said it was a good deal for farmers.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE Paul/NNP/Paul/PERSON"
                + " Okoro/NNP/Okoro/PERSON said/VBD/say it/PRP/it was/VBD/be a/DT/a good/JJ/good"
                + " deal/NN/deal for/IN/for farmers/NNS/farmer ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>9:ccomp",
            "4>12:punct",
            "9>5:nsubj",
            "9>6:cop",
            "9>7:det",
            "9>8:amod",
            "9>11:nmod:for",
            "11>10:case");
    assertThat(triggeredBy(found, "said")).isEmpty();
  }

  @Test
  void ringing_a_president_is_no_encirclement() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro rang Ugandan President Sam Kato on Monday.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE Paul/NNP/Paul/PERSON"
                + " Okoro/NNP/Okoro/PERSON rang/VBD/ring Ugandan/NNP/Ugandan/NATIONALITY"
                + " President/NNP/President/TITLE Sam/NNP/Sam/PERSON Kato/NNP/Kato/PERSON on/IN/on"
                + " Monday/NNP/Monday/DATE ./.",
            "-1>4:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "4>8:obj",
            "4>10:obl:on",
            "4>11:punct",
            "6>5:compound",
            "8>6:compound",
            "8>7:compound",
            "10>9:case");
    assertThat(triggeredBy(found, "rang")).isEmpty();
  }

  @Test
  void troops_ringing_a_town_encircle_it() {
    List<Found> found =
        events(
            "Kenyan troops ringed the town on Monday.",
            "Kenyan/JJ/Kenyan/NATIONALITY troops/NNS/troops ringed/VBD/ring the/DT/the"
                + " town/NN/town on/IN/on Monday/NNP/Monday/DATE ./.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>4:obj",
            "2>6:obl:on",
            "2>7:punct",
            "4>3:det",
            "6>5:case");
    assertThat(triggeredBy(found, "ringed")).isNotEmpty();
  }

  @Test
  void travelling_with_no_one_met_is_no_meeting() {
    List<Found> found =
        events(
            "Kenyan President Paul Okoro was travelling on his diplomatic passport.",
            "Kenyan/JJ/Kenyan/NATIONALITY President/NNP/President/TITLE Paul/NNP/Paul/PERSON"
                + " Okoro/NNP/Okoro/PERSON was/VBD/be travelling/VBG/travel on/IN/on his/PRP$/he"
                + " diplomatic/JJ/diplomatic passport/NN/passport ./.",
            "-1>5:root",
            "1>0:amod",
            "3>1:compound",
            "3>2:compound",
            "5>3:nsubj",
            "5>4:aux",
            "5>9:obl:on",
            "5>10:punct",
            "9>6:case",
            "9>7:nmod:poss",
            "9>8:amod");
    assertThat(triggeredBy(found, "travelling")).isEmpty();
  }

  @Test
  void an_opposition_leader_clashing_with_ministers_is_criticism() {
    List<Found> found =
        events(
            "Kenyan opposition leader Anna Reyes clashed with ministers over the budget.",
            "Kenyan/JJ/Kenyan/NATIONALITY opposition/NN/opposition leader/NN/leader/TITLE"
                + " Anna/NNP/Anna/PERSON Reyes/NNP/Reyes/PERSON clashed/VBD/clash with/IN/with"
                + " ministers/NNS/minister over/IN/over the/DT/the budget/NN/budget ./.",
            "-1>5:root",
            "2>0:amod",
            "2>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "5>7:obl:with",
            "5>10:obl:over",
            "5>11:punct",
            "7>6:case",
            "10>8:case",
            "10>9:det");
    assertThat(triggeredBy(found, "clashed"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.event().cameo().code()).isEqualTo("111"));
  }

  @Test
  void police_clashing_with_protesters_use_force() {
    List<Found> found =
        events(
            "Kenyan police clashed with protesters in Nairobi.",
            "Kenyan/JJ/Kenyan/NATIONALITY police/NNS/police clashed/VBD/clash with/IN/with"
                + " protesters/NNS/protester in/IN/in Nairobi/NNP/Nairobi/CITY ./.",
            "-1>2:root",
            "1>0:amod",
            "2>1:nsubj",
            "2>4:obl:with",
            "4>3:case",
            "2>6:obl:in",
            "6>5:case",
            "2>7:punct");
    assertThat(triggeredBy(found, "clashed"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.event().cameo().root()).isEqualTo("19"));
  }

  @Test
  void an_unarmed_person_clashing_with_party_leaders_over_subsidies_argues() {
    List<Found> found =
        events(
            "Mr Harlow, who has clashed with his party leaders over farm subsidies, joined the Greens.",
            "Mr/NNP Harlow/NNP/Harlow/PERSON ,/, who/WP has/VBZ/have "
                + "clashed/VBN/clash with/IN his/PRP$/he party/NN leaders/NNS/leader "
                + "over/IN farm/NN subsidies/NNS/subsidy ,/, joined/VBD/join the/DT "
                + "Greens/NNP ./.",
            "-1>14:root",
            "1>0:compound",
            "1>2:punct",
            "1>3:ref",
            "1>5:acl:relcl",
            "1>13:punct",
            "5>1:nsubj",
            "5>4:aux",
            "5>9:obl:with",
            "5>12:obl:over",
            "14>1:nsubj",
            "14>16:obj",
            "14>17:punct",
            "9>6:case",
            "9>7:nmod:poss",
            "9>8:compound",
            "12>10:case",
            "12>11:compound",
            "16>15:det");
    assertThat(triggeredBy(found, "clashed"))
        .extracting(f -> f.event().cameo().code())
        .containsExactly("111");
  }
}
