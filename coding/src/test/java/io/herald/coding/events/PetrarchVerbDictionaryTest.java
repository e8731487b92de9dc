package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.codes.CameoCodebook;
import java.io.IOException;
import java.io.StringReader;
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

  @Test
  void verb_without_matching_pattern_takes_its_block_code() throws IOException {
    var m = dictionary().match("confer", Set.of("LEADERS"), Set.of("ON", "TRADE"));
    assertThat(m).isPresent();
    assertThat(m.get().code().code()).isEqualTo("040");
    assertThat(m.get().rule()).isEqualTo("petrarch.DISCUSS");
  }

  @Test
  void most_specific_matching_pattern_wins() throws IOException {
    var m = dictionary().match("discuss", Set.of(), Set.of("IN", "A", "TELEPHONE", "CONVERSATION"));
    assertThat(m.get().code().code()).isEqualTo("041");
    assertThat(m.get().rule()).contains("TELEPHONE CONVERSATION");
  }

  @Test
  void synonym_sets_expand_to_their_members() throws IOException {
    assertThat(dictionary().match("discuss", Set.of(), Set.of("BY", "CALL")).get().code().code())
        .isEqualTo("041");
  }

  @Test
  void codes_outside_the_codebook_are_never_emitted() throws IOException {
    var m = dictionary().match("discuss", Set.of(), Set.of("AID"));
    assertThat(m.get().code().code()).isEqualTo("040");
  }

  @Test
  void dashes_mean_no_event_and_multiword_verbs_need_their_particle() throws IOException {
    PetrarchVerbDictionary d = dictionary();
    assertThat(d.match("ask", Set.of(), Set.of("QUESTIONS"))).isEmpty();
    assertThat(d.match("ask", Set.of(), Set.of("FOR", "AID")).get().code().code()).isEqualTo("020");
    assertThat(d.match("ask", Set.of(), Set.of("FORGIVENESS")).get().code().code())
        .isEqualTo("055");
    assertThat(d.match("negotiate", Set.of(), Set.of())).isEmpty();
  }

  @Test
  void bundled_cameo_dictionary_loads_thousands_of_verbs() {
    PetrarchVerbDictionary d = PetrarchVerbDictionary.bundled(CODEBOOK);
    assertThat(d.verbCount()).isGreaterThan(1000);
    assertThat(d.match("invade", Set.of(), Set.of("UKRAINE")).get().code().root()).isEqualTo("19");
  }

  @Test
  void pattern_before_any_block_is_an_error_naming_the_line() {
    String bad = "####### VERB PATTERNS #######\n- * TALKS [040]\n";
    assertThatThrownBy(
            () -> PetrarchVerbDictionary.read(new StringReader(bad), "bad.txt", CODEBOOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt:2");
  }
}
