package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.Modality;
import io.herald.model.Participant;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per pattern class of the event coder, each on a hand-built parse: verb + object and
 * particle patterns, PLOVER placements, light verbs and carrier nouns, nominal events and their
 * doers, understood subjects, mis-tagged verbs, stated intentions and the order of a clause's
 * codes.
 */
class EventPatternsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> events(ParsedArticle p) {
    return CODER.code(p).events().stream().filter(e -> !e.negated()).toList();
  }

  private static List<String> countries(List<Participant> ps) {
    return ps.stream().map(p -> p.code().root()).toList();
  }

  @Test
  void expelling_diplomats_reduces_relations_where_expelling_people_deports_them() {
    List<Event> diplomats =
        events(
            OneSentence.parse(
                "Switzerland expelled two Russian diplomats.",
                "Switzerland/NNP expelled/VBD/expel two/CD Russian/JJ diplomats/NNS/diplomat ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>4:obj",
                "4>2:nummod",
                "4>3:amod",
                "1>5:punct"));
    assertThat(diplomats).isNotEmpty();
    assertThat(diplomats.get(0).cameo().code()).isEqualTo("161");
    assertThat(diplomats.get(0).plover().type()).isEqualTo("SANCTION");
    assertThat(countries(diplomats.get(0).source())).containsExactly("CHE");
    assertThat(countries(diplomats.get(0).target())).containsExactly("RUS");

    List<Event> people =
        events(
            OneSentence.parse(
                "Switzerland expelled two Russians.",
                "Switzerland/NNP expelled/VBD/expel two/CD Russians/NNPS/russian ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:nummod",
                "1>4:punct"));
    assertThat(people).isNotEmpty();
    assertThat(people.get(0).cameo().code()).isEqualTo("174");
    assertThat(people.get(0).plover().type()).isEqualTo("COERCE");
  }

  @Test
  void striking_a_deal_concludes_an_agreement_where_striking_a_town_is_force() {
    List<Event> deal =
        events(
            OneSentence.parse(
                "Britain struck a deal with France.",
                "Britain/NNP struck/VBD/strike a/DT deal/NN with/IN France/NNP ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:det",
                "1>5:obl:with",
                "5>4:case",
                "1>6:punct"));
    assertThat(deal).extracting(e -> e.cameo().code()).containsExactly("057");
    assertThat(countries(deal.get(0).source())).containsExactly("GBR");
    assertThat(countries(deal.get(0).target())).containsExactly("FRA");

    List<Event> blow =
        events(
            OneSentence.parse(
                "Britain struck France.",
                "Britain/NNP struck/VBD/strike France/NNP ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>2:obj",
                "1>3:punct"));
    assertThat(blow).extracting(e -> e.cameo().code()).containsExactly("190");
  }

  @Test
  void a_verb_with_its_particle_has_its_own_pattern() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Serbia broke off relations with Albania.",
                "Serbia/NNP broke/VBD/break off/RP relations/NNS/relation with/IN Albania/NNP ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>2:compound:prt",
                "1>3:obj",
                "3>5:nmod:with",
                "5>4:case",
                "1>6:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("161");
    assertThat(e.get(0).evidence().rule()).contains("break_off");
    assertThat(countries(e.get(0).source())).containsExactly("SRB");
    assertThat(countries(e.get(0).target())).containsExactly("ALB");
  }

  @Test
  void a_resignation_is_placed_where_the_plover_codebook_puts_it() {
    List<Event> e =
        events(
            OneSentence.parse(
                "The Georgian government resigned.",
                "The/DT Georgian/JJ government/NN resigned/VBD/resign ./.",
                "-1>3:root",
                "3>2:nsubj",
                "2>0:det",
                "2>1:amod",
                "3>4:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("0831");
    assertThat(e.get(0).plover().type()).isEqualTo("RETREAT");
    assertThat(countries(e.get(0).source())).containsExactly("GEO");
  }

  @Test
  void a_light_verb_with_an_event_noun_codes_the_noun() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Serbia lodged an official protest with Albania.",
                "Serbia/NNP lodged/VBD/lodge an/DT official/JJ protest/NN with/IN Albania/NNP ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>4:obj",
                "4>2:det",
                "4>3:amod",
                "4>6:nmod:with",
                "6>5:case",
                "1>7:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("114");
    assertThat(e.get(0).plover().type()).isEqualTo("DISAPPROVE");
    assertThat(countries(e.get(0).source())).containsExactly("SRB");
    assertThat(countries(e.get(0).target())).containsExactly("ALB");
  }

  @Test
  void a_carrier_noun_lends_its_phrase_to_the_event_it_is_compounded_with() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Qatar launched a mediation effort between Bahrain and Egypt.",
                "Qatar/NNP launched/VBD/launch a/DT mediation/NN effort/NN between/IN"
                    + " Bahrain/NNP and/CC Egypt/NNP ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>4:obj",
                "4>2:det",
                "4>3:compound",
                "4>6:nmod:between",
                "4>8:nmod:between",
                "6>5:case",
                "6>8:conj:and",
                "8>7:cc",
                "1>9:punct"));
    assertThat(e).extracting(x -> x.cameo().code()).containsOnly("045");
    assertThat(e)
        .extracting(x -> countries(x.source()) + "->" + countries(x.target()))
        .containsExactlyInAnyOrder("[QAT]->[BHR]", "[QAT]->[EGY]");
  }

  @Test
  void a_verb_pattern_for_its_object_stops_the_light_verb_reading() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Qatar ended its mediation effort.",
                "Qatar/NNP ended/VBD/end its/PRP$ mediation/NN effort/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>4:obj",
                "4>2:nmod:poss",
                "4>3:compound",
                "1>5:punct"));
    assertThat(e).extracting(x -> x.cameo().code()).containsExactly("165");
    assertThat(e.get(0).plover().type()).isEqualTo("SANCTION");
  }

  @Test
  void a_nationality_adjective_is_the_doer_of_a_nominal_event() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Palestinian riots against Israel continued.",
                "Palestinian/JJ riots/NNS/riot against/IN Israel/NNP continued/VBD/continue ./.",
                "-1>4:root",
                "4>1:nsubj",
                "1>0:amod",
                "1>3:nmod:against",
                "3>2:case",
                "4>5:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("145");
    assertThat(countries(e.get(0).source())).containsExactly("PSE");
    assertThat(countries(e.get(0).target())).containsExactly("ISR");
  }

  @Test
  void an_event_noun_as_subject_takes_the_verbs_object_as_its_target() {
    List<Event> e =
        events(
            OneSentence.parse(
                "US drone attacks killed Taliban commanders.",
                "US/NNP drone/NN attacks/NNS/attack killed/VBD/kill Taliban/NNP"
                    + " commanders/NNS/commander ./.",
                "-1>3:root",
                "3>2:nsubj",
                "2>0:compound",
                "2>1:compound",
                "3>5:obj",
                "5>4:compound",
                "3>6:punct"));
    assertThat(e)
        .anySatisfy(
            x -> {
              assertThat(x.cameo().code()).isEqualTo("195");
              assertThat(countries(x.source())).containsExactly("USA");
              assertThat(countries(x.target())).containsExactly("AFG");
            });
  }

  @Test
  void a_participle_on_a_document_is_said_by_its_issuer() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Greece issued a statement demanding that Turkey withdraw.",
                "Greece/NNP issued/VBD/issue a/DT statement/NN demanding/VBG/demand that/IN"
                    + " Turkey/NNP withdraw/VB ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:obj",
                "3>2:det",
                "3>4:acl",
                "4>7:ccomp",
                "7>5:mark",
                "7>6:nsubj",
                "1>8:punct"));
    assertThat(e)
        .anySatisfy(
            x -> {
              assertThat(x.cameo().code()).isEqualTo("100");
              assertThat(countries(x.source())).containsExactly("GRC");
              assertThat(countries(x.target())).containsExactly("TUR");
            });
  }

  @Test
  void what_someone_is_accused_of_is_not_the_accusers_act() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Russia accused Ukraine of using the port.",
                "Russia/NNP accused/VBD/accuse Ukraine/NNP of/IN using/VBG/use the/DT port/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>2:obj",
                "1>4:advcl:of",
                "4>3:mark",
                "4>6:obj",
                "6>5:det",
                "1>7:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e)
        .filteredOn(x -> countries(x.source()).contains("RUS"))
        .extracting(x -> x.cameo().code())
        .containsOnly("112");
  }

  @Test
  void a_lexicon_verb_tagged_as_a_noun_but_with_subject_and_auxiliary_is_a_verb() {
    List<Event> e =
        events(
            OneSentence.parse(
                "French farmers said they would blockade Paris.",
                "French/JJ farmers/NNS/farmer said/VBD/say they/PRP would/MD blockade/NN"
                    + " Paris/NNP ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:amod",
                "2>5:ccomp",
                "5>3:nsubj",
                "5>4:aux",
                "5>6:obj",
                "2>7:punct"));
    assertThat(e).isNotEmpty();
    // said they would blockade: a threat of force by the speaker (CAMEO 13x)
    assertThat(e.get(0).cameo().root()).isEqualTo("13");
    assertThat(countries(e.get(0).source())).containsExactly("FRA");
  }

  @Test
  void a_vow_to_fight_is_a_threat_not_an_intent_to_cooperate() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Albania vowed to fight.",
                "Albania/NNP vowed/VBD/vow to/TO fight/VB ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:xcomp",
                "3>2:mark",
                "3>0:nsubj:xsubj",
                "1>4:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).plover().type()).isEqualTo("THREATEN");
    assertThat(e).extracting(x -> x.cameo().code()).doesNotContain("030");
  }

  @Test
  void a_conditional_would_in_reported_speech_is_an_offer() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Iran said it would meet Iraq if Iraq withdrew.",
                "Iran/NNP said/VBD/say it/PRP would/MD meet/VB Iraq/NNP if/IN Iraq/NNP"
                    + " withdrew/VBD/withdraw ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>4:ccomp",
                "4>2:nsubj",
                "4>3:aux",
                "4>5:obj",
                "4>8:advcl:if",
                "8>6:mark",
                "8>7:nsubj",
                "1>9:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("036");
    assertThat(countries(e.get(0).source())).containsExactly("IRN");
    assertThat(countries(e.get(0).target())).containsExactly("IRQ");
  }

  @Test
  void a_specific_code_of_the_clause_comes_before_a_residual_one() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Irish guerrillas wounded two British soldiers in a bomb attack.",
                "Irish/JJ guerrillas/NNS/guerrilla wounded/VBD/wound two/CD British/JJ"
                    + " soldiers/NNS/soldier in/IN a/DT bomb/NN attack/NN ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:amod",
                "2>5:obj",
                "5>3:nummod",
                "5>4:amod",
                "2>9:obl:in",
                "9>6:case",
                "9>7:det",
                "9>8:compound",
                "2>10:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("183");
    assertThat(e.get(0).plover().type()).isEqualTo("ASSAULT");
    assertThat(countries(e.get(0).source())).containsExactly("IRL");
    assertThat(countries(e.get(0).target())).containsExactly("GBR");
  }

  @Test
  void an_object_hung_under_a_time_word_is_still_the_object() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Israel lifted Friday a blockade on Gaza.",
                "Israel/NNP lifted/VBD/lift Friday/NNP a/DT blockade/NN on/IN Gaza/NNP ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>2:obl:tmod",
                "2>4:dep",
                "4>3:det",
                "4>6:nmod:on",
                "6>5:case",
                "1>7:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("0872");
    assertThat(countries(e.get(0).source())).containsExactly("ISR");
  }

  @Test
  void victims_of_a_bombing_in_a_passive_clause_are_its_targets() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Three Iraqi civilians were killed in a suicide bombing.",
                "Three/CD Iraqi/JJ civilians/NNS/civilian were/VBD/be killed/VBN/kill in/IN a/DT"
                    + " suicide/NN bombing/NN ./.",
                "-1>4:root",
                "4>2:nsubj:pass",
                "2>0:nummod",
                "2>1:amod",
                "4>3:aux:pass",
                "4>8:obl:in",
                "8>5:case",
                "8>6:det",
                "8>7:compound",
                "4>9:punct"));
    assertThat(e)
        .anySatisfy(
            x -> {
              assertThat(x.cameo().code()).isEqualTo("1831");
              assertThat(x.source()).isEmpty();
              assertThat(countries(x.target())).containsExactly("IRQ");
            });
    assertThat(e).noneMatch(x -> countries(x.source()).contains("IRQ"));
  }

  @Test
  void a_conditional_threat_is_aimed_at_the_subject_of_the_condition() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Russia threatened to stop talks if Japan deploys missiles.",
                "Russia/NNP threatened/VBD/threaten to/TO stop/VB talks/NNS/talk if/IN Japan/NNP"
                    + " deploys/VBZ/deploy missiles/NNS/missile ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:xcomp",
                "3>2:mark",
                "3>0:nsubj:xsubj",
                "3>4:obj",
                "3>7:advcl:if",
                "7>5:mark",
                "7>6:nsubj",
                "7>8:obj",
                "1>9:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).plover().type()).isEqualTo("THREATEN");
    assertThat(countries(e.get(0).source())).containsExactly("RUS");
    assertThat(countries(e.get(0).target())).containsExactly("JPN");
  }

  @Test
  void a_threat_stays_a_threat_whatever_its_complement_is_coded() {
    // "threatened to withdraw": the withdrawal alone would be a stated intent to yield (035)
    List<Event> e =
        events(
            OneSentence.parse(
                "Iran threatened to withdraw from the talks.",
                "Iran/NNP threatened/VBD/threaten to/TO withdraw/VB from/IN the/DT"
                    + " talks/NNS/talk ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:xcomp",
                "3>2:mark",
                "3>0:nsubj:xsubj",
                "3>6:obl:from",
                "6>4:case",
                "6>5:det",
                "1>7:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).plover().type()).isEqualTo("THREATEN");
    assertThat(countries(e.get(0).source())).containsExactly("IRN");
  }

  @Test
  void a_threat_to_impose_a_curfew_is_a_threat_of_repression() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Algeria threatened to impose a curfew.",
                "Algeria/NNP threatened/VBD/threaten to/TO impose/VB a/DT curfew/NN ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>3:xcomp",
                "3>2:mark",
                "3>0:nsubj:xsubj",
                "3>5:obj",
                "5>4:det",
                "1>6:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("137");
  }

  @Test
  void the_topic_of_a_meeting_is_not_its_partner_but_a_partners_title_phrase_is() {
    List<Event> topic =
        events(
            OneSentence.parse(
                "Egypt will discuss sanctions on Russia.",
                "Egypt/NNP will/MD discuss/VB sanctions/NNS/sanction on/IN Russia/NNP ./.",
                "-1>2:root",
                "2>0:nsubj",
                "2>1:aux",
                "2>3:obj",
                "3>5:nmod:on",
                "5>4:case",
                "2>6:punct"));
    assertThat(topic).filteredOn(x -> x.cameo().root().equals("03")).isNotEmpty();
    assertThat(topic)
        .filteredOn(x -> x.cameo().root().equals("03"))
        .allSatisfy(x -> assertThat(countries(x.target())).doesNotContain("RUS"));

    List<Event> partner =
        events(
            OneSentence.parse(
                "Egypt negotiated with the president of Armenia despite Israel's objections.",
                "Egypt/NNP negotiated/VBD/negotiate with/IN the/DT president/NN of/IN"
                    + " Armenia/NNP despite/IN Israel/NNP 's/POS objections/NNS/objection ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>4:obl:with",
                "4>2:case",
                "4>3:det",
                "4>6:nmod:of",
                "6>5:case",
                "1>10:obl:despite",
                "10>7:case",
                "10>8:nmod:poss",
                "8>9:case",
                "1>11:punct"));
    assertThat(partner).isNotEmpty();
    assertThat(partner.get(0).cameo().code()).isEqualTo("046");
    assertThat(countries(partner.get(0).target())).containsExactly("ARM");
  }

  @Test
  void coming_for_talks_is_taking_part_in_them() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Iranian and Iraqi negotiators return to Geneva for talks.",
                "Iranian/JJ and/CC Iraqi/JJ negotiators/NNS/negotiator return/VBP to/IN"
                    + " Geneva/NNP for/IN talks/NNS/talk ./.",
                "-1>4:root",
                "4>3:nsubj",
                "3>0:amod",
                "3>2:amod",
                "0>2:conj:and",
                "2>1:cc",
                "4>6:obl:to",
                "6>5:case",
                "4>8:obl:for",
                "8>7:case",
                "4>9:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e).extracting(x -> x.cameo().code()).containsOnly("040");
    assertThat(e)
        .extracting(x -> countries(x.source()) + "->" + countries(x.target()))
        .contains("[IRN]->[IRQ]", "[IRQ]->[IRN]");
  }

  @Test
  void seeking_refuge_is_a_demand_for_aid_in_the_plover_codebook() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Thousands of Syrians sought refuge in Turkey.",
                "Thousands/NNS/thousand of/IN Syrians/NNPS/syrian sought/VBD/seek refuge/NN in/IN"
                    + " Turkey/NNP ./.",
                "-1>3:root",
                "3>0:nsubj",
                "0>2:nmod:of",
                "2>1:case",
                "3>4:obj",
                "3>6:obl:in",
                "6>5:case",
                "3>7:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).plover().type()).isEqualTo("DEMAND");
    assertThat(countries(e.get(0).source())).containsExactly("SYR");
    assertThat(countries(e.get(0).target())).containsExactly("TUR");
  }

  @Test
  void urging_others_to_support_or_to_oppose_a_party_rallies_for_or_against_it() {
    List<Event> support =
        events(
            OneSentence.parse(
                "Egypt urged Jordan to support Iraq.",
                "Egypt/NNP urged/VBD/urge Jordan/NNP to/TO support/VB Iraq/NNP ./.",
                "-1>1:root",
                "1>0:nsubj",
                "1>2:obj",
                "1>4:xcomp",
                "4>3:mark",
                "4>2:nsubj:xsubj",
                "4>5:obj",
                "1>6:punct"));
    assertThat(support).isNotEmpty();
    assertThat(support.get(0).cameo().code()).isEqualTo("053");
    assertThat(countries(support.get(0).source())).containsExactly("EGY");
    assertThat(countries(support.get(0).target())).containsExactly("IRQ");

    List<Event> oppose =
        events(
            OneSentence.parse(
                "Syria called on Arabs to mobilize against Israel.",
                "Syria/NNP called/VBD/call on/IN Arabs/NNPS/arab to/TO mobilize/VB against/IN"
                    + " Israel/NNP ./.",
                "-1>1:root",
                "1>0:nsubj",
                "5>2:mark",
                "5>3:nsubj",
                "5>4:mark",
                "1>5:advcl:to",
                "5>7:obl:against",
                "7>6:case",
                "1>8:punct"));
    assertThat(oppose).isNotEmpty();
    assertThat(oppose.get(0).cameo().code()).isEqualTo("113");
    assertThat(oppose.get(0).plover().type()).isEqualTo("DISAPPROVE");
    assertThat(countries(oppose.get(0).source())).containsExactly("SYR");
    assertThat(countries(oppose.get(0).target())).containsExactly("ISR");
  }

  @Test
  void a_code_is_placed_where_the_plover_codebook_files_it_whatever_dictionary_found_it() {
    // PETRARCH's dictionary codes demolishing homes 1712; PLOVER files destroying property under
    // COERCE where the conversion table says ASSAULT
    List<Event> e =
        events(
            OneSentence.parse(
                "Israeli bulldozers demolished Palestinian homes.",
                "Israeli/JJ bulldozers/NNS/bulldozer demolished/VBD/demolish Palestinian/JJ"
                    + " homes/NNS/home ./.",
                "-1>2:root",
                "2>1:nsubj",
                "1>0:amod",
                "2>4:obj",
                "4>3:amod",
                "2>5:punct"));
    assertThat(e).isNotEmpty();
    assertThat(e.get(0).cameo().code()).isEqualTo("1712");
    assertThat(e.get(0).plover().type()).isEqualTo("COERCE");
    assertThat(countries(e.get(0).source())).containsExactly("ISR");
    assertThat(countries(e.get(0).target())).containsExactly("PSE");
  }

  private static ParsedArticle brokeOffAfter(String mainVerb, String mainLemma, String tag) {
    String text =
        "Serbia "
            + mainVerb
            + " relations with Albania after Albania arrested two Serbian diplomats.";
    return OneSentence.parse(
        text,
        "Serbia/NNP "
            + mainVerb
            + "/"
            + tag
            + "/"
            + mainLemma
            + " relations/NNS/relation with/IN Albania/NNP after/IN Albania/NNP"
            + " arrested/VBD/arrest two/CD Serbian/JJ diplomats/NNS/diplomat ./.",
        "-1>1:root",
        "1>0:nsubj",
        "1>2:obj",
        "2>4:nmod:with",
        "4>3:case",
        "1>7:advcl:after",
        "7>5:mark",
        "7>6:nsubj",
        "7>10:obj",
        "10>8:nummod",
        "10>9:amod",
        "1>11:punct");
  }

  @Test
  void a_clause_dating_the_main_event_keeps_its_own_event() {
    // Unlike PETRARCH, which codes one event here, an analyst records both acts.
    List<Event> both = events(brokeOffAfter("discussed", "discuss", "VBD"));
    assertThat(both).extracting(e -> e.cameo().root()).containsExactlyInAnyOrder("04", "17");
    Event arrest =
        both.stream().filter(e -> e.cameo().root().equals("17")).findFirst().orElseThrow();
    assertThat(countries(arrest.source())).containsExactly("ALB");
  }

  @Test
  void a_symmetric_paired_code_runs_both_ways_between_compound_subjects() {
    List<Event> e =
        events(
            OneSentence.parse(
                "Serbia and Croatia set aside enmity.",
                "Serbia/NNP and/CC Croatia/NNP set/VBD/set aside/RP enmity/NN ./.",
                "-1>3:root",
                "3>0:nsubj",
                "0>2:conj:and",
                "2>1:cc",
                "3>4:compound:prt",
                "3>5:obj",
                "3>6:punct"));
    assertThat(e)
        .extracting(x -> countries(x.source()) + ">" + countries(x.target()))
        .containsExactlyInAnyOrder("[SRB]>[HRV]", "[HRV]>[SRB]");
    assertThat(e).allMatch(x -> x.cameo().code().equals("050"));
  }

  @Test
  void an_indefinite_act_in_a_present_passive_is_a_kind_of_act_not_an_event() {
    List<Event> generic =
        events(
            OneSentence.parse(
                "An attack on Estonia is treated as an attack on its allies.",
                "An/DT attack/NN/attack on/IN Estonia/NNP/estonia is/VBZ/be treated/VBN/treat"
                    + " as/IN an/DT attack/NN/attack on/IN its/PRP$/its allies/NNS/ally ./.",
                "-1>5:root",
                "5>1:nsubj:pass",
                "1>0:det",
                "1>3:nmod:on",
                "3>2:case",
                "5>4:aux:pass",
                "5>8:obl:as",
                "8>6:case",
                "8>7:det",
                "8>11:nmod:on",
                "11>9:case",
                "11>10:nmod:poss",
                "5>12:punct"));
    List<Event> specific =
        events(
            OneSentence.parse(
                "The attack on Estonia was condemned.",
                "The/DT attack/NN/attack on/IN Estonia/NNP/estonia was/VBD/be"
                    + " condemned/VBN/condemn ./.",
                "-1>5:root",
                "5>1:nsubj:pass",
                "1>0:det",
                "1>3:nmod:on",
                "3>2:case",
                "5>4:aux:pass",
                "5>6:punct"));

    assertThat(generic)
        .filteredOn(e -> e.cameo().root().equals("19"))
        .isNotEmpty()
        .allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
    assertThat(specific)
        .filteredOn(e -> e.cameo().root().equals("19"))
        .isNotEmpty()
        .allMatch(e -> e.modality() == Modality.ASSERTED);
  }
}
