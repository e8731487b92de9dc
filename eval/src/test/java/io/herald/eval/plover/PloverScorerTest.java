package io.herald.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.ActorCode;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.model.DateSource;
import io.herald.model.Event;
import io.herald.model.Evidence;
import io.herald.model.Modality;
import io.herald.model.Participant;
import io.herald.model.Span;
import io.herald.model.codes.CameoCode;
import io.herald.model.codes.PloverType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PloverScorerTest {
  private static final String TEXT = "Gondor and Rohan agreed on Monday to visit Mordor and Harad.";
  private static final CameoCode AGREE = new CameoCode("030", "agree", 4, 1, "03");
  private static final CameoCode VISIT = new CameoCode("042", "visit", 1.9, 1, "04");
  private static final CameoCode HOST = new CameoCode("043", "host", 2.8, 1, "04");

  private static PloverRecord.Actor gold(String text, String code) {
    return new PloverRecord.Actor(text, code, "");
  }

  private static Participant part(String id, String code) {
    return new Participant(id, new ActorCode(code));
  }

  private static Event event(
      CameoCode code, String plover, String trigger, List<Participant> s, List<Participant> t) {
    int at = TEXT.indexOf(trigger);
    return new Event(
        "e",
        code,
        new PloverType(plover, "", ""),
        s,
        t,
        Optional.empty(),
        DateSource.UNKNOWN,
        "",
        false,
        Modality.ASSERTED,
        new Span(at, at + trigger.length()),
        new Evidence(0, new Span(0, TEXT.length()), "test.rule"));
  }

  private static AnalyzedArticle article(List<Event> events) {
    return new AnalyzedArticle(
        new Article("a", "", TEXT, Optional.empty(), "", ""),
        List.of(new Span(0, TEXT.length())),
        List.of(),
        List.of(),
        events,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void scores_joint_sources_over_every_dyad_of_the_coded_act() {
    PloverRecord record =
        new PloverRecord(
            "r",
            TEXT,
            Optional.empty(),
            "AGREE",
            "",
            List.of(gold("Gondor", "GDR"), gold("Rohan", "RHN")),
            List.of());
    Participant gondor = part("a1", "GDR");
    Participant rohan = part("a2", "RHN");
    AnalyzedArticle a =
        article(
            List.of(
                event(AGREE, "AGREE", "agreed", List.of(gondor), List.of(rohan)),
                event(AGREE, "AGREE", "agreed", List.of(rohan), List.of(gondor))));

    PloverScorer.Outcome o = new PloverScorer().score(record, a);

    assertThat(o.sourceActors()).isEqualTo(2);
    assertThat(o.sourceCountry()).isEqualTo(2);
  }

  @Test
  void a_paired_code_from_the_same_words_is_another_act_and_does_not_count() {
    PloverRecord record =
        new PloverRecord(
            "r",
            TEXT,
            Optional.empty(),
            "CONSULT",
            "",
            List.of(gold("Gondor", "GDR"), gold("Mordor", "MDR"), gold("Harad", "HRD")),
            List.of(gold("Mordor", "MDR"), gold("Harad", "HRD")));
    Participant gondor = part("a1", "GDR");
    Participant mordor = part("a3", "MDR");
    Participant harad = part("a4", "HRD");
    AnalyzedArticle a =
        article(
            List.of(
                event(VISIT, "CONSULT", "visit", List.of(gondor), List.of(mordor)),
                event(VISIT, "CONSULT", "visit", List.of(gondor), List.of(harad)),
                event(HOST, "CONSULT", "visit", List.of(mordor), List.of(gondor)),
                event(VISIT, "CONSULT", "agreed", List.of(harad), List.of(gondor))));

    PloverScorer.Outcome o = new PloverScorer().score(record, a);

    assertThat(o.targetCountry()).isEqualTo(2);
    // Mordor hosting, and a visit from other words, are not sources of this visit
    assertThat(o.sourceCountry()).isEqualTo(1);
    assertThat(o.sourceActors()).isEqualTo(3);
  }
}
