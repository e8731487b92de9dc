package io.herald.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.model.AnalyzedArticle;
import io.herald.server.HeraldServer;
import io.herald.server.ServerConfig;
import io.herald.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI in a real headless Chromium against the real server over a store of analysed stories:
 * search, the annotated article view, the map, the timeline, the network, and a hostile article
 * whose markup must stay text. Screenshots go to {@code target/screenshots/}.
 */
class WebUiIT {
  private static final String SEED_TITLE =
      "Seoul and Tokyo agree on stronger ties after missile launches";
  private static final String SEED_ID = "korea-japan-call";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Chromium chromium;
  private static Store store;
  private static HeraldServer server;
  private static URI base;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    chromium = Chromium.startOrSkip();
    List<AnalyzedArticle> articles = new ArrayList<>(UiData.fixtures());
    AnalyzedArticle seed =
        articles.stream().filter(a -> a.article().id().equals(SEED_ID)).findFirst().orElseThrow();
    articles.add(UiData.hostile(seed));
    store = Store.open(dir.resolve("herald.duckdb"));
    store.saveAll(articles);
    server = HeraldServer.start(store, new ServerConfig("127.0.0.1", 0));
    base = server.address();
  }

  @AfterAll
  static void stop() {
    try (Store s = store;
        HeraldServer h = server;
        Chromium c = chromium) {
      // closed in reverse order: browser, server, then store
    }
  }

  @BeforeEach
  void drainConsole() {
    chromium.severeConsoleMessages();
  }

  private static WebDriver driver() {
    return chromium.driver();
  }

  private static void open(String hash) {
    driver().get(base.resolve("/") + hash);
    // Force the router even when only the hash changed since the last page.
    chromium.script("window.dispatchEvent(new HashChangeEvent('hashchange'));");
    chromium
        .waiting()
        .until(
            d -> d.findElements(By.cssSelector("#main > section[data-ready='true']")).size() == 1);
  }

  private static JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve(pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> texts(String css) {
    return driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void search_finds_the_seed_story_and_shows_facets() {
    open("#/search");
    WebElement q = driver().findElement(By.id("search-q"));
    q.sendKeys("missile launches", Keys.ENTER);
    chromium
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "of"));
    assertThat(driver().getCurrentUrl()).contains("q=missile+launches");
    assertThat(texts(".result .title")).contains(SEED_TITLE);
    assertThat(texts(".facet[data-facet='country'] li")).isNotEmpty();
    chromium.screenshot("search");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"country", "root"})
  void a_facet_value_narrows_the_results_to_its_count(String facet) {
    open("#/search");
    List<WebElement> values =
        driver().findElements(By.cssSelector(".facet[data-facet='" + facet + "'] li"));
    assertThat(values).isNotEmpty();
    WebElement last = values.get(values.size() - 1);
    String count = last.findElement(By.className("count")).getText();
    String value = last.findElement(By.tagName("a")).getText().split(" ")[0];
    last.findElement(By.tagName("a")).click();
    chromium.waiting().until(ExpectedConditions.urlContains(facet + "=" + value));
    chromium
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "of"));
    assertThat(texts(".chip")).anyMatch(t -> t.contains(facet + ": " + value));
    assertThat(driver().findElement(By.id("result-count")).getText())
        .endsWith("of " + count + " articles");
    assertThat(driver().findElements(By.cssSelector(".result"))).hasSize(Integer.parseInt(count));
  }

  @Test
  void article_view_highlights_quotes_and_the_consult_event() throws Exception {
    open("#/search?q=" + URLEncoder.encode("phone talks", StandardCharsets.UTF_8));
    driver().findElement(By.linkText(SEED_TITLE)).click();
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event-table")));
    assertThat(driver().findElement(By.id("article-title")).getText()).isEqualTo(SEED_TITLE);

    JsonNode doc = api("/api/articles/" + SEED_ID);
    String text = doc.at("/article/text").asText();
    // every quote is highlighted over exactly its span, and names its speaker
    assertThat(doc.get("quotes").size()).isPositive();
    for (JsonNode quote : doc.get("quotes")) {
      String id = quote.get("id").asText();
      String shown = String.join("", texts("#article-text [data-quote~='" + id + "']"));
      String expected = text.substring(quote.at("/span/0").asInt(), quote.at("/span/1").asInt());
      assertThat(shown).as("quote %s", id).isEqualTo(expected);
    }
    // an event trigger inside the quote ("tolerate") splits its highlight into several pieces
    String kimId = null;
    for (JsonNode quote : doc.get("quotes")) {
      if (quote.get("text").asText().contains("We will not tolerate any provocation")) {
        kimId = quote.get("id").asText();
      }
    }
    assertThat(kimId).as("Kim's quotation in the analysis").isNotNull();
    List<WebElement> kimPieces =
        driver().findElements(By.cssSelector("#article-text [data-quote~='" + kimId + "']"));
    assertThat(kimPieces).isNotEmpty();
    WebElement kimQuote = kimPieces.get(0);
    assertThat(kimQuote.getAttribute("title")).contains("quote by Kim Min-jun");
    assertThat(kimQuote.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");

    // the phone call is a consultation (CAMEO 041) from Kim to Yamada, its trigger highlighted
    WebElement row =
        driver().findElements(By.cssSelector("#event-table tbody tr")).stream()
            .filter(r -> r.getText().contains("041 Discuss by telephone"))
            .findFirst()
            .orElseThrow();
    List<WebElement> cells = row.findElements(By.tagName("td"));
    assertThat(cells.get(0).getText()).contains("Kim Min-jun").contains("KORGOV");
    assertThat(cells.get(2).getText()).contains("Taro Yamada").contains("JPNGOV");
    assertThat(cells.get(5).getText()).contains("held phone talks with Japanese Prime Minister");
    String eventId = row.getAttribute("data-event");
    WebElement trigger =
        driver()
            .findElement(
                By.cssSelector("#article-text .hl-trigger[data-trigger~='" + eventId + "']"));
    assertThat(trigger.getText()).isEqualTo("phone talks");
    assertThat(trigger.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");

    // a click on the row marks its trigger and its evidence sentence
    row.click();
    chromium.waiting().until(d -> trigger.getAttribute("class").contains("selected"));
    assertThat(row.getAttribute("class")).contains("selected");
    String sentence = row.getAttribute("data-sentence");
    List<WebElement> focused = driver().findElements(By.cssSelector("#article-text .focus"));
    assertThat(focused)
        .isNotEmpty()
        .allMatch(e -> sentence.equals(e.getAttribute("data-sentence")));
    String focusedText = focused.stream().map(WebElement::getText).collect(Collectors.joining());
    assertThat(focusedText).contains("held phone talks with Japanese Prime Minister Taro Yamada");
    // and a click on a trigger in the text selects its row
    WebElement criticized =
        driver().findElements(By.cssSelector("#article-text .hl-trigger")).stream()
            .filter(e -> e.getText().equals("criticized"))
            .findFirst()
            .orElseThrow();
    criticized.click();
    chromium
        .waiting()
        .until(
            d ->
                d.findElement(By.cssSelector("#event-table tr.selected"))
                    .getText()
                    .contains("111 Criticize or denounce"));
    assertThat(driver().findElements(By.cssSelector("#event-table tr.selected"))).hasSize(1);
    row.click();
    chromium.fitHeight();
    chromium.screenshot("article");
    chromium.resetHeight();
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void map_draws_the_world_with_a_marker_per_place() throws Exception {
    open("#/map");
    chromium
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("circle.marker")));
    assertThat(driver().findElements(By.cssSelector("#world-map path.country")).size())
        .isGreaterThan(150);
    JsonNode places = api("/api/places?limit=200");
    List<JsonNode> located = new ArrayList<>();
    places
        .get("items")
        .forEach(
            p -> {
              if (p.get("lat").isNumber() && p.get("lon").isNumber()) {
                located.add(p);
              }
            });
    assertThat(located).isNotEmpty();
    // countries with a mentioned place are shaded
    List<String> countries =
        located.stream().map(p -> p.get("country").asText()).filter(c -> !c.isEmpty()).toList();
    assertThat(countries).contains("KOR", "JPN");
    for (String iso3 : countries) {
      assertThat(
              driver()
                  .findElement(By.cssSelector("#world-map path[data-iso3='" + iso3 + "']"))
                  .getAttribute("class"))
          .as(iso3)
          .contains("mentioned");
    }
    assertThat(driver().findElements(By.cssSelector("circle.marker"))).hasSize(located.size());
    // Seoul sits where the equirectangular projection puts 126.98 E
    WebElement seoul = driver().findElement(By.cssSelector("circle.marker[data-name='Seoul']"));
    double cx = Double.parseDouble(seoul.getAttribute("cx"));
    assertThat(cx)
        .isCloseTo((126.9784 + 180) / 360 * 1000, org.assertj.core.data.Offset.offset(1.0));
    assertThat(seoul.getRect().getWidth()).isPositive();
    chromium.screenshot("map");
    // zoomed to the places, Seoul's marker is drawn larger on screen than on the world map
    int worldWidth = seoul.getRect().getWidth();
    driver().findElement(By.id("map-fit")).click();
    assertThat(driver().findElement(By.id("world-map")).getAttribute("viewBox"))
        .isNotEqualTo("0 0 1000 400");
    assertThat(seoul.getRect().getWidth()).isGreaterThan(worldWidth);
    chromium.screenshot("map-zoomed");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void timeline_draws_cooperation_and_conflict_per_day() throws Exception {
    open("#/timeline?a=KOR&b=JPN");
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline-chart")));
    JsonNode days = api("/api/dyads?a=KOR&b=JPN&limit=200").get("items");
    assertThat(days.size()).isPositive();
    int cooperationDays = 0;
    int conflictDays = 0;
    for (JsonNode day : days) {
      cooperationDays += day.get("cooperation").asInt() > 0 ? 1 : 0;
      conflictDays += day.get("conflict").asInt() > 0 ? 1 : 0;
    }
    assertThat(driver().findElements(By.cssSelector("#timeline-chart rect.bar.cooperation")))
        .hasSize(cooperationDays);
    assertThat(driver().findElements(By.cssSelector("#timeline-chart rect.bar.conflict")))
        .hasSize(conflictDays);
    assertThat(cooperationDays + conflictDays).isPositive();
    assertThat(driver().findElement(By.id("timeline-summary")).getText()).startsWith("KOR – JPN:");
    chromium.screenshot("timeline");

    // a day's events, each one click from its sentence
    String day = days.get(0).get("date").asText();
    driver()
        .findElement(By.cssSelector("#timeline-chart rect.day-hit[data-date='" + day + "']"))
        .click();
    chromium
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#day-panel tbody tr")));
    assertThat(driver().findElements(By.cssSelector("#day-panel tbody tr")))
        .hasSize(days.get(0).get("count").asInt());
    driver().findElement(By.cssSelector("#day-panel tbody tr a")).click();
    chromium
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#event-table tr.selected")));
    assertThat(driver().findElements(By.cssSelector("#article-text .focus"))).isNotEmpty();
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  @Test
  void network_draws_every_actor_and_colours_edges_by_goldstein() throws Exception {
    open("#/network");
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("network")));
    JsonNode graph = api("/api/network");
    assertThat(driver().findElements(By.cssSelector("#network g.node")))
        .hasSize(graph.get("nodes").size());
    for (JsonNode edge : graph.get("edges")) {
      double g = edge.get("meanGoldstein").asDouble();
      if (Math.abs(g) < 2) {
        continue;
      }
      WebElement line =
          driver()
              .findElement(
                  By.cssSelector(
                      "#network line.edge[data-source='"
                          + edge.get("source").asText()
                          + "'][data-target='"
                          + edge.get("target").asText()
                          + "']"));
      int[] rgb = rgb(line.getAttribute("stroke"));
      assertThat(g > 0 ? rgb[1] > rgb[0] : rgb[0] > rgb[1])
          .as("edge %s stroke %s for Goldstein %s", edge, line.getAttribute("stroke"), g)
          .isTrue();
    }
    driver().findElement(By.cssSelector("#network g.node[data-code='KORGOV']")).click();
    chromium
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor-name"), "KORGOV"));
    assertThat(texts("#actor-panel .counterparts li")).anyMatch(t -> t.contains("JPNGOV"));
    chromium.screenshot("network");
    assertThat(chromium.severeConsoleMessages()).isEmpty();
  }

  private static int[] rgb(String css) {
    String[] parts = css.replaceAll("[^0-9,]", "").split(",");
    return new int[] {
      Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])
    };
  }

  @Test
  void markup_in_an_article_stays_inert_text() {
    open("#/search?q=comments");
    assertThat(texts(".result .title")).contains(UiData.XSS_TITLE);
    open("#/article/" + UiData.XSS_ID);
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));

    assertThat(driver().findElement(By.id("article-title")).getText()).isEqualTo(UiData.XSS_TITLE);
    String body = driver().findElement(By.id("article-text")).getText();
    assertThat(body).contains(UiData.IMG_PAYLOAD).contains(UiData.SCRIPT_PAYLOAD);
    assertThat(texts("table.actors td")).contains(UiData.ACTOR_PAYLOAD);
    assertThat(texts("#event-table .actor-name")).contains(UiData.ACTOR_PAYLOAD);
    // nothing was parsed as markup: no element the payloads would create, no script ran
    assertThat(
            driver()
                .findElements(
                    By.cssSelector("#main img, #main script, #main b, [onerror], [onmouseover]")))
        .isEmpty();
    assertThat(driver().findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(driver().getTitle()).isEqualTo("Herald");
    assertThatThrownBy(() -> driver().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(chromium.severeConsoleMessages()).as("CSP violations or script errors").isEmpty();
    chromium.fitHeight();
    chromium.screenshot("hostile-article");
    chromium.resetHeight();
  }

  @Test
  void an_unknown_article_shows_the_servers_error() {
    open("#/article/no-such-article");
    WebElement error = driver().findElement(By.cssSelector("#main .error"));
    assertThat(error.getText()).contains("HTTP 404").doesNotContain("undefined");
    assertThat(error.getAttribute("role")).isEqualTo("alert");
  }
}
