package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.coding.Coding;
import io.herald.coding.quotes.Parse;
import io.herald.model.Actor;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import org.junit.jupiter.api.Test;

/** A demonym modifying a noun the dictionaries do not know codes that noun as its country. */
class CountryModifierTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void a_demonym_after_its_noun_gives_a_forward_span() {
    // As CoreNLP parsed a BBC politics story: "British" hangs off "suspects", which comes first.
    // The evidence once ran from the demonym back to the noun, and coding the article failed.
    String text = "Police questioned 12 suspects, both British and foreign, on Monday.";
    ParsedArticle p =
        new Parse(text)
            .sentence(
                "Police/NNS/police questioned/VBD/question 12/CD suspects/NNS/suspect ,/, both/CC"
                    + " British/JJ/british/NATIONALITY and/CC foreign/JJ ,/, on/IN"
                    + " Monday/NNP/monday/DATE ./.",
                "1>0:nsubj",
                "-1>1:root",
                "1>3:obj",
                "3>2:nummod",
                "3>6:amod",
                "6>5:cc:preconj",
                "6>8:conj:and",
                "8>7:cc",
                "1>11:obl:on",
                "11>10:case")
            .build();

    Coding coded = CODER.code(p);

    Actor british =
        coded.actors().stream().filter(a -> "GBR".equals(a.country())).findFirst().orElseThrow();
    assertThat(british.mentions())
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.start()).isLessThanOrEqualTo(m.end()))
        .anySatisfy(m -> assertThat(m.of(text)).contains("suspects").contains("British"));
  }

  @Test
  void a_demonym_heading_an_of_phrase_is_a_group_of_its_country() {
    // As CoreNLP parsed it: "Sierra Leonean" heads the "of" phrase, "refugees" is its conjunct.
    String text = "Guards tortured scores of Sierra Leonean and Liberian refugees.";
    ParsedArticle p =
        new Parse(text)
            .sentence(
                "Guards/NNS/guard tortured/VBD/torture scores/NNS/score of/IN"
                    + " Sierra/NNP/sierra/NATIONALITY Leonean/NNP/leonean/NATIONALITY and/CC"
                    + " Liberian/JJ/liberian/NATIONALITY refugees/NNS/refugee ./.",
                "1>0:nsubj",
                "-1>1:root",
                "1>2:obj",
                "2>5:nmod:of",
                "5>3:case",
                "5>4:compound",
                "5>8:conj:and",
                "8>6:cc",
                "8>7:amod",
                "1>9:punct")
            .build();

    Coding coded = CODER.code(p);

    assertThat(coded.actors()).extracting(Actor::country).contains("SLE", "LBR");
    // both demonyms modify "refugees"
    assertThat(coded.actors())
        .extracting(a -> a.code().value())
        .contains("SLEREF", "LBRREF")
        .doesNotContain("SLE");
  }
}
