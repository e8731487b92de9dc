package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.codes.CameoCodebook;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PetrarchVerbDictionaryTest {
  private static final CameoCodebook CODEBOOK = CameoCodebook.load();
  private static final String DICTIONARY =
      """
      ####### SYNONYM SETS #######

      &PHONE
      +TELEPHONE
      +PHONE_CALL

      ####### VERB PATTERNS #######

      ---  DISCUSS   [040]  ---
      DISCUSS
      CONFER {CONFERS CONFERRED}
      - * (IN {TELEPHONE CONVERSATION})                  [041:041]     # DISCUSS
      - * (BY &PHONE)                                     [041]         # DISCUSS
      - * AID                                             [999]         # DISCUSS

      ---  ASK   [---]  ---
      +ASK_FOR {+ASKED_FOR} [020]
      ASK
      - * FORGIVENESS                                     [055]         # ASK

      ####### TRANSFORMATIONS ##########
      ~ a (a b ATTACK) SAY = a b 015
      """;

  private static PetrarchVerbDictionary dictionary() throws IOException {
    return PetrarchVerbDictionary.read(new StringReader(DICTIONARY), "test.txt", CODEBOOK);
  }

  /** The words of a clause written as {@code "LEADERS * ON TRADE"}, the verb at {@code *}. */
  private static List<PetrarchVerbDictionary.Word> words(String clause) {
    List<PetrarchVerbDictionary.Word> out = new ArrayList<>();
    String[] ws = clause.strip().split("\\s+");
    for (int i = 0; i < ws.length; i++) {
      if (!ws[i].equals("*")) {
        out.add(new PetrarchVerbDictionary.Word(i, Set.of(ws[i])));
      }
    }
    return out;
  }

  private static int verb(String clause) {
    return List.of(clause.strip().split("\\s+")).indexOf("*");
  }

  @Test
  void verb_without_matching_pattern_takes_its_block_code() throws IOException {
    var m = dictionary().match("confer", words("LEADERS * ON TRADE"), verb("LEADERS * ON TRADE"));
    assertThat(m).isPresent();
    assertThat(m.get().code().code()).isEqualTo("040");
    assertThat(m.get().rule()).isEqualTo("petrarch.DISCUSS");
  }

  @Test
  void most_specific_matching_pattern_wins() throws IOException {
    var m =
        dictionary()
            .match(
                "discuss",
                words("* IN A TELEPHONE CONVERSATION"),
                verb("* IN A TELEPHONE CONVERSATION"));
    assertThat(m.get().code().code()).isEqualTo("041");
    assertThat(m.get().rule()).contains("TELEPHONE CONVERSATION");
  }

  @Test
  void synonym_sets_expand_to_their_members() throws IOException {
    assertThat(
            dictionary()
                .match("discuss", words("* BY PHONE CALL"), verb("* BY PHONE CALL"))
                .get()
                .code()
                .code())
        .isEqualTo("041");
  }

  @Test
  void codes_outside_the_codebook_are_never_emitted() throws IOException {
    var m = dictionary().match("discuss", words("* AID"), verb("* AID"));
    assertThat(m.get().code().code()).isEqualTo("040");
  }

  @Test
  void dashes_mean_no_event_and_multiword_verbs_need_their_particle() throws IOException {
    PetrarchVerbDictionary d = dictionary();
    assertThat(d.match("ask", words("* QUESTIONS"), verb("* QUESTIONS"))).isEmpty();
    assertThat(d.match("ask", words("* FOR AID"), verb("* FOR AID")).get().code().code())
        .isEqualTo("020");
    assertThat(d.match("ask", words("* FORGIVENESS"), verb("* FORGIVENESS")).get().code().code())
        .isEqualTo("055");
    assertThat(d.match("negotiate", words("*"), verb("*"))).isEmpty();
  }

  @Test
  void bundled_cameo_dictionary_loads_thousands_of_verbs() {
    PetrarchVerbDictionary d = PetrarchVerbDictionary.bundled(CODEBOOK);
    assertThat(d.verbCount()).isGreaterThan(1000);
    assertThat(d.match("invade", words("* UKRAINE"), verb("* UKRAINE")).get().code().root())
        .isEqualTo("19");
  }

  private static final String SUITE_STYLE =
      """
      &TIETYPES
      +MILITARY
      +ECONOMIC

      &NEGVERB
      +DID N'T
      +WILL NOT

      --- ABANDON  [345]  ---
      ABANDON
      - * &TIETYPES TIES [902]
      - * &CURRENCY_FUNDS [903]
      - IN_* [075]

      --- CLASH  [223] ---
      CLASH
      - &NEGVERB * OVER EFFORTS  [904]
      - * OVER EFFORTS  [121]

      --- ARRIVE  [032:033]  ---
      ARRIVE

      --- AGREE  [081] ---
      AGREE
      - % *  [030:030]
      - * WITH %  [031]

      --- CELEBRATE  [181] ---
      CELEBRATE
      - * EID AT ^ WITH +  [043]

      --- SAYS  [023?]  ---
      SAYS
      - * NOT SWAP PRISONERS  [112?]

      --- DISCUSS  [040] ---
      DISCUSSES
      DISCUSS

      &CURRENCY
      +SWISS FRANCS
      """;

  private static PetrarchVerbDictionary suiteStyle() throws IOException {
    return PetrarchVerbDictionary.read(new StringReader(SUITE_STYLE), "suite.txt", CODEBOOK, true);
  }

  private static String code(PetrarchVerbDictionary d, String lemma, String clause) {
    return d.match(lemma, words(clause), verb(clause)).map(m -> m.code().code()).orElse("none");
  }

  @Test
  void a_doubtful_code_still_codes_and_a_third_person_entry_is_found_from_its_lemma()
      throws IOException {
    PetrarchVerbDictionary d = suiteStyle();
    assertThat(code(d, "say", "A SENIOR OFFICIAL * ON SATURDAY")).isEqualTo("023");
    assertThat(code(d, "say", "BREE * NOT SWAP PRISONERS")).isEqualTo("112");
    // the lemma's own entry wins over a third-person one
    assertThat(code(d, "discuss", "BREE * TRADE")).isEqualTo("040");
    assertThat(code(d, "swap", "BREE * PRISONERS")).isEqualTo("none");
  }

  @Test
  void a_compound_source_marked_before_the_verb_makes_its_members_act_on_each_other()
      throws IOException {
    PetrarchVerbDictionary d = suiteStyle();
    var mutual = d.match("agree", words("ARNOR AND GONDOR *"), 3);
    assertThat(mutual.get().code().code()).isEqualTo("030");
    assertThat(mutual.get().compoundSource()).isTrue();
    var with = d.match("agree", words("ARNOR * WITH GONDOR"), 1);
    assertThat(with.get().code().code()).isEqualTo("031");
    assertThat(with.get().compoundSource()).isFalse();
  }

  @Test
  void target_and_skip_markers_name_the_prepositions_of_the_target_and_of_what_is_skipped()
      throws IOException {
    PetrarchVerbDictionary d = suiteStyle();
    var m = d.match("celebrate", words("ARNOR * EID AT OSGILIATH WITH GONDOR"), 1).get();
    assertThat(m.code().code()).isEqualTo("043");
    assertThat(m.targetPreposition()).contains("with");
    assertThat(m.skippedPrepositions()).containsExactly("at");
    var plain = d.match("celebrate", words("ARNOR * VICTORY"), 1).get();
    assertThat(plain.code().code()).isEqualTo("181");
    assertThat(plain.targetPreposition()).isEmpty();
  }

  @Test
  void pattern_words_must_come_in_order_on_their_side_of_the_verb() throws IOException {
    PetrarchVerbDictionary d = suiteStyle();
    assertThat(code(d, "abandon", "ARNOR WILL * MILITARY TIES WITH GONDOR")).isEqualTo("902");
    assertThat(code(d, "abandon", "ARNOR WILL * TIES OF MILITARY MEN")).isEqualTo("345");
  }

  @Test
  void synset_phrases_and_underscores_need_adjacent_words() throws IOException {
    PetrarchVerbDictionary d = suiteStyle();
    // &CURRENCY is defined after the pattern that uses it, as PETRARCH allows
    assertThat(code(d, "abandon", "ARNOR * SWISS FRANCS FUNDS")).isEqualTo("903");
    assertThat(code(d, "abandon", "ARNOR * FRANCS FUNDS")).isEqualTo("345");
    assertThat(code(d, "abandon", "ARNOR * SWISS FRANCS AND FUNDS")).isEqualTo("345");
    assertThat(code(d, "abandon", "ARNOR IN * TALKS")).isEqualTo("075");
    assertThat(code(d, "abandon", "IN ARNOR * TALKS")).isEqualTo("345");
  }

  @Test
  void a_pattern_naming_the_negation_carries_it_in_its_code() throws IOException {
    PetrarchVerbDictionary d = suiteStyle();
    var m = d.match("clash", words("BREE DID N'T * OVER EFFORTS"), 3);
    assertThat(m.get().code().code()).isEqualTo("904");
    assertThat(m.get().negationInPattern()).isTrue();
    var plain = d.match("clash", words("BREE * OVER EFFORTS"), 1);
    assertThat(plain.get().code().code()).isEqualTo("121");
    assertThat(plain.get().negationInPattern()).isFalse();
  }

  @Test
  void paired_code_gives_the_reverse_code_and_own_codes_join_the_codebook() throws IOException {
    PetrarchVerbDictionary d = suiteStyle();
    var m = d.match("arrive", words("BREE * IN GONDOR"), 1).get();
    assertThat(m.code().code()).isEqualTo("032");
    assertThat(m.reverse()).map(c -> c.code()).contains("033");
    assertThat(d.codebook().require("345").quadClass())
        .isEqualTo(io.herald.model.codes.CameoCode.NO_QUAD_CLASS);
    assertThat(d.codebook().require("121").name()).isEqualTo("Reject material cooperation");
    assertThat(CODEBOOK.find("345")).isEmpty();
    PetrarchVerbDictionary cameoOnly =
        PetrarchVerbDictionary.read(new StringReader(SUITE_STYLE), "suite.txt", CODEBOOK);
    assertThat(code(cameoOnly, "abandon", "ARNOR * MILITARY TIES")).isEqualTo("none");
  }

  @Test
  void pattern_before_any_block_is_an_error_naming_the_line() {
    String bad = "####### VERB PATTERNS #######\n- * TALKS [040]\n";
    assertThatThrownBy(
            () -> PetrarchVerbDictionary.read(new StringReader(bad), "bad.txt", CODEBOOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt:2");
  }

  @Test
  void an_inflected_form_listed_under_another_verb_stays_that_verb() throws IOException {
    PetrarchVerbDictionary d =
        PetrarchVerbDictionary.read(
            new StringReader(
                """
                --- FIND  [---] ---
                FIND {FINDS FOUND}
                - * TRUCE  [036]

                --- FOUND  [081] ---
                FOUND

                --- LEAVE  [012] ---
                LEAVE

                --- LEFT  [032:033] ---
                LEFT
                """),
            "forms.txt",
            CODEBOOK);
    // "found" is FIND's form: the lemma decides; "left" is listed by itself: the form decides
    assertThat(d.match("find", "found", words("* TRUCE"), 0).get().code().code()).isEqualTo("036");
    assertThat(d.match("found", "founded", words("* PARTY"), 0).get().code().code())
        .isEqualTo("081");
    assertThat(d.match("leave", "left", words("* FOR"), 0).get().code().code()).isEqualTo("032");
    assertThat(d.match("leave", "leaves", words("* FOR"), 0).get().code().code()).isEqualTo("012");
  }

  @Test
  void actor_markers_become_slots_anchored_on_the_matched_words() throws IOException {
    PetrarchVerbDictionary d =
        PetrarchVerbDictionary.read(
            new StringReader(
                """
                --- SHOT  [223] ---
                SHOT
                - + WAS * DEAD IN $ [190]
                """),
            "slots.txt",
            CODEBOOK);
    // "ERIADORIAN WAS * DEAD IN OSGILIATH": tokens 0..5, the verb at 2
    var m = d.match("shot", words("ERIADORIAN WAS * DEAD IN OSGILIATH"), 2).get();
    assertThat(m.slots())
        .containsExactlyInAnyOrder(
            new ActorSlot(false, false, 1, -1, 0), new ActorSlot(true, true, 4, -1, 0));
  }

  @Test
  void a_plus_inside_a_multi_word_verb_marks_the_verb_after_the_words_before_it()
      throws IOException {
    PetrarchVerbDictionary d =
        PetrarchVerbDictionary.read(
            new StringReader(
                """
                --- CONFISCATE  [171] ---
                CONFISCATE
                WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
                - WILL NOT * [081]

                --- TAP  [---] ---
                TAP
                """),
            "wiretap.txt",
            CODEBOOK);
    assertThat(d.match("tap", "tapped", words("SOLDIERS WIRE * LINKS"), 2).get().code().code())
        .isEqualTo("171");
    assertThat(d.match("tap", words("SOLDIERS WILL NOT WIRE * LINKS"), 4).get().code().code())
        .isEqualTo("081");
    // "wire" somewhere else is not the verb's first word
    assertThat(d.match("tap", words("WIRE SOLDIERS * LINKS"), 2)).isEmpty();
  }

  @Test
  void an_inflected_form_that_only_begins_a_multi_word_verb_is_still_its_lemma()
      throws IOException {
    PetrarchVerbDictionary d =
        PetrarchVerbDictionary.read(
            new StringReader(
                """
                --- KILL  [190] ---
                +KILLED_AND {} [180]
                KILL
                - EXPLOSION * [193]
                """),
            "kill.txt",
            CODEBOOK);
    // "killed" keys "+KILLED_AND" only: without "and" it is KILL, with its patterns
    assertThat(d.match("kill", "killed", words("ORCS * RANGERS"), 1).get().code().code())
        .isEqualTo("190");
    assertThat(d.match("kill", "killed", words("EXPLOSION * RANGERS"), 1).get().code().code())
        .isEqualTo("193");
    assertThat(d.match("kill", "killed", words("ORCS * AND WOUNDED"), 1).get().code().code())
        .isEqualTo("180");
  }
}
