package io.herald.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.model.AnalyzedArticle;
import io.herald.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers are cached between saves and never outlive them: a save shows in the next answer. */
class ResponseCacheIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode get(HttpClient http, URI base, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void a_save_while_serving_shows_in_the_next_answer() throws Exception {
    List<AnalyzedArticle> corpus = Corpus.analyse();
    try (Store store = Store.inMemory()) {
      store.saveAll(corpus.subList(0, 2));
      try (HeraldServer server = HeraldServer.start(store, new ServerConfig("127.0.0.1", 0))) {
        HttpClient http = HttpClient.newHttpClient();
        URI base = server.address();
        JsonNode before = get(http, base, "/api/events?all=true");
        assertThat(get(http, base, "/api/events?all=true")).isEqualTo(before);
        assertThat(get(http, base, "/api/articles").get("total").asLong()).isEqualTo(2);
        store.saveAll(corpus.subList(2, 4));
        long expected = corpus.subList(0, 4).stream().mapToLong(a -> a.events().size()).sum();
        assertThat(get(http, base, "/api/events?all=true").get("total").asLong())
            .isEqualTo(expected)
            .isGreaterThan(before.get("total").asLong());
        assertThat(get(http, base, "/api/articles").get("total").asLong()).isEqualTo(4);
        assertThat(get(http, base, "/api/health").get("articles").asLong()).isEqualTo(4);
      }
    }
  }
}
