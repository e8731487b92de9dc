package io.herald.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"USA", "JPNGOV", "JPNELI", "IGOWSTNAT", "UNK"})
  void accepts_groups_of_three_capitals(String value) {
    assertThat(new ActorCode(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "US", "JPNGO", "jpn", "JpnGOV", "JPN GOV", "JPN1", "JPNGOV "})
  void rejects_anything_else(String value) {
    assertThatThrownBy(() -> new ActorCode(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(value);
  }

  @Test
  void rejects_null() {
    assertThatThrownBy(() -> new ActorCode(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void splits_root_and_roles() {
    ActorCode code = new ActorCode("IGOWSTNAT");
    assertThat(code.root()).isEqualTo("IGO");
    assertThat(code.roles()).isEqualTo("WSTNAT");
    assertThat(new ActorCode("USA").roles()).isEmpty();
  }

  @Test
  void of_joins_country_and_sector() {
    assertThat(ActorCode.of("JPN", "GOV")).isEqualTo(new ActorCode("JPNGOV"));
    assertThat(ActorCode.of("JPN", "")).isEqualTo(new ActorCode("JPN"));
    assertThatThrownBy(() -> ActorCode.of("JPN", "GO"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prints_as_the_bare_code() {
    assertThat(ActorCode.of("USA", "MIL")).hasToString("USAMIL");
    assertThat(ActorCode.UNKNOWN).hasToString("UNK");
  }
}
