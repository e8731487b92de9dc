package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country's name inside a company's proper name ("Air China", "China Eastern", "Japan Airlines")
 * codes the country's business sector, not the country. The sentences are written after BBC
 * business sentences the coder got wrong, tagged as CoreNLP tags them.
 */
class CompanyNamesTest {
  private static final ActorLexicon LEXICON = ActorLexicon.load(Countries.load());

  private static List<String> codesAt(ParsedArticle p, int token) {
    return new ActorResolver(LEXICON)
        .resolve(p, List.of(), RoleStore.NONE).at(0, token).stream()
            .map(d -> d.code().value())
            .toList();
  }

  @Test
  void chinese_airlines_are_chinese_business() {
    ParsedArticle p =
        HandParse.of(
            "Air China's long-awaited listing is part of a plan to reform a dozen"
                + " state-owned airlines, which have been merged into four groups under Air"
                + " China, China Southern and China Eastern.",
            "Air/NNP China/NNP/COUNTRY 's/POS long/JJ -/HYPH awaited/VBN listing/NN is/VBZ"
                + " part/NN of/IN a/DT plan/NN to/TO reform/VB a/DT dozen/NN/NUMBER"
                + " state/NN -/HYPH owned/VBN airlines/NNS ,/, which/WDT have/VBP been/VBN"
                + " merged/VBN into/IN four/CD/NUMBER groups/NNS under/IN"
                + " Air/NNP/ORGANIZATION China/NNP/ORGANIZATION ,/, China/NNP/COUNTRY"
                + " Southern/NNP and/CC China/NNP/ORGANIZATION Eastern/NNP/ORGANIZATION ./.",
            "-1>8:root",
            "1>0:compound",
            "1>2:case",
            "6>1:nmod:poss",
            "6>5:amod",
            "5>3:dep",
            "5>4:punct",
            "8>6:nsubj",
            "8>7:cop",
            "8>11:nmod:of",
            "8>37:punct",
            "11>9:case",
            "11>10:det",
            "11>13:acl:to",
            "13>12:mark",
            "13>19:obj",
            "15>14:advmod",
            "19>15:nummod",
            "19>18:amod",
            "19>20:punct",
            "19>24:acl:relcl",
            "19>31:punct",
            "19>36:appos",
            "18>16:obl",
            "18>17:punct",
            "24>22:aux",
            "24>23:aux:pass",
            "24>27:obl:into",
            "27>25:case",
            "27>26:nummod",
            "27>30:nmod:under",
            "30>28:case",
            "30>29:compound",
            "33>32:compound",
            "33>35:conj:and",
            "36>33:compound",
            "36>35:compound",
            "35>34:cc");
    assertThat(codesAt(p, 1)).containsExactly("CHNBUS");
    assertThat(codesAt(p, 30)).containsExactly("CHNBUS");
    assertThat(codesAt(p, 32)).containsExactly("CHNBUS");
    assertThat(codesAt(p, 35)).containsExactly("CHNBUS");
  }

  @Test
  void japan_airlines_is_japanese_business_and_japan_alone_is_the_country() {
    ParsedArticle airline =
        HandParse.of(
            "Japan Airlines has placed a firm order for 12 of the aircraft.",
            "Japan/NNP/ORGANIZATION Airlines/NNPS/ORGANIZATION has/VBZ placed/VBN a/DT firm/JJ"
                + " order/NN for/IN 12/CD/NUMBER of/IN the/DT aircraft/NN ./.",
            "-1>3:root",
            "1>0:compound",
            "3>1:nsubj",
            "3>2:aux",
            "3>6:obj",
            "3>12:punct",
            "6>4:det",
            "6>5:amod",
            "6>11:nmod:for",
            "11>7:case",
            "11>8:det:qmod",
            "11>10:det",
            "8>9:fixed");
    assertThat(codesAt(airline, 0)).containsExactly("JPNBUS");
    ParsedArticle country =
        HandParse.of(
            "Japan has placed a firm order.",
            "Japan/NNP/COUNTRY has/VBZ placed/VBN a/DT firm/JJ order/NN ./.",
            "-1>2:root",
            "2>0:nsubj",
            "2>1:aux",
            "2>5:obj",
            "5>3:det",
            "5>4:amod",
            "2>6:punct");
    assertThat(codesAt(country, 0)).containsExactly("JPN");
  }
}
