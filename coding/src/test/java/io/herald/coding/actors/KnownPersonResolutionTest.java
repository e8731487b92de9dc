package io.herald.coding.actors;

import static io.herald.coding.actors.BundledLexicon.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import org.junit.jupiter.api.Test;

/** People the article names without a country, placed by the bundled Phoenix dictionaries. */
class KnownPersonResolutionTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  @Test
  void a_bare_name_takes_the_dictionary_code_of_the_article_date() {
    // HandParse articles are dated 1995: Putin was not yet in government.
    ParsedArticle p =
        HandParse.of(
            "Putin criticised Chechnya.",
            "Putin/NNP/PERSON criticised/VBD Chechnya/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "1>3:punct");
    assertThat(codesAt(p, 0)).containsExactly("RUSELI");
  }

  @Test
  void a_titled_person_is_not_given_the_country_of_another_mention() {
    ParsedArticle p =
        HandParse.of(
            "President Bush threatened Russia.",
            "President/NNP/TITLE Bush/NNP/PERSON threatened/VBD Russia/NNP/COUNTRY ./.",
            "1>0:compound",
            "2>1:nsubj",
            "-1>2:root",
            "2>3:obj",
            "2>4:punct");
    assertThat(codesAt(p, 1)).containsExactly("USAGOV");
    assertThat(codesAt(p, 3)).containsExactly("RUS");
  }

  @Test
  void an_international_official_keeps_the_organisation_code() {
    ParsedArticle p =
        HandParse.of(
            "Secretary-General Boutros Boutros-Ghali left Iraq.",
            "Secretary-General/NNP/TITLE Boutros/NNP/PERSON Boutros-Ghali/NNP/PERSON left/VBD"
                + " Iraq/NNP/COUNTRY ./.",
            "2>0:compound",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:obj",
            "3>5:punct");
    assertThat(codesAt(p, 2)).containsExactly("IGOUNO");
  }

  @Test
  void a_department_word_joins_the_title_and_the_country_before_it() {
    ParsedArticle p =
        HandParse.of(
            "British Defence Secretary Tom Quill visited Peru.",
            "British/JJ Defence/NNP Secretary/NNP/TITLE Tom/NNP/PERSON Quill/NNP/PERSON"
                + " visited/VBD Peru/NNP/COUNTRY ./.",
            "4>0:amod",
            "4>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    assertThat(codesAt(p, 4)).containsExactly("GBRGOV");
  }

  @Test
  void an_unknown_titled_person_takes_no_country_when_the_article_has_no_single_one() {
    ParsedArticle p =
        HandParse.of(
            "President Tom Quill visited Chile and Peru.",
            "President/NNP/TITLE Tom/NNP/PERSON Quill/NNP/PERSON visited/VBD Chile/NNP/COUNTRY"
                + " and/CC Peru/NNP/COUNTRY ./.",
            "2>0:compound",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:obj",
            "6>5:cc",
            "4>6:conj",
            "3>7:punct");
    assertThat(codesAt(p, 2)).containsExactly("UNK");
  }

  @Test
  void an_organisation_before_a_title_places_its_official() {
    ParsedArticle p =
        HandParse.of(
            "Arab League Secretary-General Tom Quill visited Peru.",
            "Arab/NNP League/NNP Secretary-General/NNP/TITLE Tom/NNP/PERSON Quill/NNP/PERSON"
                + " visited/VBD Peru/NNP/COUNTRY ./.",
            "1>0:compound",
            "4>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    assertThat(codesAt(p, 4)).containsExactly("IGOMEAARLGOV");
  }

  @Test
  void an_organisation_before_a_mediator_places_the_mediator() {
    ParsedArticle p =
        HandParse.of(
            "They met NATO mediator Tom Quill.",
            "They/PRP met/VBD NATO/NNP mediator/NN Tom/NNP/PERSON Quill/NNP/PERSON ./.",
            "1>0:nsubj",
            "-1>1:root",
            "5>2:compound",
            "5>3:compound",
            "5>4:compound",
            "1>5:obj",
            "1>6:punct");
    assertThat(codesAt(p, 5)).containsExactly("IGOWSTNATGOV");
  }

  @Test
  void a_hyphenated_title_is_the_title_with_a_space() {
    // "Vice-President" is listed as "vice president": the person is a government official of the
    // country the article is about.
    ParsedArticle p =
        HandParse.of(
            "Vice-President Tomas Vell criticised Peru.",
            "Vice-President/NNP Tomas/NNP/PERSON Vell/NNP/PERSON criticised/VBD"
                + " Peru/NNP/COUNTRY ./.",
            "2>0:compound",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:obj",
            "3>5:punct");
    assertThat(codesAt(p, 2)).containsExactly("PERGOV");
  }

  @Test
  void a_name_the_analyser_took_for_an_organisation_after_a_title_is_a_person() {
    ParsedArticle p =
        HandParse.of(
            "Vice-President Tomas Vell criticised Peru.",
            "Vice-President/NNP/TITLE Tomas/NNP/ORGANIZATION Vell/NNP/ORGANIZATION"
                + " criticised/VBD Peru/NNP/COUNTRY ./.",
            "2>0:compound",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:obj",
            "3>5:punct");
    assertThat(codesAt(p, 2)).containsExactly("PERGOV");
  }
}
