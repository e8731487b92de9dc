package io.herald.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Article;
import io.herald.store.Store;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article read from JSON Lines needs only its text: stored without a title, source or url, it
 * must list, show and lend its events like any other (its absent fields are null, never "").
 */
class UntitledArticleIT {
  @Test
  void events_and_articles_of_an_untitled_article_are_served() {
    List<AnalyzedArticle> stored = new ArrayList<>();
    for (AnalyzedArticle a : Corpus.analyse()) {
      Article x = a.article();
      stored.add(
          new AnalyzedArticle(
              new Article(x.id(), "", x.text(), x.date(), "", ""),
              a.sentences(),
              a.entities(),
              a.actors(),
              a.events(),
              a.quotes(),
              a.places(),
              a.times(),
              a.problems()));
    }
    long events = stored.stream().mapToLong(a -> a.events().size()).sum();
    assertThat(events).isPositive();
    try (Store store = Store.inMemory()) {
      store.saveAll(stored);
      try (HeraldServer server = HeraldServer.start(store, new ServerConfig("127.0.0.1", 0))) {
        JsonNode page = ok(server, "/api/events?limit=5");
        assertThat(page.get("total").asLong()).isPositive();
        for (JsonNode item : page.get("items")) {
          assertThat(item.get("articleTitle").isNull()).as(item.toString()).isTrue();
        }
        String id = stored.get(0).article().id();
        JsonNode doc = ok(server, "/api/articles/" + id);
        assertThat(doc.get("article").get("title").isNull()).isTrue();
        assertThat(doc.get("article").get("url").isNull()).isTrue();
        JsonNode list = ok(server, "/api/articles?limit=50");
        assertThat(list.get("items")).allSatisfy(a -> assertThat(a.get("title").isNull()).isTrue());
      }
    }
  }

  private static JsonNode ok(HeraldServer server, String pathAndQuery) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.address().resolve(pathAndQuery)).GET().build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
      return new ObjectMapper().readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(pathAndQuery, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(pathAndQuery, e);
    }
  }
}
