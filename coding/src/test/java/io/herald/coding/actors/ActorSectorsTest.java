package io.herald.coding.actors;

import static io.herald.coding.actors.BundledLexicon.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import org.junit.jupiter.api.Test;

/**
 * Sectors the bundled lexicon reads from a group's words: a people named by its demonym, trades and
 * ranks, a capital that only locates a group, and a person in apposition to a described office.
 */
class ActorSectorsTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  @Test
  void a_described_plural_demonym_names_the_countrys_civilians() {
    ParsedArticle p =
        HandParse.of(
            "Young Hungarians marched through the city.",
            "Young/JJ Hungarians/NNPS/MISC marched/VBD through/IN the/DT city/NN ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "5>3:case",
            "5>4:det",
            "2>5:obl:through",
            "2>6:punct");
    assertThat(codesAt(p, 1)).containsExactly("HUNCVL");
  }

  @Test
  void a_bare_plural_demonym_as_subject_speaks_for_its_nation() {
    ParsedArticle p =
        HandParse.of(
            "The Hungarians rejected the proposal.",
            "The/DT Hungarians/NNPS/MISC rejected/VBD the/DT proposal/NN ./.",
            "1>0:det",
            "2>1:nsubj",
            "-1>2:root",
            "4>3:det",
            "2>4:obj",
            "2>5:punct");
    assertThat(codesAt(p, 1)).containsExactly("HUN");
  }

  @Test
  void a_capital_locating_a_group_gives_its_country_not_its_government() {
    ParsedArticle p =
        HandParse.of(
            "Armed militias in Kabul attacked the convoy.",
            "Armed/JJ militias/NNS in/IN Kabul/NNP/CITY attacked/VBD the/DT convoy/NN ./.",
            "1>0:amod",
            "4>1:nsubj",
            "3>2:case",
            "1>3:nmod:in",
            "-1>4:root",
            "6>5:det",
            "4>6:obj",
            "4>7:punct");
    assertThat(codesAt(p, 1)).containsExactly("AFGMIL");
  }

  @Test
  void a_businessman_is_his_countrys_business() {
    ParsedArticle p =
        HandParse.of(
            "A Saudi businessman sued the bank on Monday.",
            "A/DT Saudi/JJ/NATIONALITY businessman/NN/TITLE sued/VBD the/DT bank/NN on/IN"
                + " Monday/NNP/DATE ./.",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "-1>3:root",
            "5>4:det",
            "3>5:obj",
            "7>6:case",
            "3>7:obl:on",
            "3>8:punct");
    assertThat(codesAt(p, 2)).containsExactly("SAUBUS");
  }

  @Test
  void government_forces_are_the_military() {
    ParsedArticle p =
        HandParse.of(
            "Algerian government forces shelled the village.",
            "Algerian/JJ/NATIONALITY government/NN forces/NNS shelled/VBD the/DT village/NN ./.",
            "2>0:amod",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "5>4:det",
            "3>5:obj",
            "3>6:punct");
    assertThat(codesAt(p, 2)).containsExactly("DZAMIL");
  }

  @Test
  void a_person_in_apposition_after_an_office_takes_its_code() {
    ParsedArticle p =
        HandParse.of(
            "Qatar's emir, Sheikh Salim bin Nasser, met the Saudi king.",
            "Qatar/NNP/COUNTRY 's/POS emir/NN/TITLE ,/, Sheikh/NNP/TITLE Salim/NNP/PERSON"
                + " bin/NNP/PERSON Nasser/NNP/PERSON ,/, met/VBD the/DT Saudi/JJ/NATIONALITY"
                + " king/NN/TITLE ./.",
            "2>0:nmod:poss",
            "0>1:case",
            "9>2:nsubj",
            "2>3:punct",
            "7>4:compound",
            "7>5:compound",
            "7>6:compound",
            "2>7:appos",
            "2>8:punct",
            "-1>9:root",
            "12>10:det",
            "12>11:amod",
            "9>12:obj",
            "9>13:punct");
    assertThat(codesAt(p, 7)).containsExactly("QATGOV");
  }

  @Test
  void a_person_with_an_office_in_apposition_after_the_name_takes_its_code() {
    ParsedArticle p =
        HandParse.of(
            "Dana Pell, the White House press secretary, said the president would decide.",
            "Dana/NNP/PERSON Pell/NNP/PERSON ,/, the/DT White/NNP/ORGANIZATION"
                + " House/NNP/ORGANIZATION press/NN/TITLE secretary/NN/TITLE ,/, said/VBD the/DT"
                + " president/NN/TITLE would/MD decide/VB ./.",
            "1>0:compound",
            "9>1:nsubj",
            "1>2:punct",
            "7>3:det",
            "5>4:compound",
            "7>5:compound",
            "7>6:compound",
            "1>7:appos",
            "1>8:punct",
            "-1>9:root",
            "11>10:det",
            "13>11:nsubj",
            "13>12:aux",
            "9>13:ccomp",
            "9>14:punct");
    // the press secretary is the government's, not the media's
    assertThat(codesAt(p, 7)).containsExactly("USAGOV");
    assertThat(codesAt(p, 1)).containsExactly("USAGOV");
  }

  @Test
  void a_title_word_opening_an_organisations_name_is_no_agent() {
    ParsedArticle p =
        HandParse.of(
            "The American carmaker General Motors cut jobs.",
            "The/DT American/JJ/NATIONALITY carmaker/NN General/NNP/ORGANIZATION"
                + " Motors/NNP/ORGANIZATION cut/VBD jobs/NNS ./.",
            "2>0:det",
            "2>1:amod",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    // "General" is no military rank here
    assertThat(codesAt(p, 4)).containsExactly("USABUS");
  }
}
