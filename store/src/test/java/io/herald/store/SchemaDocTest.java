package io.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** SCHEMA.md documents every table and column the code creates. */
class SchemaDocTest {
  @Test
  void schema_md_documents_every_table_and_column() throws IOException {
    String doc = Files.readString(Path.of("SCHEMA.md"), StandardCharsets.UTF_8);

    for (Table t : Schema.ALL) {
      String section = section(doc, t.name());
      for (Table.Column c : t.columns()) {
        assertThat(section).as(t.name() + "." + c.name()).contains("| `" + c.name() + "` |");
      }
    }
  }

  @Test
  void schema_md_documents_every_index() throws IOException {
    String doc = section(Files.readString(Path.of("SCHEMA.md"), StandardCharsets.UTF_8), "Indexes");

    for (String create : Schema.INDEXES) {
      String name = create.replaceFirst("CREATE INDEX IF NOT EXISTS (\\w+) ON .*", "$1");
      assertThat(name).isNotEqualTo(create);
      assertThat(doc).as(name).contains("`" + name + "`");
    }
  }

  private static String section(String doc, String table) {
    String heading = table.equals("Indexes") ? "### Indexes" : "### `" + table + "`";
    int start = doc.indexOf(heading);
    assertThat(start).as("heading " + heading).isNotNegative();
    int end = doc.indexOf("\n### ", start + heading.length());
    return end < 0 ? doc.substring(start) : doc.substring(start, end);
  }
}
