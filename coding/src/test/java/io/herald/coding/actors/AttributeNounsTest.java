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

/**
 * A country that modifies or possesses a trait or paper of someone's ("her Ugandan passport",
 * "China's assertiveness") is no actor of the phrase: neither a target nor a doer. Parses as
 * CoreNLP gives them for a sentence written after a BBC politics story and for the sentence of the
 * bug report.
 */
class AttributeNounsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void travelling_on_a_ugandan_passport_is_no_event_with_uganda() {
    String text =
        "But she said she was unable to fly to the UK because she had mislaid her British passport,"
            + " and was travelling on her Ugandan passport meanwhile.";
    ParsedArticle p =
        new Parse(text)
            .sentence(
                "But/CC/but she/PRP/she said/VBD/say she/PRP/she was/VBD/be unable/JJ/unable to/TO/to"
                    + " fly/VB/fly to/IN/to the/DT/the UK/NNP/UK/COUNTRY because/IN/because"
                    + " she/PRP/she had/VBD/have mislaid/VBN/mislay her/PRP$/she"
                    + " British/JJ/British/NATIONALITY passport/NN/passport ,/,/, and/CC/and"
                    + " was/VBD/be travelling/VBG/travel on/IN/on her/PRP$/she"
                    + " Ugandan/JJ/Ugandan/NATIONALITY passport/NN/passport meanwhile/RB/meanwhile"
                    + " ././.",
                "-1>2:root",
                "2>0:cc",
                "2>1:nsubj",
                "2>5:ccomp",
                "2>21:ccomp",
                "2>27:punct",
                "5>3:nsubj",
                "5>4:cop",
                "5>7:xcomp",
                "5>18:punct",
                "5>21:conj:and",
                "7>3:nsubj:xsubj",
                "7>6:mark",
                "7>10:obl:to",
                "7>14:advcl:because",
                "21>3:nsubj",
                "21>19:cc",
                "21>20:aux",
                "21>25:obl:on",
                "21>26:advmod",
                "10>8:case",
                "10>9:det",
                "14>11:mark",
                "14>12:nsubj",
                "14>13:aux",
                "14>17:obj",
                "17>15:nmod:poss",
                "17>16:amod",
                "25>22:case",
                "25>23:nmod:poss",
                "25>24:amod")
            .build();

    Coding coded = CODER.code(p);

    assertThat(coded.actors()).extracting(Actor::country).doesNotContain("UGA");
    assertThat(coded.events())
        .allSatisfy(e -> assertThat(e.target()).noneMatch(t -> t.code().root().equals("UGA")));
  }

  @Test
  void a_countrys_assertiveness_does_not_raise_concerns_as_that_country() {
    String text =
        "China's assertiveness raised concerns among its neighbours, Japanese officials said.";
    ParsedArticle p =
        new Parse(text)
            .sentence(
                "China/NNP/China/COUNTRY 's/POS/'s assertiveness/NN/assertiveness raised/VBD/raise"
                    + " concerns/NNS/concern among/IN/among its/PRP$/its neighbours/NNS/neighbour"
                    + " ,/,/, Japanese/JJ/Japanese/NATIONALITY officials/NNS/official said/VBD/say"
                    + " ././.",
                "-1>11:root",
                "2>0:nmod:poss",
                "0>1:case",
                "3>2:nsubj",
                "3>4:obj",
                "11>3:advcl",
                "11>8:punct",
                "11>10:nsubj",
                "11>12:punct",
                "4>7:nmod:among",
                "7>5:case",
                "7>6:nmod:poss",
                "10>9:amod")
            .build();

    Coding coded = CODER.code(p);

    assertThat(coded.events())
        .allSatisfy(e -> assertThat(e.source()).noneMatch(s -> s.code().root().equals("CHN")));
    // China is still an actor of the sentence, named where it is named
    Actor china =
        coded.actors().stream().filter(a -> "CHN".equals(a.country())).findFirst().orElseThrow();
    assertThat(china.mentions()).allSatisfy(m -> assertThat(m.of(text)).isEqualTo("China"));
  }

  @Test
  void a_group_noun_with_an_abstract_ending_still_belongs_to_its_country() {
    // "community" ends like "hostility" but names people: the Jewish community of France
    String text = "The French community protested.";
    ParsedArticle p =
        new Parse(text)
            .sentence(
                "The/DT/the French/JJ/French/NATIONALITY community/NN/community"
                    + " protested/VBD/protest ./.",
                "2>0:det",
                "2>1:amod",
                "3>2:nsubj",
                "-1>3:root",
                "3>4:punct")
            .build();

    Coding coded = CODER.code(p);

    assertThat(coded.actors()).extracting(Actor::country).contains("FRA");
  }
}
