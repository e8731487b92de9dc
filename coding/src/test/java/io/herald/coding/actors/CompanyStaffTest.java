package io.herald.coding.actors;

import static io.herald.coding.actors.BundledLexicon.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import org.junit.jupiter.api.Test;

/**
 * The people who speak or work for a company named with a country ("a spokesman for Japan
 * Airlines") are that country's business sector, one actor with the company, not the country's
 * government. Made-up sentences, tagged and parsed as CoreNLP does such ones.
 */
class CompanyStaffTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  @Test
  void a_spokesman_for_a_country_named_airline_is_its_business() {
    ParsedArticle p =
        HandParse.of(
            "A spokesman for Japan Airlines said the company would cut flights to Seoul.",
            "A/DT spokesman/NN for/IN Japan/NNP/ORGANIZATION Airlines/NNP/ORGANIZATION said/VBD"
                + " the/DT company/NN would/MD cut/VB flights/NNS to/IN Seoul/NNP/CITY ./.",
            "-1>5:root",
            "5>1:nsubj",
            "1>0:det",
            "1>4:nmod:for",
            "4>2:case",
            "4>3:compound",
            "5>9:ccomp",
            "9>7:nsubj",
            "7>6:det",
            "9>8:aux",
            "9>10:obj",
            "10>12:nmod:to",
            "12>11:case",
            "5>13:punct");
    assertThat(codesAt(p, 1)).containsExactly("JPNBUS");
    assertThat(codesAt(p, 4)).containsExactly("JPNBUS");
  }
}
