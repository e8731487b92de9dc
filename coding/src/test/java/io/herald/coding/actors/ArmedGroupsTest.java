package io.herald.coding.actors;

import static io.herald.coding.actors.BundledLexicon.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.ParsedArticle;
import org.junit.jupiter.api.Test;

/** Named armed groups of the bundled Phoenix dictionary are actors of their country. */
class ArmedGroupsTest {
  private static final ActorLexicon LEXICON = BundledLexicon.LEXICON;

  @Test
  void a_named_armed_group_is_its_countrys_rebels() {
    ParsedArticle p =
        HandParse.of(
            "The Kurdistan Workers' Party issued a declaration.",
            "The/DT Kurdistan/NNP Workers/NNPS '/POS Party/NNP issued/VBD a/DT declaration/NN ./.",
            "4>0:det",
            "4>1:compound",
            "4>2:compound",
            "2>3:case",
            "5>4:nsubj",
            "-1>5:root",
            "7>6:det",
            "5>7:obj",
            "5>8:punct");
    assertThat(codesAt(p, 4)).containsExactly("TURREB");
  }

  @Test
  void a_group_the_dictionary_places_only_in_a_region_keeps_its_demonym() {
    // Phoenix codes the Palestinian Islamic Jihad MEAREB, a region, not a country.
    ParsedArticle p =
        HandParse.of(
            "Palestinian Islamic Jihad rejected it.",
            "Palestinian/JJ/NATIONALITY Islamic/NNP Jihad/NNP rejected/VBD it/PRP ./.",
            "2>0:amod",
            "2>1:compound",
            "3>2:nsubj",
            "-1>3:root",
            "3>4:obj",
            "3>5:punct");
    assertThat(codesAt(p, 2)).allMatch(c -> c.startsWith("PSE"));
    assertThat(codesAt(p, 2)).isNotEmpty();
  }

  @Test
  void an_acronym_in_capitals_names_the_group_and_the_name_before_it() {
    // "Kongra-Gel" aside, Phoenix lists the PKK by its acronym; "pkk" in lower case is no name.
    ParsedArticle p =
        HandParse.of(
            "Ankara fought the Kurdish Workers Front (PKK).",
            "Ankara/NNP fought/VBD the/DT Kurdish/NNP/ORGANIZATION Workers/NNPS/ORGANIZATION"
                + " Front/NNP/ORGANIZATION (/-LRB- PKK/NNP/ORGANIZATION )/-RRB- ./.",
            "1>0:nsubj",
            "-1>1:root",
            "5>2:det",
            "5>3:compound",
            "5>4:compound",
            "1>5:obj",
            "5>6:punct",
            "5>7:dep",
            "5>8:punct",
            "1>9:punct");
    assertThat(codesAt(p, 7)).containsExactly("TURREB");
    assertThat(codesAt(p, 5)).containsExactly("TURREB");
    ParsedArticle lower =
        HandParse.of(
            "Ankara fought pkk.",
            "Ankara/NNP fought/VBD pkk/NN ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "1>3:punct");
    assertThat(codesAt(lower, 2)).isEmpty();
  }
}
