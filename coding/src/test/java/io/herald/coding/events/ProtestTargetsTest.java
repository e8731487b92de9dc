package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.Participant;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A protest without an object is aimed at whom its stated purpose addresses. */
class ProtestTargetsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static Event protest(ParsedArticle p) {
    return CODER.code(p).events().stream()
        .filter(e -> e.cameo().root().equals("14"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no protest in " + CODER.code(p).events()));
  }

  private static List<String> codes(List<Participant> ps) {
    return ps.stream().map(p -> p.code().value()).toList();
  }

  @Test
  void foreign_workers_take_no_country_from_the_story_where_workers_do() {
    Event local =
        protest(
            OneSentence.parse(
                "Kenyan police said workers protested.",
                "Kenyan/JJ police/NN said/VBD/say workers/NNS/worker protested/VBD/protest ./.",
                "1>0:amod",
                "2>1:nsubj",
                "-1>2:root",
                "4>3:nsubj",
                "2>4:ccomp",
                "2>5:punct"));
    assertThat(codes(local.source())).containsExactly("KENLAB");
    List<Event> foreign =
        CODER
            .code(
                OneSentence.parse(
                    "Kenyan police said foreign workers protested.",
                    "Kenyan/JJ police/NN said/VBD/say foreign/JJ workers/NNS/worker"
                        + " protested/VBD/protest ./.",
                    "1>0:amod",
                    "2>1:nsubj",
                    "-1>2:root",
                    "4>3:amod",
                    "5>4:nsubj",
                    "2>5:ccomp",
                    "2>6:punct"))
            .events();
    assertThat(foreign).flatExtracting(e -> codes(e.source())).noneMatch(c -> c.startsWith("KEN"));
  }

  @Test
  void a_demonstration_to_demand_a_resignation_is_aimed_at_whom_it_asks() {
    Event e =
        protest(
            OneSentence.parse(
                "Algerian students demonstrated to demand the resignation of the Algerian"
                    + " government.",
                "Algerian/JJ students/NNS demonstrated/VBD/demonstrate to/TO demand/VB the/DT"
                    + " resignation/NN of/IN the/DT Algerian/JJ government/NN ./.",
                "1>0:amod",
                "2>1:nsubj",
                "-1>2:root",
                "4>3:mark",
                "2>4:advcl",
                "6>5:det",
                "4>6:obj",
                "10>7:case",
                "10>8:det",
                "10>9:amod",
                "6>10:nmod:of",
                "2>11:punct"));
    assertThat(codes(e.source())).containsExactly("DZAEDU");
    assertThat(codes(e.target())).containsExactly("DZAGOV");
    assertThat(e.evidence().rule()).endsWith("+purpose-target");
  }

  @Test
  void a_hunger_strike_in_protest_of_a_decision_is_aimed_at_whoever_made_it() {
    Event e =
        protest(
            OneSentence.parse(
                "Georgian students staged a hunger strike in protest of the Russian government's"
                    + " decision.",
                "Georgian/JJ students/NNS staged/VBD/stage a/DT hunger/NN strike/NN in/IN"
                    + " protest/NN of/IN the/DT Russian/JJ government/NN 's/POS decision/NN ./.",
                "1>0:amod",
                "2>1:nsubj",
                "-1>2:root",
                "5>3:det",
                "5>4:compound",
                "2>5:obj",
                "7>6:case",
                "2>7:obl:in",
                "13>8:case",
                "11>9:det",
                "11>10:amod",
                "13>11:nmod:poss",
                "11>12:case",
                "7>13:nmod:of",
                "2>14:punct"));
    assertThat(e.cameo().code()).isEqualTo("142");
    assertThat(codes(e.source())).containsExactly("GEOEDU");
    assertThat(codes(e.target())).containsExactly("RUSGOV");
  }

  @Test
  void a_protest_that_states_no_purpose_has_no_target() {
    Event e =
        protest(
            OneSentence.parse(
                "Algerian students demonstrated on Sunday.",
                "Algerian/JJ students/NNS demonstrated/VBD/demonstrate on/IN Sunday/NNP ./.",
                "1>0:amod",
                "2>1:nsubj",
                "-1>2:root",
                "4>3:case",
                "2>4:obl:on",
                "2>5:punct"));
    assertThat(e.target()).isEmpty();
  }
}
