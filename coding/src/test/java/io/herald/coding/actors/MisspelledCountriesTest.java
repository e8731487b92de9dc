package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Country names misspelt by one letter, and the words that must not be taken for them. */
class MisspelledCountriesTest {
  private static MisspelledCountries world() {
    MisspelledCountries m = new MisspelledCountries();
    for (String[] c :
        new String[][] {
          {"Ethiopia", "ETH"},
          {"Niger", "NER"},
          {"Nigeria", "NGA"},
          {"Qatar", "QAT"},
          {"Gambia", "GMB"},
          {"Zambia", "ZMB"}
        }) {
      m.add(c[0], new LexiconEntry(LexiconEntry.Type.COUNTRY, c[1], "", "", c[0]));
    }
    return m;
  }

  @Test
  void one_letter_dropped_added_or_swapped_is_forgiven() {
    MisspelledCountries m = world();
    assertThat(m.near("ethopia")).hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("ETH"));
    assertThat(m.near("quatar")).hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("QAT"));
    assertThat(m.near("etihopia"))
        .hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("ETH"));
  }

  @Test
  void a_word_near_two_countries_or_spelt_right_or_two_letters_off_is_left_alone() {
    MisspelledCountries m = world();
    assertThat(m.near("nigera")).isEmpty(); // Niger or Nigeria
    assertThat(m.near("gambia")).isEmpty(); // spelt right: the exact match's business
    assertThat(m.near("ethopa")).isEmpty();
    assertThat(m.near("kambia")).isEmpty(); // the first letter is kept
  }

  @Test
  void a_misspelt_country_in_a_sentence_is_that_country() {
    ParsedArticle p =
        HandParse.of(
            "Ethopia agreed to open its borders.",
            "Ethopia/NNP/LOCATION agreed/VBD to/TO open/VB its/PRP$ borders/NNS ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:mark",
            "1>3:xcomp",
            "5>4:nmod:poss",
            "3>5:obj",
            "1>6:punct");
    ActorTable table =
        new ActorResolver(ActorLexicon.load(Countries.load()))
            .resolve(p, List.of(), RoleStore.NONE);
    assertThat(table.at(0, 0)).extracting(d -> d.code().value()).containsExactly("ETH");
  }
}
