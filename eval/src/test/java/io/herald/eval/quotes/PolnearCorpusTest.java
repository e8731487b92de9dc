package io.herald.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {
  @TempDir Path dir;

  private void write(String relative, String content) throws IOException {
    Path f = dir.resolve(relative);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
  }

  @Test
  void pairs_texts_with_the_first_annotation_file_and_honours_the_limit() throws IOException {
    String text = "“Yes,” she said.";
    String ann =
        "T1\tContent 0 6\t“Yes,”\nT2\tSource 7 10\tshe\nE1\tAttribution:T2 Source:T2 Content:T1\n";
    write("text/nyt_2016-10-01_a.txt", text);
    write("attributions/nyt_2016-10-01_a_b2.ann", ann);
    write("attributions/nyt_2016-10-01_a_a1.ann", ann);
    write("text/nyt_2016-10-02_b.txt", text);
    write("attributions/nyt_2016-10-02_b_c3.ann", "");
    write("text/nyt_2016-10-03_c.txt", text);

    PolnearCorpus all = PolnearCorpus.read(dir, 0);
    assertThat(all.articles())
        .extracting(GoldArticle::name)
        .containsExactly("nyt_2016-10-01_a", "nyt_2016-10-02_b");
    assertThat(all.articles().get(0).annotationFile()).isEqualTo("nyt_2016-10-01_a_a1.ann");
    assertThat(all.articles().get(0).attributions()).hasSize(1);
    assertThat(all.unusedAnnotations()).containsExactly("nyt_2016-10-01_a_b2.ann");
    assertThat(all.unannotated()).containsExactly("nyt_2016-10-03_c.txt");
    assertThat(PolnearCorpus.read(dir, 1).articles()).hasSize(1);
  }

  @Test
  void a_directory_without_text_and_attributions_is_rejected() {
    assertThatThrownBy(() -> PolnearCorpus.read(dir, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a PolNeAR compartment");
  }
}
