package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With PETRARCH dictionaries alone, short comma-delimited clauses are cut out before coding: a
 * closing "an official said" takes no target from the clause before it, and the words the parser
 * hung on it go back to the phrase they follow; the commas of a list of names delimit no clause.
 */
class CommaClausesTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nMORDOR [MOR]\nSHIRE [SHI]\n"
              + "FORNOST [FOR]\nBREE [BRE]\n",
          "--- RESTORE  [064] ---\nRESTORE\n\n--- SAY  [023] ---\nSAY\n\n"
              + "--- WELCOME  [041] ---\nWELCOME\n",
          false);

  private static List<String> triples(ParsedArticle p) {
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  @Test
  void a_closing_clause_is_cut_and_its_stray_words_rehung() {
    // the parser hung "with Gondor" on "said", and "said" on "ties"
    ParsedArticle p =
        OneSentence.parse(
            "Arnor restored ties with Gondor, an official said.",
            "Arnor/NNP restored/VBD/restore ties/NNS with/IN Gondor/NNP ,/, an/DT"
                + " official/NN said/VBD/say ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "4>3:case",
            "8>4:obl:with",
            "4>5:punct",
            "7>6:det",
            "8>7:nsubj",
            "2>8:acl:relcl",
            "1>9:punct");
    assertThat(triples(p)).containsExactly("ARN GON 064");
  }

  @Test
  void the_commas_of_a_list_of_names_delimit_no_clause() {
    ParsedArticle p =
        OneSentence.parse(
            "Osgiliath welcomed Mordor, the Shire, Fornost and Bree.",
            "Osgiliath/NNP welcomed/VBD/welcome Mordor/NNP ,/, the/DT Shire/NNP ,/, Fornost/NNP"
                + " and/CC Bree/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obj",
            "5>3:punct",
            "5>4:det",
            "2>5:conj",
            "7>6:punct",
            "2>7:conj",
            "9>8:cc",
            "2>9:conj",
            "1>10:punct");
    assertThat(triples(p))
        .containsExactlyInAnyOrder("OSG MOR 041", "OSG SHI 041", "OSG FOR 041", "OSG BRE 041");
  }
}
