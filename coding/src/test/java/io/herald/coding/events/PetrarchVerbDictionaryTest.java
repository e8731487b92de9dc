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

  @Test
  void pattern_before_any_block_is_an_error_naming_the_line() {
    String bad = "####### VERB PATTERNS #######\n- * TALKS [040]\n";
    assertThatThrownBy(
            () -> PetrarchVerbDictionary.read(new StringReader(bad), "bad.txt", CODEBOOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt:2");
  }
}
