package io.herald.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herald.model.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GrittaXmlReaderTest {
  private static GoldCorpus read(String xml) {
    return GrittaXmlReader.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  @Test
  void reads_lgl_toponyms_with_gaztag_coordinates() {
    GoldCorpus c =
        read(
            """
            <articles>
              <article docid="40450848">
                <title>t</title>
                <domain>thetowntalk.com</domain>
                <text><![CDATA[Alexandria woman charged. She lives on Main Street.]]></text>
                <toponyms count="2">
                  <toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>
                    <gaztag geonameid="4314550"><name>Alexandria</name><fcode>PPL</fcode>
                      <lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
                  <toponym><start>39</start><end>50</end><phrase>Main Street</phrase></toponym>
                </toponyms>
              </article>
            </articles>
            """);
    assertThat(c.articles()).hasSize(1);
    GoldArticle a = c.articles().get(0);
    assertThat(a.id()).isEqualTo("40450848");
    assertThat(a.source()).isEqualTo("thetowntalk.com");
    assertThat(a.toponyms())
        .containsExactly(
            new GoldToponym(new Span(0, 10), "Alexandria", new GeoPoint(31.3113, -92.4451)));
    assertThat(a.unlocated()).containsExactly(new Span(39, 50));
    assertThat(c.realigned()).isZero();
  }

  @Test
  void realigns_geovirus_offsets_that_are_one_character_late() {
    GoldCorpus c =
        read(
            """
            <articles>
              <article>
                <source>https://en.wikinews.org/wiki/x</source>
                <text>A farm in Pandi, Bulacan.</text>
                <locations>
                  <location><name>Pandi</name><start>11</start><end>16</end>
                    <lat>14.87</lat><lon>120.95</lon><page>p</page></location>
                  <location><name>Nowhere</name><start>1</start><end>8</end>
                    <lat>1</lat><lon>1</lon></location>
                </locations>
              </article>
            </articles>
            """);
    GoldArticle a = c.articles().get(0);
    assertThat(a.id()).isEqualTo("1");
    assertThat(a.source()).isEqualTo("en.wikinews.org");
    assertThat(a.toponyms()).extracting(GoldToponym::span).containsExactly(new Span(10, 15));
    assertThat(c.realigned()).isEqualTo(1);
    assertThat(c.dropped()).isEqualTo(1);
  }

  @Test
  void rejects_malformed_xml_naming_the_file() {
    assertThatThrownBy(() -> read("<articles><article>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.xml");
  }

  @Test
  void rejects_doctype_declarations() {
    assertThatThrownBy(() -> read("<!DOCTYPE a [<!ENTITY x \"y\">]><articles/>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
