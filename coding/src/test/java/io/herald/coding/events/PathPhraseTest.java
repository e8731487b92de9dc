package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A path phrase ("along the pass of X") is where an act took place, not its target. */
class PathPhraseTest {
  private static ArticleCoder coder() {
    return PetrarchFixtures.coder(
        "GONDOR [GON]\nMORDOR [MOR]\nOSGILIATH [OSG]\n", "--- BLOCKADE  [191] ---\nBLOCK\n", false);
  }

  @Test
  void the_target_is_the_place_the_roads_lead_into_not_the_pass_they_run_along() {
    ParsedArticle p =
        OneSentence.parse(
            "Gondor blocked the roads leading into Mordor along the pass of Osgiliath.",
            "Gondor/NNP blocked/VBD/block the/DT roads/NNS/road leading/VBG/lead into/IN"
                + " Mordor/NNP along/IN the/DT pass/NN of/IN Osgiliath/NNP ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:det",
            "1>3:obj",
            "3>4:acl",
            "6>5:case",
            "4>6:obl:into",
            "9>7:case",
            "9>8:det",
            "1>9:obl:along",
            "11>10:case",
            "9>11:nmod:of",
            "1>12:punct");
    List<Event> events = coder().code(p).events();
    assertThat(events)
        .extracting(e -> e.source().get(0).code().value() + " " + e.target().get(0).code().value())
        .containsExactly("GON MOR");
  }
}
