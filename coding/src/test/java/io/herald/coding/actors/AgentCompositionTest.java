package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PETRARCH's composition of actor and agent codes within a noun phrase, on a fictional world. */
class AgentCompositionTest {
  private static final String ACTORS =
      """
      ARNOR_  [ARN]
      GONDOR [GON]
      FORNOST [FOR]
      WHITE_HOUSE [USAGOV]
      WEST_GERMAN [GMWGOV]
      DENMARK [DNK]
      +DANISH
      BREE [BRE]
      ROMENDACIL [BRE]
      ITHILEN [ITH]
      THE_SHIRE [FRO/BIL/SAM]
      THE_AU [IGOAFR]
      CALENARDHON [CAL]
      """;

  private static final String AGENTS =
      """
      !MINST! = MINISTER, MINISTRY
      SECURITY_OFFICIALS [~GOV]
      OFFICIAL [~GOV]
      WORLD_GOVERNMENT {} [~WGO]
      GOVERNMENT [~GOV]
      MSF {} [NGO~]
      DIPLOMAT [~GOV]
      LAWMAKER [~LEG]
      MEDIA {} [~MED]
      ISLAMIST [~MUS]
      PROSECUTOR [~JUD]
      PRIME_MINISTER [~GOV]
      FOREIGN_MINISTER [~GOVFRM]
      !MINST!_OF_SILLY_WALKS [~GOV]
      """;

  private static final ActorLexicon LEXICON = lexicon();

  private static ActorLexicon lexicon() {
    try {
      return ActorLexicon.fromPetrarch(
          PetrarchActorDictionary.read(new StringReader(ACTORS), "actors.txt"),
          PetrarchAgentDictionary.read(new StringReader(AGENTS), "agents.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ActorTable.Draft> at(ParsedArticle p, int token) {
    ActorTable table = new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE);
    return table.at(0, token);
  }

  private static List<String> codesAt(ParsedArticle p, int token) {
    return at(p, token).stream().map(d -> d.code().value()).toList();
  }

  @Test
  void adds_a_suffix_agent_to_the_country_that_modifies_it() {
    ParsedArticle p =
        HandParse.of(
            "Arnor security officials welcomed Gondor.",
            "Arnor/NNP/LOCATION security/NN officials/NNS welcomed/VBD Gondor/NNP/LOCATION ./.",
            "2>0:compound",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:obj",
            "3>5:punct");
    assertThat(codesAt(p, 2)).containsExactly("ARNGOV");
  }

  @Test
  void does_not_repeat_an_agent_the_actor_code_already_holds() {
    ParsedArticle p =
        HandParse.of(
            "White House security officials welcomed Gondor.",
            "White/NNP House/NNP security/NN officials/NNS welcomed/VBD Gondor/NNP ./.",
            "1>0:compound",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "-1>4:root",
            "4>5:obj",
            "4>6:punct");
    assertThat(codesAt(p, 3)).containsExactly("USAGOV");
  }

  @Test
  void letters_found_across_a_three_letter_boundary_are_not_a_repeat() {
    ParsedArticle p =
        HandParse.of(
            "West German world government activists met.",
            "West/JJ German/JJ world/NN government/NN activists/NNS met/VBD ./.",
            "1>0:amod",
            "4>1:amod",
            "3>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "5>6:punct");
    assertThat(codesAt(p, 4)).containsExactly("GMWGOVWGO");
  }

  @Test
  void a_prefix_agent_goes_before_the_actor_and_a_suffix_agent_after() {
    ParsedArticle p =
        HandParse.of(
            "An MSF Arnor diplomat met Gondor.",
            "An/DT MSF/NNP Arnor/NNP diplomat/NN met/VBD Gondor/NNP ./.",
            "3>0:det",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "-1>4:root",
            "4>5:obj",
            "4>6:punct");
    assertThat(codesAt(p, 3)).containsExactly("NGOARNGOV");
  }

  @Test
  void an_agent_without_a_country_of_its_own_takes_those_of_its_prepositional_phrase() {
    ParsedArticle p =
        HandParse.of(
            "Lawmakers in Fornost and Gondor welcomed it.",
            "Lawmakers/NNS in/IN Fornost/NNP and/CC Gondor/NNP welcomed/VBD it/PRP ./.",
            "0>2:nmod:in",
            "2>1:case",
            "2>4:conj",
            "4>3:cc",
            "5>0:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    assertThat(codesAt(p, 0)).containsExactlyInAnyOrder("FORLEG", "GONLEG");
  }

  @Test
  void coordinated_nouns_share_the_modifiers_before_them() {
    ParsedArticle p =
        HandParse.of(
            "Danish Islamist media and government warned Gondor.",
            "Danish/JJ Islamist/JJ media/NNS and/CC government/NN warned/VBD Gondor/NNP ./.",
            "2>0:amod",
            "2>1:amod",
            "2>4:conj",
            "4>3:cc",
            "5>2:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    assertThat(codesAt(p, 2)).containsExactly("DNKMUSMED");
    assertThat(codesAt(p, 4)).containsExactly("DNKMUSGOV");
  }

  @Test
  void former_makes_the_agents_elites() {
    ParsedArticle p =
        HandParse.of(
            "Former Gondor prosecutors met.",
            "Former/JJ Gondor/NNP prosecutors/NNS met/VBD ./.",
            "2>0:amod",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:punct");
    assertThat(codesAt(p, 2)).containsExactly("GONELI");
  }

  @Test
  void an_agent_with_no_actor_anywhere_is_an_unnamed_actor_of_its_sector() {
    ParsedArticle p =
        HandParse.of(
            "A senior official said.",
            "A/DT senior/JJ official/NN said/VBD ./.",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:punct");
    assertThat(at(p, 2))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.country()).isEmpty();
              assertThat(d.sector()).isEqualTo("GOV");
            });
  }

  @Test
  void an_agent_phrase_made_by_a_macro_runs_into_its_of_phrase() {
    ParsedArticle p =
        HandParse.of(
            "The Calenardhon Ministry of Silly Walks condemned it.",
            "The/DT Calenardhon/NNP Ministry/NNP of/IN Silly/NNP Walks/NNP condemned/VBD it/PRP"
                + " ./.",
            "2>0:det",
            "2>1:compound",
            "2>5:nmod:of",
            "5>3:case",
            "5>4:compound",
            "6>2:nsubj",
            "-1>6:root",
            "6>7:obj",
            "6>8:punct");
    assertThat(codesAt(p, 2)).containsExactly("CALGOV");
  }

  @Test
  void a_noun_without_an_agent_is_the_actor_that_possesses_it() {
    ParsedArticle p =
        HandParse.of(
            "Ithilen's militia vowed.",
            "Ithilen/NNP 's/POS militia/NN vowed/VBD ./.",
            "2>0:nmod:poss",
            "0>1:case",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:punct");
    assertThat(codesAt(p, 2)).containsExactly("ITH");
  }

  @Test
  void a_compound_dictionary_code_names_each_of_its_actors() {
    ParsedArticle p =
        HandParse.of(
            "The Shire met Gondor.",
            "The/DT Shire/NNP/PERSON met/VBD Gondor/NNP ./.",
            "1>0:det",
            "2>1:nsubj",
            "-1>2:root",
            "2>3:obj",
            "2>4:punct");
    assertThat(codesAt(p, 1)).containsExactlyInAnyOrder("FRO", "BIL", "SAM");
  }

  @Test
  void a_titled_person_takes_the_dictionary_country_before_the_title_and_its_agent_sector() {
    ParsedArticle bree =
        HandParse.of(
            "Bree Prime Minister Romendacil met Gondor.",
            "Bree/NNP/PERSON Prime/NNP/TITLE Minister/NNP/TITLE Romendacil/NNP/PERSON met/VBD"
                + " Gondor/NNP ./.",
            "3>0:compound",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "-1>4:root",
            "4>5:obj",
            "4>6:punct");
    assertThat(codesAt(bree, 3)).containsExactly("BREGOV");
    ParsedArticle ithilen =
        HandParse.of(
            "Ithilen's awful foreign minister Telemar said.",
            "Ithilen/NNP 's/POS awful/JJ foreign/JJ/TITLE minister/NN/TITLE Telemar/NNP/PERSON"
                + " said/VBD ./.",
            "5>0:nmod:poss",
            "0>1:case",
            "5>2:amod",
            "4>3:amod",
            "5>4:compound",
            "6>5:nsubj",
            "-1>6:root",
            "6>7:punct");
    assertThat(codesAt(ithilen, 5)).containsExactly("ITHGOVFRM");
  }

  @Test
  void a_stem_shorter_than_four_letters_matches_whole_words_only() {
    ParsedArticle p =
        HandParse.of(
            "The Australian government met.",
            "The/DT Australian/JJ government/NN met/VBD ./.",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:punct");
    assertThat(codesAt(p, 2)).doesNotContain("IGOAFRGOV", "IGOAFR");
  }

  @Test
  void mixes_codes_on_three_letter_boundaries() {
    PetrarchAgentDictionary.Agent wgo = new PetrarchAgentDictionary.Agent("WGO", false);
    PetrarchAgentDictionary.Agent gov = new PetrarchAgentDictionary.Agent("GOV", false);
    PetrarchAgentDictionary.Agent ngo = new PetrarchAgentDictionary.Agent("NGO", true);
    assertThat(AgentComposer.mix("GMWGOV", wgo)).isEqualTo("GMWGOVWGO");
    assertThat(AgentComposer.mix("USAGOV", gov)).isEqualTo("USAGOV");
    assertThat(AgentComposer.mix("ARN", ngo)).isEqualTo("NGOARN");
    assertThat(AgentComposer.mix("NGOARN", ngo)).isEqualTo("NGOARN");
  }

  @Test
  void nouns_the_parser_attached_separately_still_share_a_prepositional_phrase() {
    ParsedArticle p =
        HandParse.of(
            "Lawmakers and officials in Fornost welcomed it.",
            "Lawmakers/NNS and/CC officials/NNS in/IN Fornost/NNP welcomed/VBD it/PRP ./.",
            "0>4:nmod:in",
            "4>3:case",
            "2>1:cc",
            "5>0:nsubj",
            "5>2:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    assertThat(codesAt(p, 0)).containsExactly("FORLEG");
    assertThat(codesAt(p, 2)).containsExactly("FORGOV");
  }

  @Test
  void an_unnamed_agent_in_a_prepositional_phrase_is_no_actor() {
    ParsedArticle p =
        HandParse.of(
            "Gondor arrived on an official visit.",
            "Gondor/NNP arrived/VBD on/IN an/DT official/JJ visit/NN ./.",
            "1>0:nsubj",
            "-1>1:root",
            "5>2:case",
            "5>3:det",
            "5>4:amod",
            "1>5:obl:on",
            "1>6:punct");
    assertThat(at(p, 5)).isEmpty();
  }

  @Test
  void an_unresolved_pronoun_subject_of_a_reported_clause_is_the_reporting_subject() {
    ParsedArticle p =
        HandParse.of(
            "Ithilen indicated it deplored Gondor.",
            "Ithilen/NNP indicated/VBD it/PRP deplored/VBD Gondor/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:nsubj",
            "1>3:ccomp",
            "3>4:obj",
            "1>5:punct");
    assertThat(codesAt(p, 2)).containsExactly("ITH");
  }
}
