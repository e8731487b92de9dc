package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A party office after a party's name ("Tory leader Michael Howard") places the person in the
 * party's country, in the party sector; the text may call the party ruling or the opposition. Token
 * tags as CoreNLP gave them on BBC politics stories.
 */
class PartyOfficeTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  private static List<ActorTable.Draft> at(ParsedArticle p, int token) {
    return new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE).at(0, token);
  }

  private static ParsedArticle leader(String text, String tokens, int name) {
    // "[party words] leader Michael Howard has dismissed claims."
    return HandParse.of(
        text,
        tokens,
        (name + 1) + ">" + (name - 1) + ":compound",
        (name + 1) + ">" + name + ":compound",
        (name + 3) + ">" + (name + 1) + ":nsubj",
        (name + 3) + ">" + (name + 2) + ":aux",
        "-1>" + (name + 3) + ":root",
        (name + 3) + ">" + (name + 4) + ":obj",
        (name + 3) + ">" + (name + 5) + ":punct");
  }

  @Test
  void the_tory_leader_is_a_british_party_leader() {
    ParsedArticle p =
        leader(
            "Tory leader Michael Howard has dismissed claims.",
            "Tory/NNP/ORGANIZATION leader/NN/TITLE Michael/NNP/PERSON Howard/NNP/PERSON has/VBZ"
                + " dismissed/VBN claims/NNS ./.",
            2);
    List<ActorTable.Draft> howard = at(p, 3);
    assertThat(howard).extracting(d -> d.code().value()).containsExactly("GBRPTY");
    assertThat(howard).extracting(d -> d.role).containsExactly("Leader");
  }

  @Test
  void a_conservative_leader_tagged_as_an_ideology_is_one_too() {
    ParsedArticle p =
        leader(
            "Conservative leader Michael Howard has dismissed claims.",
            "Conservative/JJ/IDEOLOGY leader/NN/TITLE Michael/NNP/PERSON Howard/NNP/PERSON"
                + " has/VBZ dismissed/VBN claims/NNS ./.",
            2);
    assertThat(at(p, 3)).extracting(d -> d.code().value()).containsExactly("GBRPTY");
  }

  @Test
  void a_leader_the_text_puts_in_opposition_or_in_power_is_coded_so() {
    ParsedArticle opposition =
        leader(
            "The opposition Conservative leader Michael Howard has dismissed claims.",
            "The/DT opposition/NN Conservative/JJ/IDEOLOGY leader/NN/TITLE Michael/NNP/PERSON"
                + " Howard/NNP/PERSON has/VBZ dismissed/VBN claims/NNS ./.",
            4);
    assertThat(at(opposition, 5)).extracting(d -> d.code().value()).containsExactly("GBROPP");
    ParsedArticle ruling =
        leader(
            "The ruling Labour leader Tony Blair has dismissed claims.",
            "The/DT ruling/VBG Labour/NNP/ORGANIZATION leader/NN/TITLE Tony/NNP/PERSON"
                + " Blair/NNP/PERSON has/VBZ dismissed/VBN claims/NNS ./.",
            4);
    assertThat(at(ruling, 5)).extracting(d -> d.code().value()).containsExactly("GBRGOV");
  }

  @Test
  void a_spokesman_for_a_policy_area_of_a_party_is_the_partys() {
    // CoreNLP: "Lib/NN Dem/JJ/IDEOLOGY home/NN affairs/NNS spokesman/NN/TITLE"
    ParsedArticle p =
        HandParse.of(
            "Lib Dem home affairs spokesman Tom Ashby has branded the scheme a failure.",
            "Lib/NN Dem/JJ/IDEOLOGY home/NN affairs/NNS spokesman/NN/TITLE Tom/NNP/PERSON"
                + " Ashby/NNP/PERSON has/VBZ branded/VBN the/DT scheme/NN a/DT failure/NN ./.",
            "3>0:compound",
            "3>1:amod",
            "3>2:compound",
            "4>3:compound",
            "6>4:compound",
            "6>5:compound",
            "8>6:nsubj",
            "8>7:aux",
            "-1>8:root",
            "10>9:det",
            "8>10:obj",
            "12>11:det",
            "10>12:dep",
            "8>13:punct");
    assertThat(at(p, 6)).extracting(d -> d.code().value()).containsExactly("GBRPTY");
  }

  @Test
  void a_party_spokesman_in_apposition_is_the_partys() {
    ParsedArticle p =
        HandParse.of(
            "Alan Roe, the Liberal Democrats' foreign affairs spokesman, criticised Iran.",
            "Alan/NNP/PERSON Roe/NNP/PERSON ,/, the/DT Liberal/NNP/ORGANIZATION"
                + " Democrats/NNPS/ORGANIZATION '/POS foreign/JJ affairs/NNS spokesman/NN/TITLE"
                + " ,/, criticised/VBD Iran/NNP/COUNTRY ./.",
            "1>0:compound",
            "11>1:nsubj",
            "1>2:punct",
            "1>9:appos",
            "5>3:det",
            "5>4:compound",
            "5>6:case",
            "9>5:nmod:poss",
            "9>7:amod",
            "9>8:compound",
            "1>10:punct",
            "-1>11:root",
            "11>12:obj",
            "11>13:punct");
    assertThat(at(p, 1)).extracting(d -> d.code().value()).containsExactly("GBRPTY");
  }

  @Test
  void a_ministry_named_like_a_party_is_no_party() {
    // "Labour" names the minister's portfolio here, and "Serbian" the country
    ParsedArticle p =
        HandParse.of(
            "Serbian Labour Minister Dragan Milovanovic signed the bill.",
            "Serbian/JJ/NATIONALITY Labour/NNP/TITLE Minister/NNP/TITLE Dragan/NNP/PERSON"
                + " Milovanovic/NNP/PERSON signed/VBD the/DT bill/NN ./.",
            "4>0:amod",
            "4>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "7>6:det",
            "5>7:obj",
            "5>8:punct");
    assertThat(at(p, 4)).extracting(d -> d.code().value()).containsExactly("SRBGOV");
  }

  @Test
  void a_former_party_treasurer_is_an_elite_of_its_country() {
    ParsedArticle p =
        leader(
            "The former Tory treasurer Michael Ashcroft has dismissed claims.",
            "The/DT former/JJ Tory/NNP/ORGANIZATION treasurer/NN/TITLE Michael/NNP/PERSON"
                + " Ashcroft/NNP/PERSON has/VBZ dismissed/VBN claims/NNS ./.",
            4);
    List<ActorTable.Draft> ashcroft = at(p, 5);
    assertThat(ashcroft).extracting(d -> d.code().value()).containsExactly("GBRELI");
    assertThat(ashcroft).extracting(d -> d.role).containsExactly("former Treasurer");
  }

  @Test
  void a_party_leader_who_heads_the_government_on_the_articles_date_is_government() {
    ParsedArticle undated =
        leader(
            "Labour leader Tony Blair has dismissed claims.",
            "Labour/NNP/ORGANIZATION leader/NN/TITLE Tony/NNP/PERSON Blair/NNP/PERSON has/VBZ"
                + " dismissed/VBN claims/NNS ./.",
            2);
    // In 1995 Blair led the Labour party in opposition; in 2005 he was prime minister.
    assertThat(at(undated, 3)).extracting(d -> d.code().value()).containsExactly("GBRPTY");
    ParsedArticle in2005 =
        new ParsedArticle(
            undated.article().withDate(LocalDate.parse("2005-03-01")),
            undated.sentences(),
            undated.entities(),
            List.of(),
            List.of(),
            List.of());
    assertThat(at(in2005, 3)).extracting(d -> d.code().value()).containsExactly("GBRGOV");
  }

  @Test
  void a_shadow_minister_takes_the_country_of_the_parties_the_article_names() {
    // no country is named: the parties say the article is about British politics
    ParsedArticle p =
        HandParse.of(
            "Shadow home secretary David Davis said the Tories and Labour differ.",
            "Shadow/NNP home/NN/TITLE secretary/NN/TITLE David/NNP/PERSON Davis/NNP/PERSON"
                + " said/VBD the/DT Tories/NNPS/ORGANIZATION and/CC Labour/NNP/ORGANIZATION"
                + " differ/VBP ./.",
            "4>0:compound",
            "4>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "7>6:det",
            "10>7:nsubj",
            "9>8:cc",
            "7>9:conj:and",
            "5>10:ccomp",
            "5>11:punct");
    assertThat(at(p, 4)).extracting(d -> d.code().value()).containsExactly("GBROPP");
  }
}
