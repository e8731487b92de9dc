package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PetrarchDictionaryTest {
  private static final String ACTORS =
      """
      <!-- a fictional world
      spanning lines -->
      ARNOR_  [ARN]
      GONDOR [GON]
      +MINAS_TIRITH
      BOROMIR  [---]
      GROUP OF 77  [G77]
      ISILDUR  [+++]
      GOLLUM  # pas 27 Apr 03
      +SMEAGOL
      \t[HOB < 950601]
      \t[HOBGOV 19950601 - 19990815]
      \t[HOBREB > 990816]
      """;

  private static PetrarchActorDictionary actors() throws IOException {
    return PetrarchActorDictionary.read(new StringReader(ACTORS), "actors.txt");
  }

  private static PetrarchActorDictionary.Entry entry(String phrase) throws IOException {
    return actors().entries().stream()
        .filter(e -> e.phrases().contains(phrase))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void reads_entries_synonyms_and_whole_word_markers() throws IOException {
    assertThat(entry("GONDOR").phrases()).containsExactly("GONDOR", "MINAS TIRITH");
    assertThat(entry("ARNOR_").codeOn(Optional.empty())).contains("ARN");
    assertThat(entry("BOROMIR").codeOn(Optional.of(LocalDate.parse("2000-01-01")))).isEmpty();
  }

  @Test
  void date_restricted_codes_follow_the_article_date() throws IOException {
    PetrarchActorDictionary.Entry gollum = entry("GOLLUM");
    assertThat(gollum.phrases()).contains("SMEAGOL");
    assertThat(gollum.codeOn(Optional.of(LocalDate.parse("1994-03-01")))).contains("HOB");
    assertThat(gollum.codeOn(Optional.of(LocalDate.parse("1997-03-01")))).contains("HOBGOV");
    assertThat(gollum.codeOn(Optional.of(LocalDate.parse("2001-03-01")))).contains("HOBREB");
  }

  @Test
  void without_a_date_only_what_every_code_agrees_on_is_known() throws IOException {
    assertThat(entry("GOLLUM").codeWithoutDate()).contains("HOB");
    assertThat(entry("ARNOR_").codeWithoutDate()).contains("ARN");
    assertThat(entry("BOROMIR").codeWithoutDate()).isEmpty();
  }

  @Test
  void unreadable_codes_are_reported_with_their_line_and_skipped() throws IOException {
    assertThat(actors().problems()).singleElement().asString().startsWith("actors.txt:8:");
  }

  @Test
  void agents_expand_macros_and_plurals() throws IOException {
    String agents =
        """
        !PERSON! = MAN, MEN
        GOVERNMENT  [~GOV] # ems
        MEDIA {} [~MED]
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
        CONGRESS!PERSON! [~LEG]
        """;
    PetrarchAgentDictionary d =
        PetrarchAgentDictionary.read(new StringReader(agents), "agents.txt");
    assertThat(d.sectors())
        .containsEntry("government", "GOV")
        .containsEntry("governments", "GOV")
        .containsEntry("media", "MED")
        .doesNotContainKey("medias")
        .containsEntry("attorneys general", "GOV")
        .containsEntry("congressman", "LEG")
        .containsEntry("congressmen", "LEG");
  }

  @Test
  void agents_keep_whether_they_go_before_or_after_the_actor() throws IOException {
    String agents =
        """
        !MINST! = MINISTER, MINISTRY
        MSF {}  [NGO~]
        HUMAN_RIGHTS_ORGANIZATION  [  NGO~]
        AUTHORITY  [~GOV]
        !MINST!_OF_SILLY_WALKS [~GOV]
        """;
    PetrarchAgentDictionary d =
        PetrarchAgentDictionary.read(new StringReader(agents), "agents.txt");
    assertThat(d.agents())
        .containsEntry("msf", new PetrarchAgentDictionary.Agent("NGO", true))
        .containsEntry("human rights organization", new PetrarchAgentDictionary.Agent("NGO", true))
        .containsEntry("authorities", new PetrarchAgentDictionary.Agent("GOV", false))
        .containsEntry("ministry of silly walks", new PetrarchAgentDictionary.Agent("GOV", false))
        .doesNotContainKey("ministry of silly walkss")
        .doesNotContainKey("msfs");
  }

  @Test
  void reads_compound_codes_as_one_code_naming_several_actors() throws IOException {
    PetrarchActorDictionary d =
        PetrarchActorDictionary.read(
            new StringReader("THE_SHIRE  [FRO/BIL/SAM]\nLORIEN [ELR/GAL]\n"), "actors.txt");
    assertThat(d.problems()).isEmpty();
    assertThat(d.entries().get(0).codeOn(Optional.empty())).contains("FRO/BIL/SAM");
  }
}
