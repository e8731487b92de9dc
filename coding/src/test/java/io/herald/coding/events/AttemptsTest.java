package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.Modality;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A forceful act someone tried is the act; one they will try is still an intention. */
class AttemptsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> events(ParsedArticle p) {
    return CODER.code(p).events();
  }

  private static ParsedArticle hack(String aux, String auxTag, String tried, String triedTag) {
    String text =
        "North Korea " + aux + " " + tried + " to hack into the computers of Japanese officers.";
    return OneSentence.parse(
        text,
        "North/NNP Korea/NNP "
            + aux
            + "/"
            + auxTag
            + " "
            + tried
            + "/"
            + triedTag
            + "/try to/TO hack/VB into/IN the/DT computers/NNS/computer of/IN Japanese/JJ"
            + " officers/NNS/officer ./.",
        "1>0:compound",
        "3>1:nsubj",
        "3>2:aux",
        "-1>3:root",
        "5>4:mark",
        "3>5:xcomp",
        "5>1:nsubj:xsubj",
        "8>6:case",
        "8>7:det",
        "5>8:obl:into",
        "11>9:case",
        "11>10:amod",
        "8>11:nmod:of",
        "3>12:punct");
  }

  @Test
  void hacking_into_computers_it_has_tried_is_coercion_made() {
    Event e = events(hack("has", "VBZ", "tried", "VBN")).get(0);
    assertThat(e.cameo().code()).isEqualTo("170");
    assertThat(e.plover().type()).isEqualTo("COERCE");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.evidence().rule()).endsWith(".attempt");
    assertThat(e.source()).extracting(p -> p.code().value()).containsExactly("PRK");
    assertThat(e.target()).extracting(p -> p.code().root()).containsExactly("JPN");
  }

  @Test
  void what_it_will_try_is_still_an_intention() {
    Event e = events(hack("will", "MD", "try", "VB")).get(0);
    assertThat(e.evidence().rule()).doesNotEndWith(".attempt");
    assertThat(e.cameo().code()).isNotEqualTo("170");
  }
}
