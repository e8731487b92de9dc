package io.herald.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.herald.json.AnalyzedArticleJson;
import io.herald.model.Actor;
import io.herald.model.AnalyzedArticle;
import io.herald.model.Event;
import io.herald.model.Place;
import io.herald.store.Store;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every endpoint of the REST API over HTTP, on a store of real analyses of the parsed test stories.
 * Expected values are computed from the analysed records, not written down.
 */
class ApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<AnalyzedArticle> corpus;
  private static Store store;
  private static HeraldServer server;
  private static HttpClient http;

  record Reply(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  @BeforeAll
  static void serve() {
    corpus = Corpus.analyse();
    store = Store.inMemory();
    store.saveAll(corpus);
    server = HeraldServer.start(store, new ServerConfig("127.0.0.1", 0));
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static Reply get(String pathAndQuery) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(server.address().resolve(pathAndQuery)).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new AssertionError(pathAndQuery, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(pathAndQuery, e);
    }
  }

  static JsonNode ok(String pathAndQuery) {
    Reply r = get(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    return r.json();
  }

  /** Every item of a list, following {@code next} links. */
  static List<JsonNode> all(String pathAndQuery) {
    List<JsonNode> items = new ArrayList<>();
    String url = pathAndQuery;
    long total = -1;
    while (url != null) {
      JsonNode page = ok(url);
      total = page.get("total").asLong();
      page.get("items").forEach(items::add);
      url = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertThat(items).as("items over all pages of " + pathAndQuery).hasSize((int) total);
    return items;
  }

  static List<Event> events(Predicate<Event> keep) {
    List<Event> out = new ArrayList<>();
    for (AnalyzedArticle a : corpus) {
      a.events().stream().filter(keep).forEach(out::add);
    }
    return out;
  }

  static long assertedCount(Predicate<Event> keep) {
    return events(e -> e.asserted() && keep.test(e)).size();
  }

  static boolean involves(Event e, String prefix) {
    return Corpus.sourceCode(e).filter(c -> c.startsWith(prefix)).isPresent()
        || Corpus.targetCode(e).filter(c -> c.startsWith(prefix)).isPresent();
  }

  static Set<String> ids(List<JsonNode> items, String field) {
    Set<String> ids = new HashSet<>();
    items.forEach(i -> ids.add(i.get(field).asText()));
    return ids;
  }

  static Set<String> articleIds(Predicate<AnalyzedArticle> keep) {
    Set<String> ids = new HashSet<>();
    corpus.stream().filter(keep).forEach(a -> ids.add(a.article().id()));
    return ids;
  }

  // ---- health, static files, unknown paths, OpenAPI

  @Test
  void health_counts_articles_and_asserted_events() {
    JsonNode h = ok("/api/health");
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("articles").asLong()).isEqualTo(corpus.size());
    assertThat(h.get("events").asLong()).isEqualTo(assertedCount(e -> true)).isPositive();
    assertThat(h.get("version").asText()).isNotBlank().doesNotContain("${");
  }

  @Test
  void serves_the_ui_from_the_classpath_and_404s_unknown_paths_in_the_error_shape() {
    Reply index = get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.contentType()).startsWith("text/html");
    assertThat(index.body()).contains("<html");
    for (String path : List.of("/api/nothing-here", "/api/articles/x/y", "/no-such-file.js")) {
      Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertErrorShape(r, 404);
    }
  }

  @Test
  void every_response_carries_the_security_headers() throws Exception {
    for (String path : List.of("/", "/js/app.js", "/api/health", "/api/events?quad=9", "/nope")) {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(server.address().resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              v ->
                  assertThat(v)
                      .contains("script-src 'self'")
                      .contains("frame-ancestors 'none'")
                      .doesNotContain("unsafe-inline"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    }
  }

  @Test
  void openapi_lists_every_route_and_every_parameter_it_reads() {
    JsonNode doc = ok("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.0");
    assertThat(doc.at("/info/version").asText())
        .isEqualTo(ok("/api/health").get("version").asText());
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyElementsOf(Api.PARAMETERS.keySet());
    for (Map.Entry<String, List<String>> route : Api.PARAMETERS.entrySet()) {
      Set<String> query = new HashSet<>();
      Set<String> path = new HashSet<>();
      for (JsonNode p : doc.get("paths").get(route.getKey()).get("get").path("parameters")) {
        JsonNode param = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
        assertThat(param.isMissingNode()).as(p.toString()).isFalse();
        (param.get("in").asText().equals("path") ? path : query).add(param.get("name").asText());
      }
      assertThat(query).as(route.getKey()).containsExactlyInAnyOrderElementsOf(route.getValue());
      for (String segment : route.getKey().split("/")) {
        if (segment.startsWith("{")) {
          assertThat(path).contains(segment.substring(1, segment.length() - 1));
        }
      }
    }
  }

  // ---- bad parameters: 400 in the one error shape, never 500

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/events?from=2024-13-01",
        "/api/events?from=2024-02-30",
        "/api/events?to=2023-02-29",
        "/api/events?from=24-01-01",
        "/api/events?from=2025-03-05&to=2025-03-01",
        "/api/events?limit=0",
        "/api/events?limit=201",
        "/api/events?limit=ten",
        "/api/events?offset=-1",
        "/api/events?offset=99999999999",
        "/api/events?quad=5",
        "/api/events?quad=0",
        "/api/events?quad=x",
        "/api/events?root=4",
        "/api/events?root=4a",
        "/api/events?root=21",
        "/api/events?cameo=04x",
        "/api/events?actor=%3Cscript%3E",
        "/api/events?source=J",
        "/api/events?all=maybe",
        "/api/articles?from=2024-1-1",
        "/api/articles?country=JAPAN",
        "/api/articles?limit=-5",
        "/api/articles?q=%28unclosed",
        "/api/articles?q=title%3A%5BOdesa",
        "/api/actors/JPNGOV?to=2024-04-31",
        "/api/actors/%C3%A9t%C3%A9",
        "/api/dyads?a=JPN",
        "/api/dyads?b=USA",
        "/api/dyads?a=JPN&b=USA&offset=x",
        "/api/places?kind=planet",
        "/api/places?limit=1000",
        "/api/network?limit=0",
        "/api/network?from=yesterday"
      })
  void bad_parameters_are_400_with_a_message_naming_the_parameter(String url) {
    Reply r = get(url);
    assertThat(r.status()).as(url + " -> " + r.body()).isEqualTo(400);
    JsonNode err = assertErrorShape(r, 400);
    String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "code=";
    String param = query.substring(0, query.indexOf('='));
    if (url.contains("/api/dyads?a=JPN") && !url.contains("&b")) {
      param = "b";
    } else if (url.equals("/api/dyads?b=USA")) {
      param = "a";
    } else if (url.contains("from=2025-03-05")) {
      param = "after";
    }
    assertThat(err.get("message").asText()).as(url).contains(param);
  }

  private static JsonNode assertErrorShape(Reply r, int status) {
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode body = r.json();
    assertThat(body.size()).isEqualTo(1);
    JsonNode err = body.get("error");
    assertThat(err.get("status").asInt()).isEqualTo(status);
    assertThat(err.get("message").asText()).isNotBlank();
    return err;
  }

  @Test
  void a_malformed_uri_is_400_in_the_error_shape() throws IOException {
    // java.net.URI refuses "%zz", so the request is written by hand.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write(
              "GET /api/articles/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(raw).startsWith("HTTP/1.1 400");
      String type = raw.substring(raw.toLowerCase(java.util.Locale.ROOT).indexOf("content-type:"));
      String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
      assertErrorShape(new Reply(400, type.substring(14, type.indexOf('\r')).strip(), body), 400);
    }
  }

  @Test
  void impossible_date_message_quotes_the_value() {
    JsonNode err = get("/api/events?from=2024-02-30").json().get("error");
    assertThat(err.get("message").asText())
        .startsWith("from: expected YYYY-MM-DD, got \"2024-02-30\"");
  }

  @Test
  void unknown_parameters_are_ignored() {
    assertThat(ok("/api/events?colour=blue&limit=5").get("total").asLong())
        .isEqualTo(ok("/api/events?limit=5").get("total").asLong());
  }

  // ---- articles

  @Test
  void articles_page_through_every_article_newest_first() {
    List<JsonNode> items = all("/api/articles?limit=3");
    assertThat(ids(items, "id")).isEqualTo(articleIds(a -> true));
    List<String> dates = new ArrayList<>();
    items.forEach(i -> dates.add(i.get("date").asText()));
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    JsonNode first = ok("/api/articles?limit=3&source=herald+test+wire");
    assertThat(first.get("next").asText())
        .isEqualTo("/api/articles?limit=3&source=herald+test+wire&offset=3");
    JsonNode last = ok("/api/articles?limit=3&offset=6");
    assertThat(last.get("next").isNull()).isTrue();
    assertThat(last.get("items")).hasSize(corpus.size() - 6);
  }

  @Test
  void article_items_carry_counts_of_their_own_analysis() {
    for (JsonNode item : all("/api/articles?limit=200")) {
      AnalyzedArticle a =
          corpus.stream()
              .filter(x -> x.article().id().equals(item.get("id").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(item.get("title").asText()).isEqualTo(a.article().title());
      assertThat(item.get("source").asText()).isEqualTo(a.article().source());
      assertThat(item.get("events").asLong())
          .isEqualTo(a.events().stream().filter(Event::asserted).count());
      assertThat(item.get("actors").asLong()).isEqualTo(a.actors().size());
      assertThat(a.article().text().replaceAll("\\s+", " "))
          .contains(item.get("snippet").asText().replace("…", ""));
    }
  }

  @Test
  void articles_filter_by_text_actor_country_place_source_and_dates() {
    assertThat(ids(all("/api/articles?q=Odesa"), "id"))
        .isEqualTo(articleIds(a -> a.article().text().contains("Odesa")))
        .hasSize(2);
    assertThat(ids(all("/api/articles?q=missile+Busan"), "id"))
        .isEqualTo(
            articleIds(
                a ->
                    a.article().text().contains("missile")
                        && a.article().text().contains("Busan")));
    assertThat(ids(all("/api/articles?q=Odesa+OR+Busan"), "id"))
        .isEqualTo(
            articleIds(
                a -> a.article().text().contains("Odesa") || a.article().text().contains("Busan")))
        .hasSize(4);
    assertThat(ids(all("/api/articles?q=title%3AOdesa&source=second+wire"), "id"))
        .containsExactly("odesa-strikes-later");
    assertThat(ids(all("/api/articles?actor=KORGOV"), "id"))
        .isEqualTo(articleIds(a -> hasActor(a, x -> x.code().value().startsWith("KORGOV"))))
        .isNotEmpty();
    assertThat(ids(all("/api/articles?actor=IGO"), "id"))
        .isEqualTo(articleIds(a -> hasActor(a, x -> x.code().value().startsWith("IGO"))))
        .isNotEmpty();
    assertThat(ids(all("/api/articles?country=idn"), "id"))
        .isEqualTo(
            articleIds(
                a ->
                    hasActor(a, x -> "IDN".equals(x.country()))
                        || a.places().stream().anyMatch(p -> "IDN".equals(p.country()))))
        .isNotEmpty();
    assertThat(ids(all("/api/articles?place=seoul"), "id"))
        .isEqualTo(articleIds(a -> a.places().stream().anyMatch(p -> p.name().equals("Seoul"))))
        .hasSize(4);
    assertThat(ids(all("/api/articles?source=Second%20Wire"), "id"))
        .isEqualTo(articleIds(a -> a.article().source().equals(Corpus.SECOND_SOURCE)))
        .hasSize(4);
    LocalDate from = LocalDate.of(2025, 3, 1);
    LocalDate to = LocalDate.of(2025, 6, 30);
    assertThat(ids(all("/api/articles?from=" + from + "&to=" + to), "id"))
        .isEqualTo(
            articleIds(
                a ->
                    a.article()
                        .date()
                        .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                        .isPresent()))
        .isNotEmpty();
  }

  private static boolean hasActor(AnalyzedArticle a, Predicate<Actor> keep) {
    return a.actors().stream().anyMatch(keep);
  }

  @Test
  void article_facets_count_articles_over_the_whole_result() {
    JsonNode body = ok("/api/articles?limit=1");
    JsonNode facets = body.get("facets");
    Map<String, Long> sources = facetMap(facets.get("source"));
    assertThat(sources)
        .containsEntry(Corpus.FIRST_SOURCE, 4L)
        .containsEntry(Corpus.SECOND_SOURCE, 4L);
    Map<String, Long> roots = facetMap(facets.get("root"));
    Map<String, Long> expected = new TreeMap<>();
    for (AnalyzedArticle a : corpus) {
      a.events().stream()
          .filter(Event::asserted)
          .map(e -> e.cameo().root())
          .distinct()
          .forEach(r -> expected.merge(r, 1L, Long::sum));
    }
    assertThat(roots).isEqualTo(expected);
    assertThat(facetMap(facets.get("country"))).containsEntry("JPN", 4L);
    JsonNode odesa = ok("/api/articles?q=Odesa").get("facets");
    assertThat(facetMap(odesa.get("country"))).doesNotContainKey("JPN").containsKey("UKR");
  }

  private static Map<String, Long> facetMap(JsonNode values) {
    Map<String, Long> m = new LinkedHashMap<>();
    values.forEach(v -> m.put(v.get("value").asText(), v.get("count").asLong()));
    return m;
  }

  @Test
  void one_article_is_exactly_its_schema_v1_json() throws IOException {
    AnalyzedArticleJson writer = new AnalyzedArticleJson();
    for (AnalyzedArticle a : corpus) {
      JsonNode served = ok("/api/articles/" + a.article().id());
      assertThat(served).isEqualTo(JSON.readTree(writer.write(a)));
    }
    Reply missing = get("/api/articles/no-such-article");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(assertErrorShape(missing, 404).get("message").asText()).contains("no-such-article");
  }

  // ---- events

  @Test
  void events_default_to_asserted_and_all_adds_the_rest() {
    assertThat(ok("/api/events").get("total").asLong()).isEqualTo(assertedCount(e -> true));
    assertThat(ok("/api/events?all=true").get("total").asLong())
        .isEqualTo(events(e -> true).size())
        .isGreaterThan(assertedCount(e -> true));
    Set<String> statuses = new HashSet<>();
    all("/api/events?all=true&limit=200").forEach(i -> statuses.add(i.get("status").asText()));
    Set<String> expected = new HashSet<>();
    for (Event e : events(e -> true)) {
      expected.add(
          e.negated() ? "negated" : e.modality().name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(expected)
        .as("the corpus has events of three statuses or more")
        .hasSizeGreaterThan(2);
    assertThat(statuses).isEqualTo(expected);
  }

  @Test
  void events_page_newest_first_then_by_article_and_event() {
    List<JsonNode> items = all("/api/events?limit=7");
    assertThat(items).hasSize((int) assertedCount(e -> true));
    for (int i = 1; i < items.size(); i++) {
      JsonNode a = items.get(i - 1);
      JsonNode b = items.get(i);
      int byDate = b.get("date").asText().compareTo(a.get("date").asText());
      assertThat(byDate).as(a + " before " + b).isLessThanOrEqualTo(0);
      if (byDate == 0 && a.get("articleId").equals(b.get("articleId"))) {
        int na = Integer.parseInt(a.get("eventId").asText().substring(1));
        int nb = Integer.parseInt(b.get("eventId").asText().substring(1));
        assertThat(na).isLessThan(nb);
      }
    }
    // A page one short of the actor's events links to the rest, keeping the filter.
    int japanese = (int) assertedCount(e -> involves(e, "JPN"));
    assertThat(japanese).isGreaterThanOrEqualTo(2);
    int limit = japanese - 1;
    assertThat(ok("/api/events?limit=" + limit + "&actor=jpn").get("next").asText())
        .isEqualTo("/api/events?limit=" + limit + "&actor=jpn&offset=" + limit);
    assertThat(ok("/api/events?limit=" + japanese + "&actor=jpn").get("next").isNull()).isTrue();
  }

  @Test
  void event_items_carry_who_what_where_and_the_evidence() {
    AnalyzedArticle call =
        corpus.stream()
            .filter(a -> a.article().id().equals("korea-japan-call"))
            .findFirst()
            .orElseThrow();
    Event e1 = call.events().get(0);
    JsonNode item =
        all("/api/events?article=korea-japan-call&limit=50").stream()
            .filter(i -> i.get("eventId").asText().equals(e1.id()))
            .findFirst()
            .orElseThrow();
    assertThat(item.get("articleTitle").asText()).isEqualTo(call.article().title());
    assertThat(item.get("date").asText()).isEqualTo(e1.date().orElseThrow().toString());
    assertThat(item.at("/source/code").asText()).isEqualTo(Corpus.sourceCode(e1).orElseThrow());
    assertThat(item.at("/source/name").asText())
        .isEqualTo(actorName(call, e1.source().get(0).actorId()));
    assertThat(item.at("/target/name").asText())
        .isEqualTo(actorName(call, e1.target().get(0).actorId()));
    assertThat(item.get("cameo").asText()).isEqualTo(e1.cameo().code());
    assertThat(item.get("cameoName").asText()).isEqualTo(e1.cameo().name());
    assertThat(item.get("root").asText()).isEqualTo(e1.cameo().root());
    assertThat(item.get("quadClass").asInt()).isEqualTo(e1.cameo().quadClass());
    assertThat(item.get("goldstein").asDouble()).isEqualTo(e1.cameo().goldstein());
    assertThat(item.get("plover").asText()).isEqualTo(e1.plover().type());
    assertThat(item.get("sentence").asInt()).isEqualTo(e1.evidence().sentence());
    assertThat(item.get("evidence").asText())
        .isEqualTo(call.sentenceText(e1.evidence().sentence()));
    assertThat(item.get("trigger").get(0).asInt()).isEqualTo(e1.trigger().start());
    assertThat(item.get("trigger").get(1).asInt()).isEqualTo(e1.trigger().end());
    assertThat(item.get("rule").asText()).isEqualTo(e1.evidence().rule());
    JsonNode untargeted =
        all("/api/events?article=korea-japan-call&limit=50").stream()
            .filter(i -> i.get("target").isNull())
            .findFirst()
            .orElseThrow();
    assertThat(untargeted.get("source").isNull()).isFalse();
  }

  private static String actorName(AnalyzedArticle a, String actorId) {
    return a.actors().stream().filter(x -> x.id().equals(actorId)).findFirst().orElseThrow().name();
  }

  @Test
  void events_filter_by_actor_source_target_code_root_quad_dates_place_and_article() {
    assertFilter("actor=JPN", e -> involves(e, "JPN"));
    assertFilter("actor=jpngov", e -> involves(e, "JPNGOV"));
    assertFilter("source=KORGOV", e -> Corpus.sourceCode(e).filter("KORGOV"::equals).isPresent());
    assertFilter(
        "target=JPN", e -> Corpus.targetCode(e).filter(c -> c.startsWith("JPN")).isPresent());
    assertFilter(
        "source=KOR&target=JPN",
        e ->
            Corpus.sourceCode(e).filter(c -> c.startsWith("KOR")).isPresent()
                && Corpus.targetCode(e).filter(c -> c.startsWith("JPN")).isPresent());
    assertFilter("cameo=041", e -> e.cameo().code().equals("041"));
    assertFilter("root=19", e -> e.cameo().root().equals("19"));
    assertFilter("quad=4", e -> e.cameo().quadClass() == 4);
    assertFilter(
        "quad=1&root=04", e -> e.cameo().quadClass() == 1 && e.cameo().root().equals("04"));
    LocalDate from = LocalDate.of(2025, 3, 3);
    LocalDate to = LocalDate.of(2025, 4, 20);
    assertFilter(
        "from=" + from + "&to=" + to,
        e -> e.date().filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent());
    assertFilter("place=Seoul", e -> placeName(e).filter("Seoul"::equals).isPresent());
    assertFilter("article=odesa-strikes", e -> owner(e).article().id().equals("odesa-strikes"));
    assertThat(ok("/api/events?actor=ZZZ").get("total").asLong()).isZero();
  }

  private static void assertFilter(String query, Predicate<Event> keep) {
    long expected = assertedCount(keep);
    assertThat(expected).as(query + " selects something in the corpus").isPositive();
    List<JsonNode> items = all("/api/events?limit=5&" + query);
    assertThat(items).as(query).hasSize((int) expected);
  }

  private static AnalyzedArticle owner(Event e) {
    // Identity, not equals: a copy of a story can hold an event equal to the original's.
    return corpus.stream()
        .filter(a -> a.events().stream().anyMatch(x -> x == e))
        .findFirst()
        .orElseThrow();
  }

  private static Optional<String> placeName(Event e) {
    if (e.placeId().isEmpty()) {
      return Optional.empty();
    }
    return owner(e).places().stream()
        .filter(p -> p.id().equals(e.placeId()))
        .map(Place::name)
        .findFirst();
  }

  @Test
  void event_places_carry_their_point() {
    List<JsonNode> items = all("/api/events?place=Seoul");
    assertThat(items).isNotEmpty();
    for (JsonNode i : items) {
      assertThat(i.at("/place/name").asText()).isEqualTo("Seoul");
      assertThat(i.at("/place/lat").asDouble()).isBetween(37.0, 38.0);
      assertThat(i.at("/place/lon").asDouble()).isBetween(126.0, 128.0);
    }
  }

  // ---- actors

  @Test
  void actor_page_counts_roles_and_counterparts() {
    JsonNode jpn = ok("/api/actors/JPNGOV");
    assertThat(jpn.get("code").asText()).isEqualTo("JPNGOV");
    assertThat(jpn.get("events").asLong())
        .isEqualTo(assertedCount(e -> involvesExactly(e, "JPNGOV")));
    assertThat(jpn.get("asSource").asLong())
        .isEqualTo(assertedCount(e -> Corpus.sourceCode(e).filter("JPNGOV"::equals).isPresent()));
    assertThat(jpn.get("asTarget").asLong())
        .isEqualTo(assertedCount(e -> Corpus.targetCode(e).filter("JPNGOV"::equals).isPresent()));
    JsonNode yamada = find(jpn.get("roles"), r -> r.get("person").asText().equals("Taro Yamada"));
    assertThat(yamada.get("office").asText()).isEqualTo("Prime Minister");
    assertThat(yamada.get("firstSeen").asText()).isEqualTo("2025-03-04");
    assertThat(yamada.get("lastSeen").asText())
        .isEqualTo(LocalDate.of(2025, 3, 4).plusDays(Corpus.SHIFT_DAYS).toString());
    assertThat(yamada.get("current").asBoolean()).isTrue();
    JsonNode kor = find(jpn.get("counterparts"), c -> c.get("code").asText().equals("KORGOV"));
    List<Event> withKor =
        events(e -> e.asserted() && involvesExactly(e, "JPNGOV") && involvesExactly(e, "KORGOV"));
    assertThat(kor.get("count").asLong()).isEqualTo(withKor.size());
    assertThat(kor.get("meanGoldstein").asDouble())
        .isCloseTo(
            withKor.stream().mapToDouble(e -> e.cameo().goldstein()).average().orElseThrow(),
            org.assertj.core.data.Offset.offset(0.001));
    JsonNode former = ok("/api/actors/KORELI");
    JsonNode park = find(former.get("roles"), r -> r.get("person").asText().equals("Park Ji-ho"));
    assertThat(park.get("office").asText()).isEqualTo("President");
    assertThat(park.get("current").asBoolean()).isFalse();
  }

  @Test
  void actor_page_counts_only_the_date_range() {
    LocalDate first = LocalDate.of(2025, 3, 4);
    JsonNode early = ok("/api/actors/JPNGOV?to=" + first);
    assertThat(early.get("events").asLong())
        .isEqualTo(
            assertedCount(
                e ->
                    involvesExactly(e, "JPNGOV")
                        && e.date().filter(d -> !d.isAfter(first)).isPresent()))
        .isLessThan(ok("/api/actors/JPNGOV").get("events").asLong());
    JsonNode yamada = find(early.get("roles"), r -> r.get("person").asText().equals("Taro Yamada"));
    assertThat(yamada.get("lastSeen").asText()).isEqualTo(first.toString());
  }

  @Test
  void unknown_actor_is_404() {
    Reply r = get("/api/actors/XYZABC");
    assertThat(r.status()).isEqualTo(404);
    assertThat(assertErrorShape(r, 404).get("message").asText()).contains("XYZABC");
  }

  private static boolean involvesExactly(Event e, String code) {
    return Corpus.sourceCode(e).filter(code::equals).isPresent()
        || Corpus.targetCode(e).filter(code::equals).isPresent();
  }

  private static JsonNode find(JsonNode array, Predicate<JsonNode> keep) {
    for (JsonNode n : array) {
      if (keep.test(n)) {
        return n;
      }
    }
    throw new AssertionError("nothing matching in " + array);
  }

  // ---- dyads, places, network

  @Test
  void dyad_timeline_counts_both_directions_per_day() {
    Map<String, long[]> expected = new TreeMap<>();
    for (Event e : events(e -> e.asserted() && e.date().isPresent())) {
      String s = Corpus.sourceCode(e).orElse("");
      String t = Corpus.targetCode(e).orElse("");
      if ((s.startsWith("KOR") && t.startsWith("JPN"))
          || (s.startsWith("JPN") && t.startsWith("KOR"))) {
        long[] c = expected.computeIfAbsent(e.date().get().toString(), d -> new long[3]);
        c[0]++;
        c[e.cameo().quadClass() <= 2 ? 1 : 2]++;
      }
    }
    assertThat(expected).hasSizeGreaterThan(1);
    List<JsonNode> days = all("/api/dyads?a=kor&b=JPN&limit=1");
    Map<String, long[]> actual = new TreeMap<>();
    List<String> order = new ArrayList<>();
    for (JsonNode d : days) {
      order.add(d.get("date").asText());
      actual.put(
          d.get("date").asText(),
          new long[] {
            d.get("count").asLong(), d.get("cooperation").asLong(), d.get("conflict").asLong()
          });
    }
    assertThat(order).isSorted();
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((day, c) -> assertThat(actual.get(day)).as(day).containsExactly(c));
    assertThat(all("/api/dyads?a=JPN&b=KOR")).hasSameSizeAs(days);
  }

  @Test
  void places_count_mentions_articles_and_events() {
    List<JsonNode> places = all("/api/places?limit=200");
    JsonNode seoul =
        find(new ObjectMapper().valueToTree(places), p -> p.get("name").asText().equals("Seoul"));
    long mentions = 0;
    Set<String> articles = new HashSet<>();
    for (AnalyzedArticle a : corpus) {
      for (Place p : a.places()) {
        if (p.name().equals("Seoul")) {
          mentions++;
          articles.add(a.article().id());
        }
      }
    }
    assertThat(seoul.get("mentions").asLong()).isEqualTo(mentions);
    assertThat(seoul.get("articles").asLong()).isEqualTo(articles.size());
    assertThat(seoul.get("events").asLong())
        .isEqualTo(assertedCount(e -> placeName(e).filter("Seoul"::equals).isPresent()))
        .isPositive();
    assertThat(seoul.get("kind").asText()).isEqualTo("city");
    assertThat(seoul.get("geonamesId").asLong()).isEqualTo(1835848L);
    List<Long> counts = new ArrayList<>();
    places.forEach(p -> counts.add(p.get("mentions").asLong()));
    assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    for (JsonNode p : all("/api/places?kind=city")) {
      assertThat(p.get("kind").asText()).isEqualTo("city");
    }
    assertThat(ids(all("/api/places?q=seo"), "name")).containsExactly("Seoul");
    JsonNode sea = find(ok("/api/places?kind=sea").get("items"), p -> true);
    assertThat(sea.get("geonamesId").isNull()).isTrue();
  }

  @Test
  void network_has_the_most_frequent_pairs_and_their_actors() {
    Map<String, Long> pairs = new TreeMap<>();
    for (Event e : events(Event::asserted)) {
      Optional<String> s = Corpus.sourceCode(e);
      Optional<String> t = Corpus.targetCode(e);
      if (s.isPresent() && t.isPresent() && !s.get().equals("UNK") && !t.get().equals("UNK")) {
        pairs.merge(s.get() + ">" + t.get(), 1L, Long::sum);
      }
    }
    JsonNode net = ok("/api/network");
    Map<String, Long> edges = new TreeMap<>();
    Set<String> ends = new HashSet<>();
    for (JsonNode e : net.get("edges")) {
      edges.put(e.get("source").asText() + ">" + e.get("target").asText(), e.get("count").asLong());
      ends.add(e.get("source").asText());
      ends.add(e.get("target").asText());
    }
    assertThat(edges).isEqualTo(pairs);
    Set<String> nodes = new HashSet<>();
    for (JsonNode n : net.get("nodes")) {
      nodes.add(n.get("code").asText());
      assertThat(n.get("events").asLong())
          .isEqualTo(assertedCount(e -> involvesExactly(e, n.get("code").asText())));
    }
    assertThat(nodes).isEqualTo(ends);
    JsonNode one = ok("/api/network?limit=1");
    assertThat(one.get("edges")).hasSize(1);
    assertThat(one.get("edges").get(0).get("count").asLong())
        .isEqualTo(pairs.values().stream().mapToLong(Long::longValue).max().orElseThrow());
  }

  // ---- concurrency

  @Test
  void answers_many_requests_at_once() throws Exception {
    String expected = ok("/api/events?actor=JPN&limit=50").toString();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        replies.add(pool.submit(() -> get("/api/events?actor=JPN&limit=50")));
      }
      for (Future<Reply> f : replies) {
        Reply r = f.get();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().toString()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
