package io.herald.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeEvaluationTest {
  private final TimeMlDocument doc = new TimeMlReader().read("APW1", TimeMlReaderTest.DOC);

  private SystemTimex found(String text, String value) {
    int start = doc.text().indexOf(text);
    return new SystemTimex(new Span(start, start + text.length()), text, "DATE", value);
  }

  @Test
  void reports_corpora_overall_and_error_kinds_with_examples() {
    TimeEvaluation e = new TimeEvaluation(List.of("Herald", "SUTime"));
    e.addDocument("timebank");
    e.add("timebank", doc, "Herald", List.of(found("Friday", "1998-08-07")));
    e.add("timebank", doc, "SUTime", List.of(found("Friday", "1998-08-14")));
    e.addDocument("aquaint");
    e.add("aquaint", doc, "Herald", List.of(found("second quarter", "1998-Q2")));
    e.add("aquaint", doc, "SUTime", List.of());
    assertThat(e.overall("Herald")).isEqualTo(new TimexScores(4, 2, 1, 2, 2, 2));
    String report = e.report("Herald", 10, 2);
    assertThat(report).contains("timebank", "aquaint", "overall", "Commonest errors of Herald");
    assertThat(report).contains("missed quarter or half", "extent: system span shorter");
    assertThat(report).contains("gold \"the second quarter\" 1998-Q2 | system \"second quarter\"");
  }

  @Test
  void wrong_values_are_grouped_by_value_class() {
    assertThat(ErrorTally.valueKind("1998-08-07", "1998-08-14")).isEqualTo("value: wrong day");
    assertThat(ErrorTally.valueKind("P1W", "1998-W32")).isEqualTo("value: duration given as week");
    assertThat(ValueClass.of("199")).isEqualTo(ValueClass.DECADE);
    assertThat(ValueClass.of("1998-08-07TEV")).isEqualTo(ValueClass.TIME);
    assertThat(ValueClass.of("XXXX-WXX-5")).isEqualTo(ValueClass.UNRESOLVED);
  }

  @Test
  void unknown_system_is_rejected() {
    TimeEvaluation e = new TimeEvaluation(List.of("Herald"));
    assertThatThrownBy(() -> e.add("c", doc, "HeidelTime", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HeidelTime");
  }
}
