package io.herald.coding.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.coding.entities.EntityLexicon.WordKind;
import io.herald.model.codes.Countries;
import org.junit.jupiter.api.Test;

class EntityLexiconTest {
  private static final EntityLexicon BUNDLED = EntityLexicon.load(Countries.load());

  @Test
  void bundled_lexicon_knows_countries_capitals_demonyms_and_international_bodies() {
    assertThat(BUNDLED.typeOf("Germany")).contains("COUNTRY");
    assertThat(BUNDLED.typeOf("GERMANY")).contains("COUNTRY");
    assertThat(BUNDLED.typeOf("Berlin")).contains("CITY");
    assertThat(BUNDLED.typeOf("Germans")).contains("NATIONALITY");
    assertThat(BUNDLED.typeOf("OSCE")).contains("ORGANIZATION");
    assertThat(BUNDLED.typeOf("Somerset")).isEmpty();
  }

  @Test
  void national_institutions_are_not_taken_as_organisation_names() {
    assertThat(BUNDLED.typeOf("White House")).isEmpty();
    assertThat(BUNDLED.typeOf("Pentagon")).isEmpty();
  }

  @Test
  void name_words_match_as_written_and_in_capitals() {
    assertThat(BUNDLED.is("Inc", WordKind.DESIGNATOR)).isTrue();
    assertThat(BUNDLED.is("STREET", WordKind.TOPONYM)).isTrue();
    assertThat(BUNDLED.is("street", WordKind.TOPONYM)).isFalse();
    assertThat(BUNDLED.is("based", WordKind.SUFFIX)).isTrue();
    assertThat(BUNDLED.is("of", WordKind.CONNECTOR)).isTrue();
  }

  @Test
  void rejects_a_blank_word_and_a_class_that_names_nothing() {
    assertThatThrownBy(() -> EntityLexicon.builder().word(" ", WordKind.GENERIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> EntityLexicon.builder().name("Monday", "DATE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATE");
  }

  @Test
  void a_built_lexicon_cannot_be_changed_through_its_builder() {
    EntityLexicon.Builder b = EntityLexicon.builder().name("Freedonia", "COUNTRY");
    EntityLexicon lexicon = b.build();
    assertThat(lexicon.typeOf("Freedonia")).contains("COUNTRY");
    assertThatThrownBy(() -> b.name("Syldavia", "COUNTRY"))
        .isInstanceOf(IllegalStateException.class);
  }
}
