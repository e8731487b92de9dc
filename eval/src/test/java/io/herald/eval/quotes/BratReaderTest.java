package io.herald.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class BratReaderTest {
  private static final String TEXT =
      "“We are ready,” Caddell said. “We will win.”\n\nThe senator said he would run.";

  private static final String ANN =
      String.join(
          "\n",
          "T1\tContent 0 15;30 44\t“We are ready,” “We will win.”",
          "T2\tCue 24 28\tsaid",
          "T3\tSource 16 23\tCaddell",
          "T4\tAttribution 24 28\tsaid",
          "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
          "T5\tSource 46 57\tThe senator",
          "T6\tCue 58 62\tsaid",
          "T7\tContent 63 76\the would run.",
          "T8\tAttribution 58 62\tsaid",
          "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
          "T9\tDiscard 0 1\t“",
          "#1\tAnnotatorNotes T1\ta note",
          "");

  @Test
  void reads_discontinuous_content_source_and_cue() {
    List<GoldAttribution> a = BratReader.parse(ANN, TEXT, "x.ann").attributions();
    assertThat(a).hasSize(2);
    GoldAttribution e1 = a.get(0);
    assertThat(e1.id()).isEqualTo("E1");
    assertThat(e1.content()).containsExactly(new Span(0, 15), new Span(30, 44));
    assertThat(e1.source()).containsExactly(new Span(16, 23));
    assertThat(e1.cue()).containsExactly(new Span(24, 28));
    assertThat(e1.direct()).isTrue();
  }

  @Test
  void reported_speech_is_not_direct() {
    GoldAttribution e2 = BratReader.parse(ANN, TEXT, "x.ann").attributions().get(1);
    assertThat(e2.content().get(0).of(TEXT)).isEqualTo("he would run.");
    assertThat(e2.direct()).isFalse();
  }

  @Test
  void numbered_roles_add_fragments_and_no_source_is_allowed() {
    String ann =
        String.join(
            "\n",
            "T1\tContent 0 15\t“We are ready,”",
            "T2\tContent 30 44\t“We will win.”",
            "T3\tAttribution-no-source 24 28\tsaid",
            "E1\tAttribution-no-source:T3 Content:T1 Content2:T2");
    GoldAttribution a = BratReader.parse(ann, TEXT, "x.ann").attributions().get(0);
    assertThat(a.content()).hasSize(2);
    assertThat(a.hasSource()).isFalse();
  }

  @Test
  void offsets_count_code_points_not_utf16_units() {
    String text = "\uD83D\uDE00 “Hi,” she said.";
    String ann =
        "T1\tContent 2 7\t“Hi,”\nT2\tSource 8 11\tshe\nE1\tAttribution:T2 Source:T2 Content:T1";
    GoldAttribution a = BratReader.parse(ann, text, "x.ann").attributions().get(0);
    assertThat(a.content().get(0).of(text)).isEqualTo("“Hi,”");
  }

  @Test
  void event_without_content_is_left_out_and_reported() {
    BratReader.Result r =
        BratReader.parse(
            ANN + "T10\tAttribution-no-source 58 62\tsaid\nE3\tAttribution-no-source:T10 \n",
            TEXT,
            "x.ann");
    assertThat(r.attributions()).hasSize(2);
    assertThat(r.problems()).containsExactly("x.ann:14: E3 has no content");
  }

  @Test
  void text_not_at_its_offsets_names_file_and_line() {
    String ann = "T1\tContent 0 5\tsomething else\nE1\tAttribution:T1 Content:T1";
    assertThatThrownBy(() -> BratReader.parse(ann, TEXT, "bad.ann"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.ann:1");
  }

  @Test
  void offsets_outside_the_text_and_unknown_ids_are_rejected() {
    assertThatThrownBy(() -> BratReader.parse("T1\tContent 0 999\tx", TEXT, "a.ann"))
        .hasMessageContaining("a.ann:1")
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> BratReader.parse("E1\tAttribution:T1 Content:T2", TEXT, "b.ann"))
        .hasMessageContaining("b.ann:1")
        .hasMessageContaining("unknown annotation");
  }
}
