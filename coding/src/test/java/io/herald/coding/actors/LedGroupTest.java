package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.coding.Coding;
import io.herald.coding.quotes.Parse;
import io.herald.model.Actor;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import org.junit.jupiter.api.Test;

/** A group a country leads ("Kenyan-led troops") is that country's, with the noun's sector. */
class LedGroupTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static final String TEXT = "Kenyan-led troops seized the airport.";

  /** "<demonym>-<participle> troops seized the airport", parsed as CoreNLP parses "-led". */
  private static Coding code(String participle) {
    return CODER.code(
        new Parse(TEXT.replace("led", participle))
            .sentence(
                "Kenyan/JJ/kenyan -/HYPH "
                    + participle
                    + "/VBN troops/NNS/troop seized/VBD/seize the/DT airport/NN ./.",
                "2>0:dep",
                "2>1:punct",
                "3>2:amod",
                "4>3:nsubj",
                "-1>4:root",
                "6>5:det",
                "4>6:obj",
                "4>7:punct")
            .build());
  }

  @Test
  void troops_a_country_leads_are_its_military() {
    Coding coded = code("led");

    assertThat(coded.actors())
        .anySatisfy(
            a -> {
              assertThat(a.country() + a.sector()).isEqualTo("KENMIL");
              assertThat(a.evidence().rule()).isEqualTo("actor.country-led");
              assertThat(a.mentions()).anySatisfy(m -> assertThat(m.of(TEXT)).isEqualTo("troops"));
            });
  }

  @Test
  void troops_a_country_backs_are_not_its_own() {
    Coding coded = code("backed");

    assertThat(coded.actors()).extracting(Actor::country).doesNotContain("KEN");
  }
}
