package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.server.HeraldServer;
import io.herald.server.ServerConfig;
import io.herald.server.ui.Chromium;
import io.herald.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import picocli.CommandLine;

/**
 * The browser check on the reference story, as a user would run it: {@code herald analyze
 * --db} on the seed (read from {@code ../shared}; skipped when absent, or when Chromium is not
 * installed), then the server over that database in headless Chromium: search finds the story, the
 * article view highlights Ishiba's quotations and the consultation by phone, the map and the
 * Japan–United States timeline draw. Screenshots go to {@code target/screenshots/}.
 */
class SeedStoryBrowserIT {
  private static final Path SEED =
      Path.of(
          System.getProperty("herald.shared", "../../shared"),
          "data",
          "seed",
          "kyodo-2024-10-02-ishiba-biden.txt");
  private static final String TITLE =
      "Japan PM tells Biden of need for strong ties with US in phone talks";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static Chromium chromium;
  private static Store store;
  private static HeraldServer server;
  private static URI base;

  @BeforeAll
  static void analyzeAndServe() {
    Assumptions.assumeTrue(Files.exists(SEED), "reference story not found under ../shared");
    chromium = Chromium.startOrSkip();
    Path db = dir.resolve("herald.duckdb");
    PrintStream oldOut = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      exit =
          new CommandLine(new Main())
              .execute("analyze", "--date", "2024-10-02", "--db", db.toString(), SEED.toString());
    } finally {
      System.setOut(oldOut);
    }
    assertThat(exit).isZero();
    store = Store.open(db);
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

  private static WebDriver driver() {
    return chromium.driver();
  }

  private static void open(String hash) {
    driver().get(base.resolve("/") + hash);
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
  void search_finds_the_seed_story() {
    open("#/search");
    driver().findElement(By.id("search-q")).sendKeys("Ishiba Biden", Keys.ENTER);
    chromium
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "of"));
    assertThat(texts(".result .title")).contains(TITLE);
    chromium.screenshot("seed-search");
  }

  @Test
  void article_view_highlights_ishibas_quotations_and_the_consult_event() throws Exception {
    open("#/search?q=Ishiba");
    driver().findElement(By.linkText(TITLE)).click();
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event-table")));

    String id = driver().getCurrentUrl().replaceAll(".*#/article/", "");
    JsonNode doc = api("/api/articles/" + id);
    String text = doc.at("/article/text").asText();
    String ishiba = null;
    for (JsonNode a : doc.get("actors")) {
      if (a.get("name").asText().equals("Shigeru Ishiba")) {
        ishiba = a.get("id").asText();
      }
    }
    assertThat(ishiba).isNotNull();
    List<String> his = new ArrayList<>();
    for (JsonNode q : doc.get("quotes")) {
      JsonNode speaker = q.get("speaker");
      if (speaker.isNull() || !speaker.get("actor").asText().equals(ishiba)) {
        continue;
      }
      String qid = q.get("id").asText();
      List<WebElement> parts =
          driver()
              .findElements(By.cssSelector("#article-text .hl-quote[data-quote~='" + qid + "']"));
      String shown = parts.stream().map(WebElement::getText).collect(Collectors.joining());
      assertThat(shown).isEqualTo(text.substring(q.at("/span/0").asInt(), q.at("/span/1").asInt()));
      // "they did not discuss his wish to ...": shown, but as what was not said or discussed
      String title =
          q.get("negated").asBoolean()
              ? "not said or not discussed by Shigeru Ishiba"
              : "quote by Shigeru Ishiba";
      assertThat(parts).allMatch(p -> p.getAttribute("title").contains(title));
      his.add(shown);
    }
    assertThat(String.join(" ", his)).contains("I told President Biden", "We want to strengthen");

    WebElement consult =
        driver().findElements(By.cssSelector("#event-table tbody tr")).stream()
            .filter(r -> r.getText().contains("041 Discuss by telephone"))
            .filter(r -> r.getText().contains("JPN") && r.getText().contains("USA"))
            .findFirst()
            .orElseThrow();
    String eventId = consult.getAttribute("data-event");
    WebElement trigger =
        driver()
            .findElement(
                By.cssSelector("#article-text .hl-trigger[data-trigger~='" + eventId + "']"));
    assertThat(trigger.getText()).contains("talks");
    consult.click();
    chromium.waiting().until(d -> trigger.getAttribute("class").contains("selected"));
    assertThat(driver().findElements(By.cssSelector("#article-text .focus"))).isNotEmpty();
    chromium.fitHeight();
    chromium.screenshot("seed-article");
    chromium.resetHeight();
  }

  @Test
  void map_and_timeline_draw_the_story() {
    open("#/map");
    chromium
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("circle.marker")));
    assertThat(driver().findElements(By.cssSelector("circle.marker")).size()).isGreaterThan(3);
    chromium.screenshot("seed-map");
    open("#/timeline?a=JPN&b=USA");
    chromium
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#timeline-chart rect.bar")));
    chromium.screenshot("seed-timeline");
  }
}
