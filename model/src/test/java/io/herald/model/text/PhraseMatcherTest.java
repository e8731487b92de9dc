package io.herald.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static List<String> found(PhraseMatcher<String> matcher, String text) {
    Sentence s = PunctuationTokenizer.sentence(text);
    return matcher.find(s, text).stream()
        .map(m -> s.spanOf(m.first(), m.last()).of(text) + "=" + m.value())
        .toList();
  }

  @Test
  void prefers_the_longest_phrase_at_a_position() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("United", "UNITED", false);
    m.add("United States of America", "USA-LONG", false);
    m.add("United States", "USA", false);
    assertThat(found(m, "The United States of America said"))
        .containsExactly("United States of America=USA-LONG");
    assertThat(found(m, "The United States said")).containsExactly("United States=USA");
    assertThat(found(m, "United Nations")).containsExactly("United=UNITED");
  }

  @Test
  void longest_matching_yields_to_a_longer_phrase_starting_inside_a_match() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("the Gulf", "PERSIAN", false);
    m.add("Gulf of Mexico", "MEXICO", false);
    m.add("Mexico", "MEX", false);
    String text = "Oil reached the Gulf of Mexico and the Gulf";
    Sentence s = PunctuationTokenizer.sentence(text);
    assertThat(m.findLongest(s, text).stream().map(x -> x.phrase()).toList())
        .containsExactly("Gulf of Mexico", "the Gulf");
    // plain leftmost matching keeps "the Gulf" and then finds "Mexico" alone
    assertThat(found(m, text))
        .containsExactly("the Gulf=PERSIAN", "Mexico=MEX", "the Gulf=PERSIAN");
  }

  @Test
  void reports_token_indices_of_the_match() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("United States", "USA", false);
    Sentence s = PunctuationTokenizer.sentence("Japan and the United States share");
    List<PhraseMatcher.Match<String>> matches = m.find(s, "Japan and the United States share");
    assertThat(matches).containsExactly(new PhraseMatcher.Match<>(3, 4, "United States", "USA"));
  }

  @Test
  void does_not_match_a_name_inside_a_longer_word() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("Japan", "JPN", false);
    assertThat(found(m, "Japanese officials met Japanologists")).isEmpty();
    assertThat(found(m, "Japanese officials said Japan agreed")).containsExactly("Japan=JPN");
  }

  @Test
  void does_not_end_a_match_inside_a_token() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("United States", "USA", false);
    assertThat(found(m, "United Statesmen gathered")).isEmpty();
  }

  @Test
  void matches_phrases_spanning_punctuation_tokens() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("U.S.", "USA", false);
    assertThat(found(m, "The U.S. and Japan")).containsExactly("U.S.=USA");
  }

  @Test
  void matches_all_caps_text_of_a_mixed_case_phrase() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("Tokyo", "JPN", false);
    assertThat(found(m, "TOKYO (Kyodo) — Tokyo said")).containsExactly("TOKYO=JPN", "Tokyo=JPN");
  }

  @Test
  void case_sensitive_phrase_does_not_match_other_casing() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("Tokyo", "JPN", false);
    assertThat(found(m, "tokyo and ToKyO")).isEmpty();
  }

  @Test
  void case_insensitive_phrase_matches_any_casing() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("the White House", "USAGOV", true);
    assertThat(found(m, "The White House said; the white house denied"))
        .containsExactly("The White House=USAGOV", "the white house=USAGOV");
  }

  @Test
  void finds_non_overlapping_matches_left_to_right() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("United States", "USA", false);
    m.add("States", "STATES", false);
    m.add("Japan", "JPN", false);
    assertThat(found(m, "Japan and the United States and the States"))
        .containsExactly("Japan=JPN", "United States=USA", "States=STATES");
  }

  @Test
  void first_value_added_for_a_phrase_wins() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("Georgia", "GEO", false);
    m.add("Georgia", "USA", false);
    assertThat(found(m, "Georgia said")).containsExactly("Georgia=GEO");
  }

  @Test
  void ignores_blank_phrases_and_strips_surrounding_space() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("   ", "BLANK", false);
    m.add("  Japan ", "JPN", false);
    assertThat(found(m, "Japan said")).containsExactly("Japan=JPN");
  }

  @Test
  void phrase_running_past_the_end_of_text_does_not_match() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.add("United States", "USA", false);
    assertThat(found(m, "United")).isEmpty();
  }

  @Test
  void a_stem_whose_first_word_is_split_at_a_hyphen_is_found() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.addPrefix("AL-QAEDA", "IMGMOSALQ");
    // tokenised "Al", "-", "Qaeda": the first token is shorter than the stem's bucket key
    assertThat(found(m, "linked to Al-Qaeda who")).containsExactly("Al-Qaeda=IMGMOSALQ");
    assertThat(found(m, "linked to Al Qaeda who")).isEmpty();
  }

  @Test
  void words_joined_by_underscores_in_the_text_match_the_phrase() {
    PhraseMatcher<String> m = new PhraseMatcher<>();
    m.addPrefix("PRINCE OF DOL AMROTH", "DOL");
    assertThat(found(m, "warned about the Prince of Dol_Amroth."))
        .containsExactly("Prince of Dol_Amroth=DOL");
  }
}
