package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An act of force its doer prepares is a show of force, not the act nor a pledge. */
class PreparationsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> events(String verb, String lemma, String tag) {
    String text = "The Peruvian army " + verb + " to attack Chilean positions.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "The/DT Peruvian/JJ army/NN "
                + verb
                + "/"
                + tag
                + "/"
                + lemma
                + " to/TO attack/VB Chilean/JJ positions/NNS/position ./.",
            "2>0:det",
            "2>1:amod",
            "3>2:nsubj",
            "-1>3:root",
            "5>4:mark",
            "3>5:xcomp",
            "5>2:nsubj:xsubj",
            "7>6:amod",
            "5>7:obj",
            "3>8:punct");
    return CODER.code(p).events();
  }

  @Test
  void preparing_an_attack_is_a_show_of_force_between_the_same_sides() {
    List<Event> es = events("prepared", "prepare", "VBD");
    assertThat(es).isNotEmpty();
    Event e = es.get(0);
    assertThat(e.cameo().code()).isEqualTo("150");
    assertThat(e.plover().type()).isEqualTo("MOBILIZE");
    assertThat(e.evidence().rule()).endsWith(".prepared");
    assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("PER");
    assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("CHL");
    assertThat(es).noneMatch(x -> x.plover().type().equals("AGREE"));
    assertThat(es).noneMatch(x -> x.plover().type().equals("FIGHT"));
  }

  @Test
  void an_attack_it_vowed_is_not_a_preparation() {
    List<Event> es = events("vowed", "vow", "VBD");
    assertThat(es).noneMatch(x -> x.cameo().code().equals("150"));
  }
}
