package io.herald.coding.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.herald.coding.entities.EntityLexicon.WordKind;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refiner's rules on hand-built articles with a small fictional lexicon: Freedonia, its capital
 * Fredville and its people the Freedonians; the Sylvanian Union, an international body.
 */
class EntityRefinerTest {
  private static final EntityLexicon LEXICON =
      EntityLexicon.builder()
          .name("Freedonia", "COUNTRY")
          .name("United Freedonia", "COUNTRY")
          .name("Fredville", "CITY")
          .name("Freedonian", "NATIONALITY")
          .name("Freedonians", "NATIONALITY")
          .name("Sylvanian Union", "ORGANIZATION")
          .word("Inc", WordKind.DESIGNATOR)
          .word("Corp", WordKind.DESIGNATOR)
          .word("Air", WordKind.ORG_PREFIX)
          .word("Street", WordKind.TOPONYM)
          .word("National", WordKind.GENERIC)
          .word("based", WordKind.SUFFIX)
          .word("de", WordKind.PARTICLE)
          .word("of", WordKind.CONNECTOR)
          .build();
  private static final EntityRefiner REFINER = new EntityRefiner(LEXICON);

  private static List<EntityMention> refine(String... sentences) {
    return REFINER.refine(ArticleBuilder.of(sentences));
  }

  @Test
  void drops_pronoun_mentions_whose_tokens_are_untagged() {
    ParsedArticle p =
        new ArticleBuilder()
            .sentence("Simmons|PERSON said he would play")
            .mention(0, 2, 2, "PERSON")
            .build();
    assertThat(p.entities()).hasSize(2);
    assertThat(REFINER.refine(p)).extracting(EntityMention::text).containsExactly("Simmons");
  }

  @Test
  void trims_byline_dashes_and_lower_case_descriptors() {
    assertThat(
            refine(
                "--|PERSON Luli|PERSON Popescu|PERSON , Fredville|CITY newsroom",
                "farmers in Huize|LOCATION county|LOCATION were arrested"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("Luli Popescu", "PERSON"),
            tuple("Fredville", "CITY"),
            tuple("Huize", "LOCATION"));
  }

  @Test
  void drops_lower_case_ideology_words_but_keeps_capitalised_ones() {
    assertThat(refine("the nationalist|IDEOLOGY party and Islamic|IDEOLOGY rebels"))
        .extracting(EntityMention::text)
        .containsExactly("Islamic");
  }

  @Test
  void keeps_a_name_particle_and_a_bracket_closed_inside_the_name() {
    assertThat(
            refine(
                "bowled by de|PERSON|FW Silva|PERSON",
                "Mladost|ORGANIZATION (|ORGANIZATION L|ORGANIZATION )|ORGANIZATION 3 1 0"))
        .extracting(EntityMention::text)
        .containsExactly("de Silva", "Mladost ( L )");
  }

  @Test
  void joins_place_names_split_by_fine_grained_classes() {
    assertThat(
            refine(
                "a centre in East|LOCATION Jerusalem|CITY was closed",
                "The Federal|LOCATION Republic|LOCATION of|LOCATION Freedonia|COUNTRY is"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("East Jerusalem", "LOCATION"),
            tuple("Federal Republic of Freedonia", "LOCATION"));
  }

  @Test
  void joins_a_place_or_nationality_with_the_event_or_league_it_names() {
    assertThat(refine("at the U.S.|COUNTRY Open|MISC in the American|NATIONALITY League|MISC"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(tuple("U.S. Open", "MISC"), tuple("American League", "MISC"));
  }

  @Test
  void keeps_nationality_apart_from_the_person_or_religion_it_qualifies() {
    assertThat(
            refine(
                "Australian|NATIONALITY Tom|PERSON Moody|PERSON took four",
                "an Italian|NATIONALITY Roman|RELIGION Catholic|RELIGION priest"))
        .extracting(EntityMention::text)
        .containsExactly("Australian", "Tom Moody", "Italian", "Roman Catholic");
  }

  @Test
  void does_not_join_across_a_lower_case_descriptor() {
    assertThat(refine("in Jiangsu|STATE_OR_PROVINCE province|LOCATION today"))
        .extracting(EntityMention::text)
        .containsExactly("Jiangsu");
  }

  @Test
  void cuts_an_adjective_built_on_a_name_out_of_the_organisation() {
    assertThat(
            refine(
                "St.|ORGANIZATION Louis-based|ORGANIZATION Mercantile|ORGANIZATION"
                    + " Bancorp|ORGANIZATION Inc|ORGANIZATION grew",
                "shares of Fredville-based Acme|ORGANIZATION fell"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("St. Louis-based", "MISC"),
            tuple("Mercantile Bancorp Inc", "ORGANIZATION"),
            tuple("Fredville-based", "MISC"),
            tuple("Acme", "ORGANIZATION"));
  }

  @Test
  void hyphenated_word_capitalised_only_because_it_opens_the_sentence_is_no_name() {
    assertThat(refine("Family-based|O|JJ firms grew")).isEmpty();
  }

  @Test
  void designator_or_prefix_makes_an_organisation_of_a_person_or_place() {
    assertThat(
            refine(
                "competes with Lear|PERSON Corp and Johnson|PERSON",
                "an Air France|COUNTRY flight to Fredville|CITY"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("Lear Corp", "ORGANIZATION"),
            tuple("Johnson", "PERSON"),
            tuple("Air France", "ORGANIZATION"),
            tuple("Fredville", "CITY"));
  }

  @Test
  void a_country_name_is_left_alone_even_when_it_looks_like_an_organisation() {
    assertThat(refine("talks with United|COUNTRY Freedonia|COUNTRY Corp ended"))
        .extracting(EntityMention::type)
        .containsExactly("COUNTRY");
  }

  @Test
  void street_names_are_places_unless_a_longer_name_goes_on() {
    assertThat(
            refine(
                "worries on Wall Street that rates rise",
                "Wall|ORGANIZATION Street|ORGANIZATION 's expectations",
                "the Wall Street Journal said"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(tuple("Wall Street", "LOCATION"), tuple("Wall Street", "LOCATION"));
  }

  @Test
  void names_in_results_lines_are_teams_but_countries_and_full_names_stay() {
    assertThat(
            refine(
                "Lotte|PERSON 6 Hyundai|ORGANIZATION 2",
                "NEW|STATE_OR_PROVINCE YORK|STATE_OR_PROVINCE 74 59 .556 -",
                "Freedonia|COUNTRY 2 Syldavia|COUNTRY 1",
                "Nolan|PERSON Henke|PERSON 31 31 62"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("Lotte", "ORGANIZATION"),
            tuple("Hyundai", "ORGANIZATION"),
            tuple("NEW YORK", "ORGANIZATION"),
            tuple("Freedonia", "COUNTRY"),
            tuple("Syldavia", "COUNTRY"),
            tuple("Nolan Henke", "PERSON"));
  }

  @Test
  void figures_after_common_nouns_are_no_results_line() {
    assertThat(refine("Sales|O|NNS 9.06 9.31 8.42", "M1|O|NN 63.02 62.83 57.50")).isEmpty();
  }

  @Test
  void finds_known_names_standing_alone_but_not_inside_longer_names() {
    assertThat(
            refine(
                "the Freedonians|O|NNPS left Fredville on Friday|DATE",
                "the Sylvanian Union met",
                "the Fredville Post|O|NNP said"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("Freedonians", "NATIONALITY"),
            tuple("Fredville", "CITY"),
            tuple("Friday", "DATE"),
            tuple("Sylvanian Union", "ORGANIZATION"));
  }

  @Test
  void a_country_name_in_capitals_is_a_country_whatever_it_was_tagged() {
    assertThat(refine("FREEDONIA|ORGANIZATION - Prices of bonds fell"))
        .extracting(EntityMention::type)
        .containsExactly("COUNTRY");
  }

  @Test
  void a_surname_after_the_full_name_is_the_person() {
    assertThat(
            refine(
                "MaliVai|PERSON Washington|PERSON lost",
                "Washington|STATE_OR_PROVINCE came charging back",
                "MITCHELL|PERSON DEFEATS WASHINGTON IN FRONT OF FORMER CHAMPIONS"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("MaliVai Washington", "PERSON"),
            tuple("Washington", "PERSON"),
            tuple("MITCHELL", "PERSON"),
            tuple("WASHINGTON", "PERSON"));
  }

  @Test
  void an_untagged_surname_inside_a_longer_unrecognised_name_is_left_alone() {
    assertThat(refine("Ken|PERSON Post|PERSON spoke", "the Washington Post said"))
        .extracting(EntityMention::text)
        .containsExactly("Ken Post");
  }

  @Test
  void a_company_short_name_is_the_company() {
    assertThat(
            refine(
                "Magna|ORGANIZATION International|ORGANIZATION Inc|ORGANIZATION bought it",
                "Magna|PERSON was up 1/8",
                "It gives Magna the critical mass",
                "Johnson|ORGANIZATION Controls|ORGANIZATION Inc|ORGANIZATION and"
                    + " Johnson|PERSON Controls compete"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("Magna International Inc", "ORGANIZATION"),
            tuple("Magna", "ORGANIZATION"),
            tuple("Magna", "ORGANIZATION"),
            tuple("Johnson Controls Inc", "ORGANIZATION"),
            tuple("Johnson Controls", "ORGANIZATION"));
  }

  @Test
  void a_possessor_or_common_first_word_does_not_stand_for_the_organisation() {
    assertThat(
            refine(
                "Farrakhan|ORGANIZATION 's|ORGANIZATION Nation|ORGANIZATION of|ORGANIZATION"
                    + " Islam|ORGANIZATION grew",
                "Farrakhan|PERSON spoke",
                "National|ORGANIZATION Grid|ORGANIZATION said",
                "National output rose"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("Farrakhan 's Nation of Islam", "ORGANIZATION"),
            tuple("Farrakhan", "PERSON"),
            tuple("National Grid", "ORGANIZATION"));
  }

  @Test
  void an_untagged_repeat_of_a_tagged_name_takes_its_class() {
    assertThat(
            refine(
                "SOCCER - ROTOR FANS LOCKED OUT",
                "Rotor|ORGANIZATION would play to empty stands",
                "Rotor are well placed"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("ROTOR", "ORGANIZATION"),
            tuple("Rotor", "ORGANIZATION"),
            tuple("Rotor", "ORGANIZATION"));
  }

  @Test
  void numbers_dates_and_titles_pass_through_unchanged() {
    assertThat(refine("President|TITLE Kim|PERSON spoke on Friday|DATE for two|NUMBER hours"))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("President", "TITLE"),
            tuple("Kim", "PERSON"),
            tuple("Friday", "DATE"),
            tuple("two", "NUMBER"));
  }
}
