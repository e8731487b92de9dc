package io.herald.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.codes.CameoCode;
import io.herald.model.codes.PloverType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTest {
  private static final CameoCode PHONE = new CameoCode("041", "Discuss by telephone", 1, 1, "04");
  private static final PloverType CONSULT = new PloverType("CONSULT", "phone", "");
  private static final LocalDate OCT_2 = LocalDate.of(2024, 10, 2);

  private static Event event(Optional<LocalDate> date, DateSource source) {
    return event(date, source, false, Modality.ASSERTED);
  }

  private static Event event(
      Optional<LocalDate> date, DateSource source, boolean negated, Modality modality) {
    return new Event(
        "e1",
        PHONE,
        CONSULT,
        List.of(new Participant("a1", new ActorCode("JPNGOV"))),
        List.of(new Participant("a2", new ActorCode("USAGOV"))),
        date,
        source,
        "",
        negated,
        modality,
        new Span(10, 16),
        new Evidence(0, new Span(0, 40), "event.verb.phone"));
  }

  @Test
  void accepts_a_clause_or_article_date_with_a_date() {
    assertThat(event(Optional.of(OCT_2), DateSource.CLAUSE).date()).contains(OCT_2);
    assertThat(event(Optional.of(OCT_2), DateSource.ARTICLE).dateSource())
        .isEqualTo(DateSource.ARTICLE);
  }

  @Test
  void accepts_unknown_source_without_a_date() {
    assertThat(event(Optional.empty(), DateSource.UNKNOWN).date()).isEmpty();
  }

  @Test
  void rejects_a_date_marked_unknown() {
    assertThatThrownBy(() -> event(Optional.of(OCT_2), DateSource.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNKNOWN");
  }

  @Test
  void rejects_a_clause_or_article_source_without_a_date() {
    assertThatThrownBy(() -> event(Optional.empty(), DateSource.CLAUSE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLAUSE");
    assertThatThrownBy(() -> event(Optional.empty(), DateSource.ARTICLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ARTICLE");
  }

  @Test
  void copies_participant_lists() {
    List<Participant> sources = new ArrayList<>();
    sources.add(new Participant("a1", new ActorCode("JPN")));
    Event e =
        new Event(
            "e1",
            PHONE,
            CONSULT,
            sources,
            List.of(),
            Optional.empty(),
            DateSource.UNKNOWN,
            "",
            false,
            Modality.ASSERTED,
            new Span(0, 1),
            new Evidence(-1, new Span(0, 1), "test"));
    sources.clear();
    assertThat(e.source()).hasSize(1);
    assertThatThrownBy(() -> e.source().add(new Participant("a9", new ActorCode("USA"))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void asserted_only_when_not_negated_and_reported_as_fact() {
    assertThat(event(Optional.empty(), DateSource.UNKNOWN, false, Modality.ASSERTED).asserted())
        .isTrue();
    assertThat(event(Optional.empty(), DateSource.UNKNOWN, true, Modality.ASSERTED).asserted())
        .isFalse();
    assertThat(event(Optional.empty(), DateSource.UNKNOWN, false, Modality.INTENDED).asserted())
        .isFalse();
  }

  @Test
  void evidence_rejects_sentence_below_minus_one_and_blank_rule() {
    assertThatThrownBy(() -> new Evidence(-2, new Span(0, 1), "r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Evidence(0, new Span(0, 1), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
