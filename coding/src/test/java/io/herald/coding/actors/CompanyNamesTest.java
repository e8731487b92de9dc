package io.herald.coding.actors;

import static io.herald.coding.actors.BundledLexicon.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.ActorKind;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country's name inside a company's proper name ("Air China", "China Eastern", "Japan Airlines")
 * codes the country's business sector, not the country; other named businesses are actors of the
 * business sector too: their country's ({@code SWEBUS}) when their own words give one, else {@code
 * MNC}. The first sentences are written after BBC business sentences the coder got wrong, tagged as
 * CoreNLP tags them; the later ones and their company names are invented.
 */
class CompanyNamesTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

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

  private static List<ActorTable.Draft> at(ParsedArticle p, int token) {
    return new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE).at(0, token);
  }

  @Test
  void a_name_ending_in_a_company_word_is_a_business_of_no_known_country() {
    ParsedArticle p =
        HandParse.of(
            "Kestrel Motors praised the German government.",
            "Kestrel/NNP/ORGANIZATION Motors/NNPS/ORGANIZATION praised/VBD the/DT"
                + " German/JJ/NATIONALITY government/NN ./.",
            "1>0:compound",
            "2>1:nsubj",
            "-1>2:root",
            "5>3:det",
            "5>4:amod",
            "2>5:obj",
            "2>6:punct");
    List<ActorTable.Draft> kestrel = at(p, 1);
    assertThat(kestrel).extracting(d -> d.code().value()).containsExactly("MNC");
    assertThat(kestrel).extracting(ActorTable.Draft::sector).containsExactly("BUS");
    assertThat(kestrel).extracting(ActorTable.Draft::kind).containsExactly(ActorKind.ORGANIZATION);
    assertThat(kestrel).extracting(ActorTable.Draft::name).containsExactly("Kestrel Motors");
    ActorTable table = new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE);
    assertThat(table.at(0, 0)).isEqualTo(table.at(0, 1));
  }

  @Test
  void a_business_noun_before_a_name_makes_it_a_company() {
    ParsedArticle p =
        HandParse.of(
            "The carmaker Zorvan criticised the tariffs.",
            "The/DT carmaker/NN Zorvan/NNP/ORGANIZATION criticised/VBD the/DT tariffs/NNS ./.",
            "2>0:det",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "5>4:det",
            "3>5:obj",
            "3>6:punct");
    assertThat(at(p, 2)).extracting(d -> d.code().value()).containsExactly("MNC");
  }

  @Test
  void an_apposed_business_phrase_gives_its_country() {
    ParsedArticle p =
        HandParse.of(
            "Orvik Group, the Swedish carmaker, criticised Norway.",
            "Orvik/NNP/ORGANIZATION Group/NNP/ORGANIZATION ,/, the/DT Swedish/JJ/NATIONALITY"
                + " carmaker/NN ,/, criticised/VBD Norway/NNP/COUNTRY ./.",
            "1>0:compound",
            "7>1:nsubj",
            "1>2:punct",
            "5>3:det",
            "5>4:amod",
            "1>5:appos",
            "1>6:punct",
            "-1>7:root",
            "7>8:obj",
            "7>9:punct");
    List<ActorTable.Draft> orvik = at(p, 1);
    assertThat(orvik).extracting(d -> d.code().value()).containsExactly("SWEBUS");
    assertThat(orvik).extracting(ActorTable.Draft::name).containsExactly("Orvik Group");
  }

  @Test
  void a_country_and_a_maker_before_a_name_compose_the_countrys_business() {
    ParsedArticle p =
        HandParse.of(
            "Japanese electronics maker Sorin announced a plan.",
            "Japanese/JJ/NATIONALITY electronics/NNS maker/NN Sorin/NNP/ORGANIZATION"
                + " announced/VBD a/DT plan/NN ./.",
            "3>0:amod",
            "2>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "-1>4:root",
            "6>5:det",
            "4>6:obj",
            "4>7:punct");
    assertThat(at(p, 3)).extracting(d -> d.code().value()).containsExactly("JPNBUS");
  }

  @Test
  void the_name_without_its_company_word_is_the_same_company_later() {
    ParsedArticle p =
        HandParse.of(
            "After Telmar Holdings cut prices, Telmar gained customers.",
            "After/IN Telmar/NNP/ORGANIZATION Holdings/NNP/ORGANIZATION cut/VBD prices/NNS ,/,"
                + " Telmar/NNP/ORGANIZATION gained/VBD customers/NNS ./.",
            "3>0:mark",
            "2>1:compound",
            "3>2:nsubj",
            "7>3:advcl",
            "3>4:obj",
            "7>5:punct",
            "7>6:nsubj",
            "-1>7:root",
            "7>8:obj",
            "7>9:punct");
    ActorTable table = new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE);
    assertThat(table.at(0, 6)).isNotEmpty().isEqualTo(table.at(0, 2));
  }

  @Test
  void a_central_bank_is_no_business() {
    ParsedArticle p =
        HandParse.of(
            "The Central Bank raised rates.",
            "The/DT Central/NNP/ORGANIZATION Bank/NNP/ORGANIZATION raised/VBD rates/NNS ./.",
            "2>0:det",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:obj",
            "3>5:punct");
    assertThat(at(p, 2)).extracting(ActorTable.Draft::sector).doesNotContain("BUS");
  }

  @Test
  void a_place_named_like_a_bank_is_no_business() {
    ParsedArticle p =
        HandParse.of(
            "Settlers moved to the West Bank.",
            "Settlers/NNS moved/VBD to/IN the/DT West/NNP/LOCATION Bank/NNP/LOCATION ./.",
            "1>0:nsubj",
            "-1>1:root",
            "5>2:case",
            "5>3:det",
            "5>4:compound",
            "1>5:obl:to",
            "1>6:punct");
    assertThat(at(p, 5)).extracting(ActorTable.Draft::sector).doesNotContain("BUS");
  }

  @Test
  void a_company_placed_once_keeps_its_country_under_its_short_name() {
    ParsedArticle p =
        HandParse.of(
            "Japanese carmaker Kato Motors said sales at Kato fell.",
            "Japanese/JJ/NATIONALITY carmaker/NN Kato/NNP/ORGANIZATION Motors/NNPS/ORGANIZATION"
                + " said/VBD sales/NNS at/IN Kato/NNP/ORGANIZATION fell/VBD ./.",
            "3>0:amod",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "-1>4:root",
            "8>5:nsubj",
            "7>6:case",
            "5>7:nmod:at",
            "4>8:ccomp",
            "4>9:punct");
    ActorTable table = new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE);
    assertThat(table.at(0, 3)).extracting(d -> d.code().value()).containsExactly("JPNBUS");
    assertThat(table.at(0, 7)).isEqualTo(table.at(0, 3));
  }
}
