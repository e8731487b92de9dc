package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedTest {
  @Test
  void csv_quotes_only_fields_that_need_it_and_doubles_quotes() {
    String line =
        Delimited.CSV.line(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null));
    assertThat(line).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    assertThat(Rfc4180.parse(line))
        .containsExactly(List.of("plain", "a,b", "say \"hi\"", "two\nlines", ""));
  }

  @Test
  void gdelt_turns_tabs_and_line_breaks_into_spaces_and_keeps_quotes() {
    String line = Delimited.GDELT.line(Arrays.asList("a\tb", "c\r\nd", "\"e\"", null));
    assertThat(line).isEqualTo("a b\tc d\t\"e\"\t\n");
    assertThat(line.split("\t", -1)).hasSize(4);
  }
}
