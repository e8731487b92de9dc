package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lifting a blockade is aimed at whom the blockade was on, and imposes no blockade. */
class ObjectNounTargetsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void lifting_a_blockade_is_aimed_at_whom_it_was_on() {
    // As the parser gives it: the object hangs below the bare date, out of the verb's reach.
    String text = "Peru lifted Friday a blockade on Chilean ships.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Peru/NNP lifted/VBD/lift Friday/NNP a/DT blockade/NN on/IN Chilean/JJ"
                + " ships/NNS/ship ./.",
            "1>0:nsubj",
            "-1>1:root",
            "1>2:obl:tmod",
            "4>3:det",
            "2>4:dep",
            "7>5:case",
            "7>6:amod",
            "4>7:nmod:on",
            "1>8:punct");
    List<Event> es = CODER.code(p).events();
    assertThat(es).isNotEmpty();
    Event e = es.get(0);
    assertThat(e.evidence().rule()).startsWith("event.verb.lift").endsWith(".noun-target");
    assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("PER");
    assertThat(e.target()).extracting(x -> x.code().root()).containsExactly("CHL");
    assertThat(es).noneMatch(x -> x.evidence().rule().startsWith("event.noun.blockade"));
  }
}
