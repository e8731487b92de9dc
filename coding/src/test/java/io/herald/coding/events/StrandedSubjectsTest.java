package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finite verb the parser left without a subject takes the actor right before its auxiliary. */
class StrandedSubjectsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void the_subject_hung_on_a_fronted_phrase_is_the_verbs() {
    String text =
        "With the signing of the accord, the Peruvian government and the rebels have agreed.";
    // As the parser gives it: the subject is an apposition of "accord", the verb has none.
    ParsedArticle p =
        OneSentence.parse(
            text,
            "With/IN the/DT signing/NN of/IN the/DT accord/NN ,/, the/DT Peruvian/JJ"
                + " government/NN and/CC the/DT rebels/NNS/rebel have/VBP/have agreed/VBN/agree ./.",
            "2>0:case",
            "2>1:det",
            "14>2:obl:with",
            "5>3:case",
            "5>4:det",
            "2>5:nmod:of",
            "5>6:punct",
            "9>7:det",
            "9>8:amod",
            "5>9:appos",
            "12>10:cc",
            "12>11:det",
            "9>12:conj:and",
            "5>12:appos",
            "14>13:aux",
            "-1>14:root",
            "14>15:punct");
    List<Event> es = CODER.code(p).events();
    assertThat(es).isNotEmpty();
    assertThat(es.get(0).plover().type()).isEqualTo("AGREE");
    assertThat(es.get(0).source()).extracting(x -> x.code().root()).contains("PER");
  }

  @Test
  void an_infinitive_after_a_finite_be_takes_the_actor_before_it() {
    String text =
        "The Kenyan government is about to restore full diplomatic ties with Uganda two years"
            + " after crowds burned its embassy.";
    // As the parser gives such sentences: "restore" hangs on the later "burned" as a bare dep.
    ParsedArticle p =
        OneSentence.parse(
            text,
            "The/DT Kenyan/JJ/kenyan/NATIONALITY government/NN is/VBZ/be about/RB to/TO"
                + " restore/VB full/JJ diplomatic/JJ ties/NNS/tie with/IN Uganda/NNP/uganda/COUNTRY"
                + " two/CD years/NNS/year after/IN crowds/NNS/crowd burned/VBD/burn its/PRP$"
                + " embassy/NN ./.",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "-1>3:root",
            "6>4:advmod",
            "6>5:mark",
            "16>6:dep",
            "9>7:amod",
            "9>8:amod",
            "6>9:obj",
            "11>10:case",
            "9>11:nmod:with",
            "13>12:nummod",
            "16>13:obl:npmod",
            "16>14:mark",
            "16>15:nsubj",
            "3>16:ccomp",
            "18>17:nmod:poss",
            "16>18:obj",
            "3>19:punct");
    List<Event> es = CODER.code(p).events();
    assertThat(es)
        .filteredOn(e -> e.trigger().of(text).equals("restore"))
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("KEN");
              assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("UGA");
            });
  }
}
