package io.herald.model.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoCodebookTest {
  private static CameoCodebook codebook;

  @BeforeAll
  static void load() {
    codebook = CameoCodebook.load();
  }

  @Test
  void loads_all_312_codes() {
    assertThat(codebook.all()).hasSize(312);
    assertThat(codebook.all()).extracting(CameoCode::code).doesNotHaveDuplicates();
  }

  @Test
  void has_all_twenty_roots() {
    for (int r = 1; r <= 20; r++) {
      String root = String.format(Locale.ROOT, "%02d", r);
      assertThat(codebook.find(root)).as("root %s", root).isPresent();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "01,1", "02,1", "03,1", "04,1", "05,2", "06,2", "07,2", "08,2", "09,3", "10,3", "11,3", "12,3",
    "13,3", "14,4", "15,4", "16,4", "17,4", "18,4", "19,4", "20,4"
  })
  void quad_class_of_root_follows_gdelt(String root, int quadClass) {
    assertThat(CameoCode.quadClassOfRoot(root)).isEqualTo(quadClass);
    assertThat(codebook.require(root).quadClass()).isEqualTo(quadClass);
  }

  @Test
  void every_code_has_the_quad_class_of_its_root() {
    for (CameoCode c : codebook.all()) {
      assertThat(c.code()).startsWith(c.root());
      assertThat(c.quadClass())
          .as("QuadClass of %s", c.code())
          .isEqualTo(CameoCode.quadClassOfRoot(c.root()));
    }
  }

  @Test
  void quad_class_of_root_rejects_roots_outside_one_to_twenty() {
    assertThatThrownBy(() -> CameoCode.quadClassOfRoot("00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CameoCode.quadClassOfRoot("21"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Values checked by hand against cameo.tsv (and GDELT's CAMEO Goldstein table).
  @ParameterizedTest
  @CsvSource({
    "041, Discuss by telephone, 1.0, 1",
    "111, Criticize or denounce, -2.0, 3",
    "195, Employ aerial weapons, -10.0, 4",
    "192, Occupy territory, -9.5, 4"
  })
  void goldstein_and_quad_class_match_the_table(
      String code, String name, double goldstein, int quadClass) {
    CameoCode c = codebook.require(code);
    assertThat(c.name()).isEqualTo(name);
    assertThat(c.goldstein()).isCloseTo(goldstein, within(1e-9));
    assertThat(c.quadClass()).isEqualTo(quadClass);
    assertThat(c.root()).isEqualTo(code.substring(0, 2));
  }

  @Test
  void require_throws_for_an_undefined_code() {
    assertThatThrownBy(() -> codebook.require("999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("999");
    assertThat(codebook.find("999")).isEmpty();
    assertThat(codebook.find("0411")).isEmpty();
  }

  @Test
  void every_code_has_a_plover_type() {
    for (CameoCode c : codebook.all()) {
      PloverType p = codebook.ploverOf(c);
      assertThat(p).as("PLOVER type of %s", c.code()).isNotNull();
      assertThat(p.type()).matches("[A-Z_]+");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "041, CONSULT, phone",
    "111, DISAPPROVE, disapprove",
    "192, COERCE, seize",
    "195, FIGHT, heavy-weapons"
  })
  void maps_codes_to_plover(String code, String type, String mode) {
    PloverType p = codebook.ploverOf(codebook.require(code));
    assertThat(p.type()).isEqualTo(type);
    assertThat(p.mode()).isEqualTo(mode);
  }

  @Test
  void goldstein_weights_stay_within_plus_minus_ten() {
    assertThat(codebook.all()).allSatisfy(c -> assertThat(c.goldstein()).isBetween(-10.0, 10.0));
  }

  @Test
  void cameo_code_rejects_malformed_values() {
    assertThatThrownBy(() -> new CameoCode("4", "x", 0, 1, "04"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CameoCode("041", "x", 0, 1, "05"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CameoCode("041", "x", 10.5, 1, "04"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CameoCode("041", "x", 0, 5, "04"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dictionary_codes_extend_a_copy_of_the_codebook_with_their_roots_facts() {
    CameoCodebook extended = codebook.withDictionaryCodes(java.util.List.of("1717", "174K", "903"));
    assertThat(extended.require("1717").quadClass()).isEqualTo(4);
    assertThat(extended.ploverOf(extended.require("1717")).type()).isEqualTo("COERCE");
    assertThat(extended.require("174K").root()).isEqualTo("17");
    assertThat(extended.require("903").quadClass()).isEqualTo(CameoCode.NO_QUAD_CLASS);
    assertThat(extended.ploverOf(extended.require("903")).type()).isEqualTo("DROPPED");
    assertThat(extended.require("041")).isEqualTo(codebook.require("041"));
    assertThat(codebook.find("1717")).isEmpty();
    assertThatThrownBy(() -> codebook.withDictionaryCodes(java.util.List.of("abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("abc");
  }
}
