package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb has several subjects only when they are coordinated; a later one the parser attached with
 * nothing coordinating it ("a row between Radagast the Brown called": the end of a name) is not a
 * second source.
 */
class SecondSubjectTest {
  private static final ArticleCoder CODER =
      PetrarchFixtures.coder(
          "ARNOR [ARN]\nBROWN [RAD]\nGONDOR [GON]\n", "--- CALL  [020] ---\nCALL\n", false);

  private static List<String> triples(ParsedArticle p) {
    return CODER.code(p).events().stream().map(PetrarchFixtures::triple).toList();
  }

  @Test
  void a_second_subject_continuing_the_phrase_before_it_is_no_source() {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor of the row between Radagast the Brown called for Gondor.",
            "Arnor/NNP of/IN the/DT row/NN between/IN Radagast/NNP the/DT Brown/NNP"
                + " called/VBD/call for/IN Gondor/NNP ./.",
            "8>0:nsubj",
            "3>1:case",
            "3>2:det",
            "0>3:nmod:of",
            "5>4:case",
            "3>5:nmod:between",
            "7>6:det",
            "8>7:nsubj",
            "-1>8:root",
            "10>9:case",
            "8>10:obl:for",
            "8>11:punct");
    assertThat(triples(p)).containsExactly("ARN GON 020");
  }

  @Test
  void coordinated_subjects_are_all_sources() {
    ParsedArticle p =
        OneSentence.parse(
            "Arnor and Brown called for Gondor.",
            "Arnor/NNP and/CC Brown/NNP called/VBD/call for/IN Gondor/NNP ./.",
            "3>0:nsubj",
            "2>1:cc",
            "3>2:nsubj",
            "-1>3:root",
            "5>4:case",
            "3>5:obl:for",
            "3>6:punct");
    assertThat(triples(p)).containsExactlyInAnyOrder("ARN GON 020", "RAD GON 020");
  }
}
