package io.herald.coding.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.ArticleCoder;
import io.herald.model.Event;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subjects joined by "and" act together; they are not each other's targets. On this sentence (after
 * a BBC one) the verb fell to the bare default of PETRARCH's CALL block, a paired symmetric
 * phone-call code [041:041] that ran the act both ways between the two subjects; that default is a
 * sense CALL has only with a party called (see {@link ObjectSensitiveVerbsTest}).
 */
class ConjoinedSubjectsTest {
  private static final ArticleCoder CODER =
      ArticleCoder.withBundledDictionaries(Countries.load(), CameoCodebook.load());

  @Test
  void leaders_calling_for_something_together_do_not_call_each_other() {
    ParsedArticle p =
        OneSentence.parse(
            "German Chancellor Hans Vogel and French President Marc Duval have"
                + " often called for the embargo to be ended.",
            "German/JJ/German/NATIONALITY Chancellor/NNP/Chancellor/TITLE"
                + " Hans/NNP/Hans/PERSON Vogel/NNP/Vogel/PERSON and/CC/and"
                + " French/JJ/French/NATIONALITY President/NNP/President/TITLE"
                + " Marc/NNP/Marc/PERSON Duval/NNP/Duval/PERSON have/VBP/have"
                + " often/RB/often called/VBN/call for/IN/for the/DT/the"
                + " embargo/NN/embargo to/TO/to be/VB/be ended/VBN/end ./.",
            "-1>11:root",
            "3>0:amod",
            "3>1:compound",
            "3>2:compound",
            "3>8:conj:and",
            "11>3:nsubj",
            "11>8:nsubj",
            "11>9:aux",
            "11>10:advmod",
            "11>17:advcl:to",
            "11>18:punct",
            "8>4:cc",
            "8>6:compound",
            "8>7:compound",
            "6>5:amod",
            "17>12:mark",
            "17>14:nsubj:pass",
            "17>15:mark",
            "17>16:aux:pass",
            "14>13:det");
    List<Event> events = CODER.code(p).events();
    assertThat(events)
        .noneMatch(
            e ->
                !e.source().isEmpty()
                    && !e.target().isEmpty()
                    && e.source().get(0).code().root().equals("DEU")
                    && e.target().get(0).code().root().equals("FRA"));
    assertThat(events)
        .noneMatch(
            e ->
                !e.source().isEmpty()
                    && !e.target().isEmpty()
                    && e.source().get(0).code().root().equals("FRA")
                    && e.target().get(0).code().root().equals("DEU"));
  }
}
