package io.herald.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
  static final String DOC =
      """
      <?xml version="1.0" ?>
      <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <DOCID>APW1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07T06:18:00" temporalFunction="false" \
      functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
      <TITLE>Blasts &amp; after</TITLE>
      <TEXT>
      AT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> \
      <TIMEX3 tid="t1" type="DATE" value="1998-08-07" functionInDocument="NONE">Friday</TIMEX3> \
      it <EVENT eid="e2" class="OCCURRENCE">grew</EVENT> in \
      <TIMEX3 tid="t2" type="DATE" value="1998-Q2">the second quarter</TIMEX3>.
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      </TimeML>
      """;

  @Test
  void text_is_the_text_element_without_tags_and_with_entities_decoded() {
    TimeMlDocument d = new TimeMlReader().read("APW1", DOC);
    assertThat(d.text()).isEqualTo("\nAT&T said Friday it grew in the second quarter.\n");
    assertThat(d.title()).isEqualTo("Blasts & after");
  }

  @Test
  void gold_offsets_index_the_stripped_text() {
    TimeMlDocument d = new TimeMlReader().read("APW1", DOC);
    assertThat(d.timexes())
        .extracting(GoldTimex::tid, GoldTimex::text, GoldTimex::value, GoldTimex::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t1", "Friday", "1998-08-07", "DATE"),
            org.assertj.core.groups.Tuple.tuple("t2", "the second quarter", "1998-Q2", "DATE"));
    for (GoldTimex t : d.timexes()) {
      assertThat(t.span().of(d.text())).isEqualTo(t.text());
    }
    assertThat(d.timexes().get(0).span()).isEqualTo(new Span(11, 17));
  }

  @Test
  void creation_time_is_the_article_date_and_not_scored() {
    TimeMlDocument d = new TimeMlReader().read("APW1", DOC);
    assertThat(d.creationTime()).isEqualTo("1998-08-07T06:18:00");
    assertThat(d.creationDate()).contains(LocalDate.of(1998, 8, 7));
    assertThat(d.timexes()).noneMatch(t -> t.tid().equals("t0"));
  }

  @Test
  void creation_time_inside_the_text_is_excluded_too() {
    String xml =
        "<TimeML><TEXT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1990-08-15\""
            + " functionInDocument=\"CREATION_TIME\">08-15-90</TIMEX3> Iraq said"
            + " <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>.</TEXT></TimeML>";
    TimeMlDocument d = new TimeMlReader().read("AP", xml);
    assertThat(d.creationDate()).contains(LocalDate.of(1990, 8, 15));
    assertThat(d.timexes()).extracting(GoldTimex::text).containsExactly("now");
    assertThat(d.text()).isEqualTo("08-15-90 Iraq said now.");
  }

  @Test
  void document_without_creation_time_has_no_date() {
    TimeMlDocument d = new TimeMlReader().read("x", "<TimeML><TEXT>No date.</TEXT></TimeML>");
    assertThat(d.creationTime()).isEmpty();
    assertThat(d.creationDate()).isEmpty();
  }

  @Test
  void rejects_malformed_xml_and_missing_text_naming_the_document() {
    TimeMlReader r = new TimeMlReader();
    assertThatThrownBy(() -> r.read("bad", "<TimeML><TEXT>open</TimeML>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad");
    assertThatThrownBy(() -> r.read("notext", "<TimeML><DOCID>x</DOCID></TimeML>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEXT");
  }

  @Test
  void refuses_doctype_declarations() {
    String xml =
        "<!DOCTYPE TimeML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<TimeML><TEXT>&x;</TEXT></TimeML>";
    assertThatThrownBy(() -> new TimeMlReader().read("xxe", xml))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reads_files_sorted_and_names_documents_after_them(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("timebank"));
    Files.writeString(sub.resolve("b.tml"), DOC, StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("a.tml"), DOC, StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("notes.txt"), "not TimeML", StandardCharsets.UTF_8);
    assertThat(TimeMlReader.files(dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.tml", "b.tml");
    assertThat(new TimeMlReader().read(sub.resolve("a.tml")).id()).isEqualTo("a");
  }
}
