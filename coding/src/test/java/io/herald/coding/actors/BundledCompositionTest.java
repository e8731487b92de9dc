package io.herald.coding.actors;

import static io.herald.coding.actors.BundledLexicon.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import org.junit.jupiter.api.Test;

/** Agent composition with Herald's bundled countries, agents and titles. */
class BundledCompositionTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  @Test
  void an_office_is_an_agent_of_the_country_in_its_of_phrase() {
    ParsedArticle p =
        HandParse.of(
            "Putin met the president of Armenia.",
            "Putin/NNP/PERSON met/VBD the/DT president/NN of/IN Armenia/NNP/COUNTRY ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:det",
            "1>3:obj",
            "5>4:case",
            "3>5:nmod:of",
            "1>6:punct");
    assertThat(codesAt(p, 3)).containsExactly("ARMGOV");
  }

  @Test
  void opposition_groups_in_a_country_are_its_opposition() {
    ParsedArticle p =
        HandParse.of(
            "Opposition groups in Zimbabwe demanded reforms.",
            "Opposition/NN groups/NNS in/IN Zimbabwe/NNP/COUNTRY demanded/VBD reforms/NNS ./.",
            "1>0:compound",
            "4>1:nsubj",
            "3>2:case",
            "1>3:nmod:in",
            "-1>4:root",
            "4>5:obj",
            "4>6:punct");
    assertThat(codesAt(p, 1)).containsExactly("ZWEOPP");
  }

  @Test
  void an_agent_with_no_country_is_no_actor_with_the_bundled_dictionaries() {
    ParsedArticle p =
        HandParse.of(
            "Officials said so.",
            "Officials/NNS said/VBD so/RB ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:advmod",
            "1>3:punct");
    assertThat(codesAt(p, 0)).isEmpty();
  }

  @Test
  void rebel_leaders_are_rebels_not_the_government() {
    ParsedArticle p =
        HandParse.of(
            "Afghan rebel leaders rejected the plan.",
            "Afghan/JJ/COUNTRY rebel/NN leaders/NNS rejected/VBD the/DT plan/NN ./.",
            "2>0:amod",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "5>4:det",
            "3>5:obj",
            "3>6:punct");
    assertThat(codesAt(p, 2)).containsExactly("AFGREB");
  }

  @Test
  void a_people_named_with_a_country_adjective_belongs_to_that_country() {
    ParsedArticle p =
        HandParse.of(
            "Bosnian Serbs demanded a truce.",
            "Bosnian/JJ/NATIONALITY Serbs/NNPS/NATIONALITY demanded/VBD a/DT truce/NN ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "4>3:det",
            "2>4:obj",
            "2>5:punct");
    // the people, not the state: the country's civilians
    assertThat(codesAt(p, 1)).containsExactly("BIHCVL");
  }

  @Test
  void a_group_takes_the_one_country_named_in_what_describes_it() {
    ParsedArticle p =
        HandParse.of(
            "Militants loyal to Iraq's militia chief attacked a convoy.",
            "Militants/NNS loyal/JJ to/IN Iraq/NNP/COUNTRY 's/POS militia/NN chief/NN"
                + " attacked/VBD a/DT convoy/NN ./.",
            "7>0:nsubj",
            "0>1:amod",
            "6>2:case",
            "6>3:nmod:poss",
            "3>4:case",
            "6>5:compound",
            "1>6:obl:to",
            "-1>7:root",
            "9>8:det",
            "7>9:obj",
            "7>10:punct");
    assertThat(codesAt(p, 0)).containsExactly("IRQREB");
  }

  @Test
  void an_unarmed_group_with_no_country_of_its_own_takes_the_articles() {
    ParsedArticle p =
        HandParse.of(
            "Students demanded the resignation of the Algerian president.",
            "Students/NNS demanded/VBD the/DT resignation/NN of/IN the/DT Algerian/JJ/NATIONALITY"
                + " president/NN ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:det",
            "1>3:obj",
            "7>4:case",
            "7>5:det",
            "7>6:amod",
            "3>7:nmod:of",
            "1>8:punct");
    assertThat(codesAt(p, 0)).containsExactly("DZAEDU");
  }

  @Test
  void an_armed_group_never_takes_the_articles_country() {
    ParsedArticle p =
        HandParse.of(
            "Soldiers shot two Palestinian protesters.",
            "Soldiers/NNS shot/VBD two/CD Palestinian/JJ/NATIONALITY protesters/NNS ./.",
            "1>0:nsubj",
            "-1>1:root",
            "4>2:nummod",
            "4>3:amod",
            "1>4:obj",
            "1>5:punct");
    assertThat(codesAt(p, 0)).isEmpty();
    assertThat(codesAt(p, 4)).containsExactly("PSECVL");
  }

  @Test
  void what_a_group_demands_does_not_say_whose_it_is() {
    ParsedArticle p =
        HandParse.of(
            "Prisoners joined demonstrators demanding independence from Indonesian rule"
                + " in East Timor.",
            "Prisoners/NNS joined/VBD demonstrators/NNS demanding/VBG independence/NN from/IN"
                + " Indonesian/JJ/NATIONALITY rule/NN in/IN East/NNP/LOCATION Timor/NNP/LOCATION"
                + " ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "2>3:acl",
            "3>4:obj",
            "7>5:case",
            "7>6:amod",
            "4>7:nmod:from",
            "10>8:case",
            "10>9:compound",
            "1>10:obl:in",
            "1>11:punct");
    // Indonesia and East Timor are named once each: the article has no home country either.
    assertThat(codesAt(p, 2)).isEmpty();
    assertThat(codesAt(p, 0)).isEmpty();
  }

  @Test
  void a_definite_group_refers_back_and_takes_no_country_from_the_article() {
    ParsedArticle p =
        HandParse.of(
            "The officials criticized the Algerian president.",
            "The/DT officials/NNS criticized/VBD the/DT Algerian/JJ/NATIONALITY president/NN ./.",
            "1>0:det",
            "2>1:nsubj",
            "-1>2:root",
            "5>3:det",
            "5>4:amod",
            "2>5:obj",
            "2>6:punct");
    assertThat(codesAt(p, 1)).isEmpty();
  }

  @Test
  void a_titled_person_with_no_country_takes_the_one_whose_capital_the_article_names() {
    ParsedArticle p =
        HandParse.of(
            "President Tebbal imposed a curfew in Algiers.",
            "President/NNP/TITLE Tebbal/NNP/PERSON imposed/VBD a/DT curfew/NN in/IN"
                + " Algiers/NNP/CITY ./.",
            "1>0:compound",
            "2>1:nsubj",
            "-1>2:root",
            "4>3:det",
            "2>4:obj",
            "6>5:case",
            "2>6:obl:in",
            "2>7:punct");
    assertThat(codesAt(p, 1)).containsExactly("DZAGOV");
  }

  @Test
  void the_european_community_is_the_eu_under_its_earlier_name() {
    ParsedArticle p =
        HandParse.of(
            "The European Community gave aid.",
            "The/DT European/NNP/ORGANIZATION Community/NNP/ORGANIZATION gave/VBD aid/NN ./.",
            "2>0:det",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:obj",
            "3>5:punct");
    assertThat(codesAt(p, 2)).containsExactly("IGOEUREEC");
  }

  @Test
  void ethnic_albanians_in_a_serbian_story_are_serbias_civilians() {
    ParsedArticle p =
        HandParse.of(
            "Ethnic Albanians demonstrated in Serbia.",
            "Ethnic/JJ Albanians/NNPS/NATIONALITY demonstrated/VBD in/IN Serbia/NNP/COUNTRY ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "4>3:case",
            "2>4:obl:in",
            "2>5:punct");
    assertThat(codesAt(p, 1)).containsExactly("SRBCVL");
  }

  @Test
  void an_ethnic_people_in_a_story_naming_no_other_country_has_none() {
    ParsedArticle p =
        HandParse.of(
            "Ethnic Albanians demonstrated.",
            "Ethnic/JJ Albanians/NNPS/NATIONALITY demonstrated/VBD ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "2>3:punct");
    assertThat(codesAt(p, 1)).isEmpty();
  }

  @Test
  void a_group_named_by_a_proper_noun_no_dictionary_knows_is_not_the_articles() {
    ParsedArticle p =
        HandParse.of(
            "NKVD security forces murdered Polish officers.",
            "NKVD/NNP security/NN forces/NNS murdered/VBD Polish/JJ/NATIONALITY officers/NNS ./.",
            "2>0:compound",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "5>4:amod",
            "3>5:obj",
            "3>6:punct");
    assertThat(codesAt(p, 2)).isEmpty();
  }

  @Test
  void a_capital_in_the_by_phrase_of_an_action_noun_is_its_government_acting() {
    ParsedArticle p =
        HandParse.of(
            "Poland demanded an admission by Moscow.",
            "Poland/NNP/COUNTRY demanded/VBD an/DT admission/NN by/IN Moscow/NNP/CITY ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:det",
            "1>3:obj",
            "5>4:case",
            "3>5:nmod:by",
            "1>6:punct");
    assertThat(codesAt(p, 5)).containsExactly("RUSGOV");
  }

  @Test
  void guerillas_with_one_l_are_rebels_too() {
    ParsedArticle p =
        HandParse.of(
            "Afghan guerillas attacked.",
            "Afghan/JJ/NATIONALITY guerillas/NNS attacked/VBD ./.",
            "1>0:amod",
            "2>1:nsubj",
            "-1>2:root",
            "2>3:punct");
    assertThat(codesAt(p, 1)).containsExactly("AFGREB");
  }

  @Test
  void a_named_party_no_dictionary_knows_is_a_party_of_the_articles_country() {
    ParsedArticle p =
        HandParse.of(
            "The Umma party boycotted Algeria's elections.",
            "The/DT Umma/NNP party/NN boycotted/VBD Algeria/NNP/COUNTRY 's/POS elections/NNS ./.",
            "2>0:det",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "6>4:nmod:poss",
            "4>5:case",
            "3>6:obj",
            "3>7:punct");
    assertThat(codesAt(p, 2)).containsExactly("DZAPTY");
  }

  @Test
  void a_named_security_force_no_dictionary_knows_takes_no_country_from_the_article() {
    ParsedArticle p =
        HandParse.of(
            "The Umma police raided Algeria's offices.",
            "The/DT Umma/NNP police/NN raided/VBD Algeria/NNP/COUNTRY 's/POS offices/NNS ./.",
            "2>0:det",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "6>4:nmod:poss",
            "4>5:case",
            "3>6:obj",
            "3>7:punct");
    assertThat(codesAt(p, 2)).isEmpty();
  }
}
