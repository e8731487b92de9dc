package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "is committed to" states an intent to cooperate; "committed by" is the doing of a deed. */
class CommitmentsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void an_actor_committed_to_a_course_states_its_intent() {
    String text = "Peru is committed to reforming its courts.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Peru/NNP is/VBZ/be committed/VBN/commit to/IN reforming/VBG/reform its/PRP$"
                + " courts/NNS/court ./.",
            "2>0:nsubj:pass",
            "2>1:aux:pass",
            "-1>2:root",
            "4>3:mark",
            "2>4:advcl:to",
            "6>5:nmod:poss",
            "4>6:obj",
            "2>7:punct");
    List<Event> es = CODER.code(p).events();
    assertThat(es).isNotEmpty();
    Event e = es.get(0);
    assertThat(e.cameo().code()).isEqualTo("030");
    assertThat(e.plover().type()).isEqualTo("AGREE");
    assertThat(e.evidence().rule()).isEqualTo("event.commitment");
    assertThat(e.source()).extracting(x -> x.code().root()).containsExactly("PER");
  }

  @Test
  void a_deed_committed_by_someone_is_no_commitment() {
    String text = "Abuses were committed by Peru in Chile.";
    ParsedArticle p =
        OneSentence.parse(
            text,
            "Abuses/NNS/abuse were/VBD/be committed/VBN/commit by/IN Peru/NNP in/IN Chile/NNP ./.",
            "2>0:nsubj:pass",
            "2>1:aux:pass",
            "-1>2:root",
            "4>3:case",
            "2>4:obl:agent",
            "6>5:case",
            "2>6:obl:in",
            "2>7:punct");
    assertThat(CODER.code(p).events())
        .noneMatch(e -> e.evidence().rule().equals("event.commitment"));
  }
}
