package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offices of several words, or with a country, in apposition to a name; business titles. */
class ApposedOfficeTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  private static ActorTable.Draft personAt(ParsedArticle p, int token) {
    ActorTable table = new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE);
    return table.at(0, token).stream().filter(ActorTable.Draft::isPerson).findFirst().orElseThrow();
  }

  @Test
  void an_apposed_office_of_two_words_is_read_whole() {
    ParsedArticle p =
        HandParse.of(
            "Rick Palmer, the automaker's chief executive, described the plan as bold.",
            "Rick/NNP/PERSON Palmer/NNP/PERSON ,/, the/DT automaker/NN 's/POS chief/JJ/TITLE"
                + " executive/NN/TITLE ,/, described/VBD the/DT plan/NN as/IN bold/JJ ./.",
            "1>0:compound",
            "9>1:nsubj",
            "1>2:punct",
            "4>3:det",
            "7>4:nmod:poss",
            "4>5:case",
            "7>6:amod",
            "1>7:appos",
            "1>8:punct",
            "-1>9:root",
            "11>10:det",
            "9>11:obj",
            "13>12:case",
            "9>13:advcl:as",
            "9>14:punct");
    ActorTable.Draft palmer = personAt(p, 1);
    assertThat(palmer.role).isEqualTo("Chief Executive");
    assertThat(palmer.sector()).isEqualTo("BUS");
  }

  @Test
  void the_demonym_of_an_apposed_office_gives_the_country() {
    ParsedArticle p =
        HandParse.of(
            "Ken Saito, the Japanese minister of finance, said the economy would shrink.",
            "Ken/NNP/PERSON Saito/NNP/PERSON ,/, the/DT Japanese/JJ/NATIONALITY minister/NN/TITLE"
                + " of/IN finance/NN ,/, said/VBD the/DT economy/NN would/MD shrink/VB ./.",
            "1>0:compound",
            "9>1:nsubj",
            "1>2:punct",
            "5>3:det",
            "5>4:amod",
            "1>5:appos",
            "7>6:case",
            "5>7:nmod:of",
            "1>8:punct",
            "-1>9:root",
            "11>10:det",
            "13>11:nsubj",
            "13>12:aux",
            "9>13:ccomp",
            "9>14:punct");
    ActorTable.Draft saito = personAt(p, 1);
    assertThat(saito.code().value()).isEqualTo("JPNGOV");
    assertThat(saito.evidence.rule()).isEqualTo("person.appos-country");
  }

  @Test
  void a_companys_vice_president_is_business_and_no_namesake_in_government() {
    ParsedArticle p =
        HandParse.of(
            "According to the company's vice president John Smith, the firm wanted to cut costs.",
            "According/VBG to/IN the/DT company/NN 's/POS vice/NN/TITLE president/NN/TITLE"
                + " John/NNP/PERSON Smith/NNP/PERSON ,/, the/DT firm/NN wanted/VBD to/TO cut/VB"
                + " costs/NNS ./.",
            "6>0:case",
            "0>1:fixed",
            "3>2:det",
            "6>3:nmod:poss",
            "3>4:case",
            "6>5:compound",
            "-1>6:root",
            "8>7:compound",
            "6>8:dep",
            "8>9:punct",
            "11>10:det",
            "12>11:nsubj",
            "14>11:nsubj:xsubj",
            "8>12:dep",
            "14>13:mark",
            "12>14:xcomp",
            "14>15:obj",
            "6>16:punct");
    ActorTable.Draft smith = personAt(p, 8);
    assertThat(smith.sector()).isEqualTo("BUS");
    // the bundled dictionary lists a John Smith in a government; this one is a company's
    assertThat(smith.country()).isEmpty();
  }
}
