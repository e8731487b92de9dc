package io.herald.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Span;
import io.herald.model.text.CorefChain;
import io.herald.model.text.CorefMention;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Westminster "shadow" minister speaks for the opposition and holds no office: "shadow" and
 * "opposition" make a title, and whoever holds it, the opposition's ({@code OPP}); "former" makes
 * it an elite's ({@code ELI}). The sentences and people are invented; a party's name ("Tory",
 * "Labour") gives the article its country.
 */
class ShadowOfficeTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  private static ParsedArticle davis(String shadowTag, String title) {
    return HandParse.of(
        "British " + title + " secretary David Davis criticised Russia.",
        "British/JJ "
            + title.replace(" ", "/" + shadowTag + " ")
            + "/NN/TITLE secretary/NN/TITLE David/NNP/PERSON Davis/NNP/PERSON criticised/VBD"
            + " Russia/NNP/COUNTRY ./.",
        "5>0:amod",
        "5>1:compound",
        "5>2:compound",
        "5>3:compound",
        "5>4:compound",
        "6>5:nsubj",
        "-1>6:root",
        "6>7:obj",
        "6>8:punct");
  }

  private static List<ActorTable.Draft> at(ParsedArticle p, int token) {
    return new ActorResolver(LEXICON).resolve(p, List.of(), RoleStore.NONE).at(0, token);
  }

  @Test
  void a_shadow_home_secretary_is_opposition() {
    List<ActorTable.Draft> davis = at(davis("NN", "shadow home"), 5);
    assertThat(davis).extracting(d -> d.code().value()).containsExactly("GBROPP");
    assertThat(davis).extracting(d -> d.role).containsExactly("Shadow Home Secretary");
  }

  @Test
  void shadow_tagged_as_part_of_the_title_is_opposition_too() {
    assertThat(at(davis("NN/TITLE", "shadow home"), 5))
        .extracting(d -> d.code().value())
        .containsExactly("GBROPP");
  }

  @Test
  void the_home_secretary_is_government() {
    ParsedArticle p =
        HandParse.of(
            "British home secretary David Davis criticised Russia.",
            "British/JJ home/NN/TITLE secretary/NN/TITLE David/NNP/PERSON Davis/NNP/PERSON"
                + " criticised/VBD Russia/NNP/COUNTRY ./.",
            "4>0:amod",
            "4>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "5>6:obj",
            "5>7:punct");
    assertThat(at(p, 4)).extracting(d -> d.code().value()).containsExactly("GBRGOV");
  }

  private static List<String> codesAt(ParsedArticle p, int token) {
    return at(p, token).stream().map(d -> d.code().value()).toList();
  }

  @Test
  void a_former_shadow_minister_is_an_elite() {
    ParsedArticle p =
        HandParse.of(
            "Former shadow chancellor Tom Reed praised the Tory plan.",
            "Former/JJ shadow/NN chancellor/NN/TITLE Tom/NNP/PERSON Reed/NNP/PERSON praised/VBD"
                + " the/DT Tory/NNP plan/NN ./.",
            "4>0:amod",
            "4>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "8>6:det",
            "8>7:compound",
            "5>8:obj",
            "5>9:punct");
    assertThat(codesAt(p, 4)).containsExactly("GBRELI");
    assertThat(at(p, 4)).extracting(d -> d.role).containsExactly("former Shadow Chancellor");
  }

  @Test
  void an_opposition_spokesman_is_opposition() {
    ParsedArticle p =
        HandParse.of(
            "Opposition spokesman Dan Ruiz criticised the Tory plan.",
            "Opposition/NN spokesman/NN/TITLE Dan/NNP/PERSON Ruiz/NNP/PERSON criticised/VBD"
                + " the/DT Tory/NNP plan/NN ./.",
            "3>0:compound",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "-1>4:root",
            "7>5:det",
            "7>6:compound",
            "4>7:obj",
            "4>8:punct");
    assertThat(codesAt(p, 3)).containsExactly("GBROPP");
  }

  @Test
  void a_party_called_the_opposition_is_opposition_not_a_party_as_well() {
    ParsedArticle p =
        HandParse.of(
            "The opposition Labour Party rejected the plan.",
            "The/DT opposition/NN Labour/NNP/ORGANIZATION Party/NNP/ORGANIZATION rejected/VBD"
                + " the/DT plan/NN ./.",
            "3>0:det",
            "3>1:compound",
            "3>2:compound",
            "4>3:nsubj",
            "-1>4:root",
            "6>5:det",
            "4>6:obj",
            "4>7:punct");
    assertThat(codesAt(p, 3)).containsExactly("GBROPP");
  }

  @Test
  void the_leader_of_the_opposition_apposed_before_a_name_is_their_office() {
    ParsedArticle p =
        HandParse.of(
            "The Leader of the Opposition, Clara Vance, met Labour officials.",
            "The/DT Leader/NNP/TITLE of/IN the/DT Opposition/NNP/ORGANIZATION ,/,"
                + " Clara/NNP/PERSON Vance/NNP/PERSON ,/, met/VBD Labour/NNP officials/NNS ./.",
            "1>0:det",
            "1>4:nmod:of",
            "4>2:case",
            "4>3:det",
            "1>5:punct",
            "1>7:appos",
            "7>6:compound",
            "1>8:punct",
            "9>1:nsubj",
            "-1>9:root",
            "11>10:compound",
            "9>11:obj",
            "9>12:punct");
    assertThat(codesAt(p, 7)).containsExactly("GBROPP");
    assertThat(at(p, 7)).extracting(d -> d.role).containsExactly("Leader of the Opposition");
  }

  private static ParsedArticle shadowSecretary(String country, String tag) {
    String text = "The shadow home secretary criticised the " + country + " plan.";
    return HandParse.of(
        text,
        "The/DT shadow/NN home/NN/TITLE secretary/NN/TITLE criticised/VBD the/DT "
            + country
            + "/"
            + tag
            + " plan/NN ./.",
        "3>0:det",
        "3>1:compound",
        "3>2:compound",
        "4>3:nsubj",
        "-1>4:root",
        "7>5:det",
        "7>6:compound",
        "4>7:obj",
        "4>8:punct");
  }

  @Test
  void an_office_nobody_holds_is_the_article_countrys() {
    assertThat(codesAt(shadowSecretary("Tory", "NNP"), 3)).containsExactly("GBROPP");
  }

  @Test
  void an_office_nobody_holds_in_a_sentence_naming_a_country_stays_unplaced() {
    assertThat(codesAt(shadowSecretary("Russian", "JJ/NATIONALITY"), 3)).isEmpty();
  }

  private static ParsedArticle lowe(String laterTitle) {
    String text = "Shadow home secretary Mark Lowe said the " + laterTitle + " had failed.";
    String[] words = laterTitle.split(" ");
    ParsedArticle p =
        HandParse.of(
            text,
            "Shadow/NNP home/NN/TITLE secretary/NN/TITLE Mark/NNP/PERSON Lowe/NNP/PERSON said/VBD"
                + " the/DT "
                + words[0]
                + "/NN/TITLE "
                + words[1]
                + "/NN/TITLE had/VBD failed/VBN ./.",
            "4>0:compound",
            "4>1:compound",
            "4>2:compound",
            "4>3:compound",
            "5>4:nsubj",
            "-1>5:root",
            "8>6:det",
            "8>7:compound",
            "10>8:nsubj",
            "10>9:aux",
            "5>10:ccomp",
            "5>11:punct");
    int start = text.indexOf("the " + laterTitle);
    int name = text.indexOf("Mark");
    CorefMention person =
        new CorefMention(0, 3, 4, 4, new Span(name, name + "Mark Lowe".length()), "", "PROPER");
    CorefMention title =
        new CorefMention(
            0, 6, 8, 8, new Span(start, start + 4 + laterTitle.length()), "", "NOMINAL");
    return new ParsedArticle(
        p.article(),
        p.sentences(),
        p.entities(),
        List.of(new CorefChain(1, List.of(person, title), 0)),
        p.times(),
        p.quotes());
  }

  @Test
  void a_chain_does_not_make_the_office_its_shadow() {
    assertThat(at(lowe("home secretary"), 8)).extracting(d -> d.name).doesNotContain("Mark Lowe");
  }

  @Test
  void a_chain_carries_a_shadow_minister_to_a_shadow_title() {
    assertThat(at(lowe("shadow minister"), 8)).extracting(d -> d.name).containsExactly("Mark Lowe");
  }

  @Test
  void an_apposed_shadow_post_the_table_knows_by_its_last_word_is_opposition() {
    ParsedArticle p =
        HandParse.of(
            "Jo Bloggs, the shadow education secretary, criticised the Tory plan.",
            "Jo/NNP/PERSON Bloggs/NNP/PERSON ,/, the/DT shadow/NN education/NN/TITLE"
                + " secretary/NN/TITLE ,/, criticised/VBD the/DT Tory/NNP plan/NN ./.",
            "1>0:compound",
            "8>1:nsubj",
            "1>2:punct",
            "6>3:det",
            "6>4:compound",
            "6>5:compound",
            "1>6:appos",
            "1>7:punct",
            "-1>8:root",
            "11>9:det",
            "11>10:compound",
            "8>11:obj",
            "8>12:punct");
    assertThat(codesAt(p, 1)).containsExactly("GBROPP");
    assertThat(at(p, 1)).extracting(d -> d.role).containsExactly("Shadow Education Secretary");
    // the apposed title describes her: no second, unheld office
    assertThat(at(p, 6)).allMatch(ActorTable.Draft::isPerson);
  }
}
