package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.text.Sentence;
import org.junit.jupiter.api.Test;

/** Clauses that only date the news by an earlier event, measured off by a span of time. */
class TimeAnchorsTest {
  @Test
  void a_clause_measured_off_by_years_is_a_time_anchor() {
    Sentence s =
        OneSentence.parse(
                "Arnor restored ties five years after crowds burned its embassy.",
                "Arnor/NNP restored/VBD/restore ties/NNS five/CD years/NNS/year after/IN"
                    + " crowds/NNS/crowd burned/VBD/burn its/PRP$ embassy/NN ./.",
                "1>0:nsubj",
                "-1>1:root",
                "1>2:obj",
                "4>3:nummod",
                "7>4:dep",
                "7>5:mark",
                "7>6:nsubj",
                "1>7:advcl:after",
                "9>8:nmod:poss",
                "7>9:obj",
                "1>10:punct")
            .sentences()
            .get(0);
    assertThat(TimeAnchors.anchors(s, 7)).isTrue();
    assertThat(TimeAnchors.anchors(s, 1)).isFalse();
  }

  @Test
  void an_after_clause_without_a_measure_may_report_news() {
    Sentence s =
        OneSentence.parse(
                "Arnor attacked the town after rebels shelled it.",
                "Arnor/NNP attacked/VBD/attack the/DT town/NN after/IN rebels/NNS/rebel"
                    + " shelled/VBD/shell it/PRP ./.",
                "1>0:nsubj",
                "-1>1:root",
                "3>2:det",
                "1>3:obj",
                "6>4:mark",
                "6>5:nsubj",
                "1>6:advcl:after",
                "6>7:obj",
                "1>8:punct")
            .sentences()
            .get(0);
    assertThat(TimeAnchors.anchors(s, 6)).isFalse();
  }
}
