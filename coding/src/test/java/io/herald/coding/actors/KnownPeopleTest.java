package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownPeopleTest {
  private static final String ACTORS =
      """
      ARAGORN_  # a ranger who became king
      +STRIDER_
      +KING_ARAGORN
      \t[ARNELI 29510101-30190325]
      \t[ARNGOV >30190325]
      \t[ARNELI]
      GANDALF_THE_GREY_
      +GANDALF_
      \t[IGOWIZ]
      BOROMIR_
      +CAPTAIN
      \t[GONMIL]
      FARAMIR_
      +CAPTAIN
      \t[ITHMIL]
      GONDOR_
      \t[GON]
      """;

  private static KnownPeople people() throws IOException {
    return KnownPeople.of(
        List.of(PetrarchActorDictionary.read(new StringReader(ACTORS), "actors.txt")));
  }

  @Test
  void datedCodeAppliesOnTheArticleDate() throws IOException {
    KnownPeople k = people();
    assertThat(k.codeOn("Aragorn", Optional.of(LocalDate.of(3000, 1, 1)))).contains("ARNELI");
    assertThat(k.codeOn("Strider", Optional.of(LocalDate.of(3020, 1, 1)))).contains("ARNGOV");
  }

  @Test
  void withoutADateOnlyTheCountryOfAPersonWhoseSectorChangedIsKnown() throws IOException {
    // Aragorn is ARNELI before his crowning and ARNGOV after: an undated story may be either.
    assertThat(people().codeOn("King Aragorn", Optional.empty())).contains("ARN");
    // One code at every date is that code, dated or not.
    assertThat(people().codeOn("Boromir", Optional.empty())).contains("GONMIL");
  }

  @Test
  void organisationCodesAreKept() throws IOException {
    assertThat(people().codeOn("Gandalf", Optional.empty())).contains("IGOWIZ");
  }

  @Test
  void aNameWithoutItsMiddleWordsIsKnown() throws IOException {
    assertThat(people().codeOn("Gandalf Grey", Optional.empty())).contains("IGOWIZ");
    assertThat(people().codeOn("Gandalf White", Optional.empty())).isEmpty();
  }

  @Test
  void placeNamesAndAmbiguousNamesAreNotPeople() throws IOException {
    KnownPeople k = people();
    assertThat(k.codeOn("Gondor", Optional.empty())).isEmpty();
    assertThat(k.codeOn("Captain", Optional.empty())).isEmpty();
    assertThat(k.codeOn("Boromir", Optional.empty())).contains("GONMIL");
  }

  @Test
  void keyIgnoresFullStopsAndWordMarkers() {
    assertThat(KnownPeople.key("GEORGE_W._BUSH_")).isEqualTo("GEORGE W BUSH");
    assertThat(KnownPeople.key("George W. Bush")).isEqualTo("GEORGE W BUSH");
  }

  @Test
  void bundledPhoenixDictionariesKnowWorldLeaders() {
    KnownPeople k = KnownPeople.bundled();
    assertThat(k.size()).isGreaterThan(10_000);
    assertThat(k.codeOn("Vladimir Putin", Optional.of(LocalDate.of(2005, 6, 1))))
        .hasValueSatisfying(c -> assertThat(c).startsWith("RUS"));
  }
}
