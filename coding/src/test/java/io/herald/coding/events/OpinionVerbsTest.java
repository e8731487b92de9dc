package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An opinion put in words ("argued the minister should have ...", "insisted he did not know ...")
 * is no disapproval, demand or consultation; arguing with someone still is. Sentences from BBC
 * politics stories, parsed as CoreNLP parses them.
 */
class OpinionVerbsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  private static List<Event> events(String text, String tokens, String... deps) {
    return CODER.code(OneSentence.parse(text, tokens, deps)).events();
  }

  @Test
  void arguing_that_a_minister_should_have_acted_is_no_disapproval_of_the_minister() {
    List<Event> found =
        events(
            "Davis argued the minister should have volunteered a statement.",
            "Davis/NNP/Davis/PERSON argued/VBD/argue the/DT minister/NN/minister should/MD"
                + " have/VB volunteered/VBN/volunteer a/DT statement/NN ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:det",
            "6>3:nsubj",
            "6>4:aux",
            "6>5:aux",
            "1>6:ccomp",
            "8>7:det",
            "6>8:obj",
            "1>9:punct");
    assertThat(found).noneMatch(e -> e.cameo().code().equals("110"));
  }

  @Test
  void insisting_one_did_not_know_is_no_demand() {
    List<Event> found =
        events(
            "Fox insisted he did not know the poll date.",
            "Fox/NNP/Fox/PERSON insisted/VBD/insist he/PRP did/VBD/do not/RB know/VB the/DT"
                + " poll/NN date/NN ./.",
            "1>0:nsubj",
            "-1>1:root",
            "5>2:nsubj",
            "5>3:aux",
            "5>4:advmod",
            "1>5:ccomp",
            "8>6:det",
            "8>7:compound",
            "5>8:obj",
            "1>9:punct");
    assertThat(found).noneMatch(e -> e.cameo().code().equals("100"));
  }

  @Test
  void arguing_with_someone_is_still_disapproval() {
    List<Event> found =
        events(
            "Davis argued with Blair.",
            "Davis/NNP/Davis/PERSON argued/VBD/argue with/IN Blair/NNP/Blair/PERSON ./.",
            "1>0:nsubj",
            "-1>1:root",
            "3>2:case",
            "1>3:obl:with",
            "1>4:punct");
    assertThat(found).extracting(e -> e.cameo().code()).contains("110");
  }
}
