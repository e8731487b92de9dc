package io.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Article;
import io.herald.model.IngestError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages and news feeds, well and badly formed. */
class WebFormatsTest {
  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

  private Path write(String name, String content) throws IOException {
    return write(name, content, StandardCharsets.UTF_8);
  }

  private Path write(String name, String content, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  private static final String PAGE =
      """
      <!doctype html>
      <html><head>
      <meta charset="utf-8">
      <title>Leaders agree on drills | The Harbour Times</title>
      <meta property="og:title" content="Japan and Philippines agree on joint drills">
      <meta property="og:site_name" content="The Harbour Times">
      <meta property="article:published_time" content="2024-10-02T21:40:00+09:00">
      <link rel="canonical" href="https://example.org/news/drills">
      <script>var tracking = "Do not read this";</script>
      </head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <header><p>Subscribe to our newsletter for daily updates.</p></header>
      <article>
        <h1>Japan and Philippines agree on joint drills</h1>
        <figure><img src="x.jpg"><figcaption>Ministers in Manila.</figcaption></figure>
        <p>TOKYO &mdash; Japan and the Philippines agreed on Wednesday to hold joint naval drills
        in the South China Sea, the two foreign ministers said.</p>
        <p>"We will stand together," the Japanese minister told reporters.</p>
        <aside><p>Related: Typhoon season ends early</p></aside>
      </article>
      <footer><p>Copyright The Harbour Times</p></footer>
      </body></html>
      """;

  @Test
  void a_saved_page_gives_its_story_paragraphs_and_metadata() throws IOException {
    Path page = write("drills.html", PAGE);

    ReadResult r = reader.read(List.of(page));

    assertThat(r.errors()).isEmpty();
    Article a = r.articles().get(0);
    assertThat(a.title()).isEqualTo("Japan and Philippines agree on joint drills");
    assertThat(a.date()).contains(LocalDate.of(2024, 10, 2));
    assertThat(a.url()).isEqualTo("https://example.org/news/drills");
    assertThat(a.source()).isEqualTo("The Harbour Times");
    assertThat(a.text())
        .startsWith("TOKYO \u2014 Japan and the Philippines agreed on Wednesday")
        .contains("South China Sea, the two foreign ministers said.\n\n\"We will stand together,\"")
        .doesNotContain("Subscribe", "Home", "Typhoon", "Copyright", "tracking", "Manila");
  }

  @Test
  void a_page_in_its_declared_legacy_charset_is_decoded() throws IOException {
    Path page =
        write(
            "legacy.htm",
            "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 talks</title></head>"
                + "<body><p>The minister met envoys at a caf\u00e9 in Montr\u00e9al on Monday.</p>"
                + "</body></html>",
            Charset.forName("windows-1252"));

    Article a = reader.read(List.of(page)).articles().get(0);

    assertThat(a.text())
        .isEqualTo("The minister met envoys at a caf\u00e9 in Montr\u00e9al on Monday.");
    assertThat(a.date()).isEmpty();
  }

  @Test
  void broken_markup_still_gives_its_text_but_a_page_without_a_story_is_an_error()
      throws IOException {
    Path broken =
        write("broken.html", "<html><body><div><p>Russia said it <b>would respond.<p>Kyiv denied");
    Path menu = write("menu.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
    Path badDate =
        write(
            "baddate.html",
            "<html><head><meta name=\"date\" content=\"2024-02-30\"></head>"
                + "<body><p>Talks began.</p></body></html>");

    ReadResult r = reader.read(List.of(broken, menu, badDate));

    assertThat(r.articles())
        .singleElement()
        .extracting(Article::text)
        .isEqualTo("Russia said it would respond.\n\nKyiv denied");
    assertThat(r.errors())
        .extracting(IngestError::source, IngestError::problem)
        .satisfiesExactly(
            e ->
                assertThat(e.toList())
                    .containsExactly(
                        menu.toString(), "HTML without story text (no paragraphs or body text)"),
            e -> {
              assertThat(e.toList().get(0)).isEqualTo(badDate.toString());
              assertThat((String) e.toList().get(1)).contains("2024-02-30");
            });
  }

  private static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:media="http://search.yahoo.com/mrss/">
      <channel>
        <title>Harbour Times: World</title>
        <link>https://example.org/world</link>
        <image><title>Logo</title><url>https://example.org/logo.png</url></image>
        <item>
          <title>Iran fires missiles at Israel</title>
          <link>https://example.org/news/1</link>
          <guid isPermaLink="false">hx-0001</guid>
          <pubDate>Tue, 01 Oct 2024 19:05:00 GMT</pubDate>
          <description>Short teaser.</description>
          <content:encoded><![CDATA[<p>Iran fired missiles at Israel on Tuesday.</p><p>Israel vowed to respond.</p>]]></content:encoded>
          <media:content url="https://example.org/a.jpg" medium="image"><media:title>Photo</media:title></media:content>
        </item>
        <item>
          <title>No text here</title>
          <link>https://example.org/news/2</link>
        </item>
        <item>
          <title>Talks &amp; more</title>
          <pubDate>Fri, 31 Feb 2024 10:00:00 GMT</pubDate>
          <description>Envoys met in Geneva.</description>
        </item>
        <item>
          <title>Ukraine asks for air defence</title>
          <link>https://example.org/news/4</link>
          <pubDate>Wed, 02 Oct 2024 08:00:00 EDT</pubDate>
          <description>&lt;p&gt;Ukraine asked allies for more air defence systems.&lt;/p&gt;</description>
        </item>
      </channel>
      </rss>
      """;

  @Test
  void an_rss_feed_gives_one_article_per_item_and_names_the_bad_items() throws IOException {
    Path feed = write("world.rss", RSS);

    ReadResult r = reader.read(List.of(feed));

    assertThat(r.articles()).hasSize(2);
    Article first = r.articles().get(0);
    assertThat(first.title()).isEqualTo("Iran fires missiles at Israel");
    assertThat(first.text())
        .isEqualTo("Iran fired missiles at Israel on Tuesday.\n\nIsrael vowed to respond.");
    assertThat(first.date()).contains(LocalDate.of(2024, 10, 1));
    assertThat(first.source()).isEqualTo("Harbour Times: World");
    assertThat(first.url()).isEqualTo("https://example.org/news/1");
    Article fourth = r.articles().get(1);
    assertThat(fourth.text()).isEqualTo("Ukraine asked allies for more air defence systems.");
    assertThat(fourth.date()).contains(LocalDate.of(2024, 10, 2));
    assertThat(r.errors())
        .extracting(IngestError::source)
        .containsExactly(feed + " item 2", feed + " item 3");
    assertThat(r.errors().get(0).problem()).contains("without text");
    assertThat(r.errors().get(1).problem()).contains("Fri, 31 Feb 2024");
  }

  @Test
  void a_feed_over_the_size_limit_is_an_error_naming_it_and_the_rest_is_read() throws IOException {
    Path feed = write("huge.rss", RSS);
    Path page = write("story.txt", "Japan said it would act.\nHeadline");
    ReadOptions small =
        new ReadOptions(HeadlinePosition.LAST, java.util.Optional.empty(), RSS.length() - 1);

    ReadResult r = new ArticleReader(small).read(List.of(feed, page));

    assertThat(r.articles()).extracting(Article::title).containsExactly("Headline");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(feed.toString());
              assertThat(e.problem()).contains("too large");
            });
  }

  @Test
  void item_ids_are_stable_across_edits_so_a_correction_replaces_the_item() throws IOException {
    Path before = write("a.rss", RSS);
    Path after =
        write("b.rss", RSS.replace("Israel vowed to respond.", "Israel vowed a response."));

    Article one = reader.read(List.of(before)).articles().get(0);
    Article two = reader.read(List.of(after)).articles().get(0);

    assertThat(one.text()).isNotEqualTo(two.text());
    assertThat(one.id().substring(2)).isEqualTo(two.id().substring(2));
  }

  @Test
  void an_atom_feed_with_xhtml_content_is_read() throws IOException {
    Path feed =
        write(
            "news.atom",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Wire</title>
              <entry>
                <title type="html">Seoul &amp;amp; Tokyo hold talks</title>
                <link rel="enclosure" href="https://example.org/x.mp3"/>
                <link rel="alternate" href="https://example.org/talks"/>
                <id>urn:uuid:7b2c</id>
                <updated>2025-03-03T09:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
                  <p>South Korea and Japan held talks in Seoul on Monday.</p>
                  <p>They agreed to meet again.</p></div></content>
              </entry>
            </feed>
            """);

    ReadResult r = reader.read(List.of(feed));

    assertThat(r.errors()).isEmpty();
    Article a = r.articles().get(0);
    assertThat(a.title()).isEqualTo("Seoul & Tokyo hold talks");
    assertThat(a.url()).isEqualTo("https://example.org/talks");
    assertThat(a.date()).contains(LocalDate.of(2025, 3, 3));
    assertThat(a.text())
        .isEqualTo(
            "South Korea and Japan held talks in Seoul on Monday.\n\nThey agreed to meet again.");
  }

  @Test
  void malformed_xml_names_line_and_column_and_keeps_the_items_before_it() throws IOException {
    Path feed =
        write(
            "cut.rss",
            "<rss><channel><title>T</title>\n<item><title>A</title><description>Japan agreed."
                + "</description></item>\n<item><title>B</oops></item></channel></rss>");
    Path notFeed = write("doc.xml", "<TimeML><TEXT>Nothing</TEXT></TimeML>");
    Path empty = write("none.rss", "<rss><channel><title>T</title></channel></rss>");

    ReadResult r = reader.read(List.of(feed, notFeed, empty));

    assertThat(r.articles()).extracting(Article::text).containsExactly("Japan agreed.");
    assertThat(r.errors()).hasSize(3);
    assertThat(r.errors().get(0).source()).isEqualTo(feed.toString());
    assertThat(r.errors().get(0).problem())
        .startsWith("malformed XML at line 3, column")
        .contains("1 items before it were read");
    assertThat(r.errors().get(1).problem())
        .contains("not an RSS or Atom feed")
        .contains("<timeml>");
    assertThat(r.errors().get(2).problem()).isEqualTo("a feed without items");
  }

  @Test
  void a_feed_cannot_make_herald_read_a_local_file() throws IOException {
    Path secret = write("secret.txt", "TOP SECRET LINE");
    Path feed =
        write(
            "xxe.rss",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n<rss><channel><item><title>t</title><description>Japan said &x;."
                + "</description></item></channel></rss>");

    ReadResult r = reader.read(List.of(feed));

    assertThat(r.articles()).noneMatch(a -> a.text().contains("SECRET"));
    assertThat(r.errors()).isNotEmpty().allMatch(e -> !e.problem().contains("SECRET LINE"));
  }
}
