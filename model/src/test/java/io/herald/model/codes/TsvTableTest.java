package io.herald.model.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TsvTableTest {

  private static TsvTable read(String content) throws IOException {
    return TsvTable.read(
        "t.tsv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void skips_comments_and_blank_lines_and_reads_cells_by_column() throws IOException {
    TsvTable t =
        read("# comment\n\ncode\tname\n041\tDiscuss by telephone\n# more\n111\t Criticize \n");
    assertThat(t.rows()).hasSize(2);
    assertThat(t.get(t.rows().get(0), "name")).isEqualTo("Discuss by telephone");
    assertThat(t.get(t.rows().get(1), "name")).as("cells are trimmed").isEqualTo("Criticize");
  }

  @Test
  void short_row_gives_empty_cell() throws IOException {
    TsvTable t = read("a\tb\tc\nx\n");
    assertThat(t.get(t.rows().get(0), "c")).isEmpty();
  }

  @Test
  void unknown_column_names_the_table_and_column() throws IOException {
    TsvTable t = read("a\tb\nx\ty\n");
    assertThat(t.hasColumn("b")).isTrue();
    assertThat(t.hasColumn("z")).isFalse();
    assertThatThrownBy(() -> t.get(t.rows().get(0), "z"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t.tsv")
        .hasMessageContaining("z");
  }

  @Test
  void table_without_header_is_rejected() {
    assertThatThrownBy(() -> read("# only comments\n\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no header");
  }

  @Test
  void missing_resource_fails_fast_with_its_name() {
    assertThatThrownBy(() -> TsvTable.load(TsvTableTest.class, "/io/herald/model/missing.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing.tsv");
  }
}
