package io.herald.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Article;
import io.herald.model.Place;
import io.herald.model.PlaceKind;
import io.herald.model.Span;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The resolver on a hand-built gazetteer and hand-tagged sentences; no model is loaded. */
class GeoparserTest {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'.-]+|\\S");

  private static final Countries COUNTRIES =
      Countries.of(
          List.of(
              TaggedText.country("USA", "US", "United States", "American", 38, -97),
              TaggedText.country("FRA", "FR", "France", "French", 46, 2),
              TaggedText.country("GEO", "GE", "Georgia", "Georgian", 42, 43.5),
              TaggedText.country("EGY", "EG", "Egypt", "Egyptian", 27, 30),
              TaggedText.country("RUS", "RU", "Russia", "Russian", 60, 100),
              TaggedText.country("CHN", "CN", "China", "Chinese", 35, 105)));

  private static final GazetteerEntry CALIFORNIA = region("California", "CA", 36.7, -118.8);
  private static final GazetteerEntry TEXAS = region("Texas", "TX", 31.3, -98.5);
  private static final GazetteerEntry LOUISIANA = region("Louisiana", "LA", 31.0, -92.0);
  private static final GazetteerEntry GEORGIA_US = region("Georgia", "GA", 32.7, -83.4);

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              city(1, "Paris", "FRA", "11", "PPLC", 2_138_551, 48.853, 2.349),
              city(2, "Paris", "USA", "TX", "PPLA2", 24_782, 33.661, -95.556),
              city(3, "Long Beach", "USA", "CA", "PPL", 462_257, 33.767, -118.189),
              city(4, "Long Beach", "USA", "NY", "PPL", 33_275, 40.588, -73.658),
              city(5, "Alexandria", "EGY", "06", "PPLA", 3_811_516, 31.198, 29.919),
              city(6, "Alexandria", "USA", "LA", "PPLA2", 47_723, 31.311, -92.445),
              city(7, "Atlanta", "USA", "GA", "PPLA", 498_044, 33.749, -84.388),
              city(8, "Tbilisi", "GEO", "TB", "PPLC", 1_049_498, 41.694, 44.834),
              city(9, "Henderson", "USA", "TX", "PPLA2", 13_712, 32.153, -94.799),
              city(10, "Henderson", "USA", "NV", "PPL", 320_189, 36.040, -114.982),
              city(11, "Eu", "FRA", "28", "PPL", 7_000, 50.046, 1.421),
              city(12, "China", "USA", "ME", "PPL", 4_328, 44.478, -69.517),
              city(13, "Augusta", "USA", "ME", "PPLA", 18_681, 44.310, -69.779),
              city(14, "Augusta", "USA", "GA", "PPLA2", 30_000, 33.471, -81.975)),
          List.of(CALIFORNIA, TEXAS, LOUISIANA, GEORGIA_US),
          Map.of("CA", CALIFORNIA, "Calif.", CALIFORNIA, "TX", TEXAS),
          COUNTRIES);

  private static final GazetteerEntry KANSAS = region("Kansas", "KS", 38.5, -98.4);
  private static final GazetteerEntry MINNESOTA = region("Minnesota", "MN", 46.3, -94.3);

  /** Towns named after bigger places, and counties that share their names across states. */
  private static final Gazetteer LOCAL =
      Gazetteer.of(
          List.of(
              city(20, "Kansas City", "USA", "MO", "PPL", 475_378, 39.100, -94.579),
              city(21, "California", "USA", "PA", "PPL", 6_795, 40.066, -79.892),
              city(5, "Alexandria", "EGY", "06", "PPLA", 3_811_516, 31.198, 29.919),
              city(6, "Alexandria", "USA", "LA", "PPLA2", 47_723, 31.311, -92.445),
              city(22, "Alexandria", "USA", "MN", "PPLA2", 13_070, 45.885, -95.377),
              city(23, "Mansfield", "USA", "TX", "PPL", 56_368, 32.563, -97.142),
              city(24, "College", "USA", "AK", "PPL", 12_964, 64.857, -147.803),
              city(25, "Police", "POL", "84", "PPL", 1_100, 53.553, 14.571),
              city(26, "August", "USA", "CA", "PPL", 8_390, 37.979, -121.262),
              city(27, "Of", "TUR", "61", "PPLA2", 12_000, 40.946, 40.266)),
          List.of(CALIFORNIA, KANSAS, LOUISIANA, MINNESOTA),
          Map.of(),
          List.of(
              county("Rapides Parish", "LA", 31.198, -92.533),
              county("Douglas County", "NE", 41.295, -96.154),
              county("Douglas County", "MN", 45.934, -95.453)),
          COUNTRIES);

  private final Geoparser geoparser = new Geoparser(GAZETTEER, COUNTRIES);
  private final Geoparser local = new Geoparser(LOCAL, COUNTRIES);

  @Test
  void reads_kansas_city_as_the_town_not_the_state() {
    List<Place> places = geoparse(local, "Fans in Kansas City cheered", Map.of());
    assertThat(places)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Kansas City");
              assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
              assertThat(p.span()).isEqualTo(new Span(8, 19));
            });
  }

  @Test
  void finds_untagged_towns_where_the_words_around_them_say_a_place_is_meant() {
    List<Place> places =
        geoparse(local, "Mansfield Mayor Curtis McCoy spoke . He grew up in Mansfield", Map.of());
    assertThat(places).extracting(p -> p.span().start()).containsExactly(0, 51);
    assertThat(places).allSatisfy(p -> assertThat(p.geonameId()).isEqualTo(23L));
    assertThat(places.get(0).evidence().rule()).isEqualTo("geo.city.population");
  }

  @Test
  void finds_untagged_towns_before_words_only_a_town_has() {
    List<Place> places =
        geoparse(
            local,
            "Mansfield taxpayers will pay . She studied at the University of Mansfield",
            Map.of());
    assertThat(places).hasSize(2).allSatisfy(p -> assertThat(p.geonameId()).isEqualTo(23L));
  }

  @Test
  void reads_no_town_in_an_institutions_name() {
    assertThat(geoparse(local, "The College board met . Metro Police officials said", Map.of()))
        .isEmpty();
  }

  @Test
  void reads_no_place_in_a_date_or_a_lowercase_remnant_of_a_tagged_name() {
    List<Place> places =
        geoparse(
            local,
            "The hotel opened in August . The Republic of Korea voted",
            Map.of("August", "DATE", "of", "LOCATION"));
    assertThat(places).isEmpty();
  }

  @Test
  void leaves_an_untagged_town_name_alone_without_such_words() {
    assertThat(geoparse(local, "Mansfield said nothing", Map.of())).isEmpty();
  }

  @Test
  void prefers_a_state_over_a_small_town_of_the_same_name() {
    List<Place> places =
        geoparse(local, "Wildfires spread across California", Map.of("California", "LOCATION"));
    assertThat(places).singleElement().extracting(Place::kind).isEqualTo(PlaceKind.ADMIN1);
  }

  @Test
  void resolves_a_county_in_the_state_the_article_names() {
    List<Place> places =
        geoparse(
            local,
            "Douglas County deputies found the car . Minnesota police said",
            Map.of("Douglas County", "LOCATION"));
    assertThat(places.get(0).kind()).isEqualTo(PlaceKind.ADMIN2);
    assertThat(places.get(0).lat()).isEqualTo(45.934);
    assertThat(places.get(0).evidence().rule()).isEqualTo("geo.admin2.region-context");
  }

  @Test
  void reads_a_town_and_a_county_of_two_ambiguous_names_as_the_pair_that_coincides() {
    // both Henry Counties lie within 100 km of a Paris; only the Tennessee one holds its Paris
    Gazetteer pairs =
        Gazetteer.of(
            List.of(
                city(30, "Paris", "USA", "TN", "PPLA2", 10_156, 36.302, -88.327),
                city(31, "Paris", "USA", "KY", "PPLA2", 9_870, 38.210, -84.253)),
            List.of(),
            Map.of(),
            List.of(
                county("Henry County", "KY", 38.449, -85.120),
                county("Henry County", "TN", 36.331, -88.300)),
            COUNTRIES);
    List<Place> places =
        geoparse(
            new Geoparser(pairs, COUNTRIES),
            "Paris and Henry County are rich in history",
            Map.of("Paris", "CITY"));
    assertThat(places).extracting(Place::name).containsExactly("Paris", "Henry County");
    assertThat(places).allSatisfy(p -> assertThat(p.lat()).isBetween(36.0, 36.5));
  }

  @Test
  void places_a_town_near_the_county_the_article_names() {
    List<Place> places =
        geoparse(
            local,
            "A woman from Alexandria was charged , Rapides Parish deputies said",
            Map.of("Alexandria", "CITY"));
    assertThat(places).extracting(Place::name).containsExactly("Alexandria", "Rapides Parish");
    assertThat(places.get(0).geonameId()).isEqualTo(6);
    assertThat(places.get(0).evidence().rule()).isEqualTo("geo.city.nearby");
    assertThat(places.get(1).kind()).isEqualTo(PlaceKind.ADMIN2);
  }

  @Test
  void resolves_paris_texas_to_the_us() {
    List<Place> places =
        geoparse("Police in Paris, Texas arrested two men", Map.of("Paris", "CITY"));
    assertThat(places).extracting(Place::name).containsExactly("Paris", "Texas");
    assertThat(places.get(0).country()).isEqualTo("USA");
    assertThat(places.get(0).geonameId()).isEqualTo(2);
    assertThat(places.get(0).evidence().rule()).isEqualTo("geo.hierarchy-cue");
    assertThat(places.get(1).kind()).isEqualTo(PlaceKind.ADMIN1);
  }

  @Test
  void resolves_paris_alone_to_the_capital_of_france() {
    List<Place> places = geoparse("Ministers met in Paris on Monday", Map.of("Paris", "CITY"));
    assertThat(places).singleElement().extracting(Place::geonameId).isEqualTo(1L);
  }

  @Test
  void resolves_long_beach_ca_by_the_state_code() {
    List<Place> places =
        geoparse("A fire in Long Beach, CA closed the port", Map.of("Long Beach", "CITY"));
    assertThat(places).extracting(Place::name).containsExactly("Long Beach", "California");
    assertThat(places.get(0).geonameId()).isEqualTo(3);
  }

  @Test
  void resolves_an_ap_abbreviation_as_a_cue() {
    List<Place> places =
        geoparse("A fire in Long Beach, Calif. closed the port", Map.of("Long Beach", "CITY"));
    assertThat(places.get(1).span()).isEqualTo(new Span(22, 28));
    assertThat(places.get(1).name()).isEqualTo("California");
  }

  @Test
  void finds_a_state_abbreviation_in_running_text() {
    List<Place> places = geoparse("The Calif. Highway Patrol closed the road", Map.of());
    assertThat(places)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("California");
              assertThat(p.span()).isEqualTo(new Span(4, 10));
            });
  }

  @Test
  void places_a_town_the_gazetteer_lacks_at_the_state_its_cue_names() {
    List<Place> places =
        geoparse("A barn burned in Smallville, Calif. on Monday", Map.of("Smallville", "CITY"));
    assertThat(places).extracting(Place::name).containsExactly("Smallville", "California");
    Place town = places.get(0);
    assertThat(town.kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(town.lat()).isEqualTo(CALIFORNIA.lat());
    assertThat(town.evidence().rule()).isEqualTo("geo.hierarchy-cue.unknown-town");
  }

  @Test
  void places_a_town_known_only_abroad_at_the_state_abbreviation_after_it() {
    List<Place> places =
        geoparse("A barn burned in Alexandria, Calif. on Monday", Map.of("Alexandria", "CITY"));
    assertThat(places.get(0).lat()).isEqualTo(CALIFORNIA.lat());
  }

  @Test
  void reads_a_known_town_before_a_full_state_name_as_a_list_not_a_cue() {
    List<Place> places =
        geoparse(
            "Flights to Alexandria, California and Texas resumed",
            Map.of("Alexandria", "CITY", "California", "LOCATION", "Texas", "LOCATION"));
    assertThat(places.get(0).kind()).isEqualTo(PlaceKind.CITY);
  }

  @Test
  void finds_the_home_in_a_legislators_party_tag() {
    List<Place> places =
        geoparse("Sen. Ray Miller, D-Atlanta, and Rep. Jo Ames (R-Calif.) agreed", Map.of());
    assertThat(places).extracting(Place::name).containsExactly("Atlanta", "California");
    assertThat(places.get(0).span()).isEqualTo(new Span(19, 26));
  }

  @Test
  void keeps_one_sense_per_article_after_a_cue() {
    List<Place> places =
        geoparse("Paris, Texas is small . Paris has a water tower", Map.of("Paris", "CITY"));
    assertThat(places)
        .filteredOn(p -> p.name().equals("Paris"))
        .extracting(Place::geonameId)
        .containsExactly(2L, 2L);
  }

  @Test
  void reads_georgia_as_the_us_state_among_us_towns() {
    List<Place> places =
        geoparse("Storms hit Atlanta and north Georgia", Map.of("Atlanta", "CITY"));
    assertThat(places).extracting(Place::kind).containsExactly(PlaceKind.CITY, PlaceKind.ADMIN1);
    assertThat(places.get(1).country()).isEqualTo("USA");
  }

  @Test
  void reads_georgia_as_the_country_when_only_the_us_is_named() {
    List<Place> places = geoparse("The United States and Georgia signed a charter", Map.of());
    assertThat(places)
        .extracting(Place::kind)
        .containsExactly(PlaceKind.COUNTRY, PlaceKind.COUNTRY);
    assertThat(places.get(1).country()).isEqualTo("GEO");
  }

  @Test
  void reads_georgia_as_the_us_state_beside_another_state() {
    List<Place> places =
        geoparse("Outbreaks in Texas and Georgia", Map.of("Texas", "STATE_OR_PROVINCE"));
    assertThat(places.get(1).kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(places.get(1).country()).isEqualTo("USA");
  }

  @Test
  void reads_a_name_as_the_region_where_the_words_say_state() {
    List<Place> places = geoparse("A cow from a farm in the state of Georgia", Map.of());
    assertThat(places).singleElement().extracting(Place::kind).isEqualTo(PlaceKind.ADMIN1);
  }

  @Test
  void reads_a_country_name_as_the_country_though_a_namesake_town_lies_near_a_possible_one() {
    // Augusta is a coin toss between Maine and Georgia; China, Maine lies near one of them
    List<Place> places = geoparse("Exports to China fell , officials in Augusta said", Map.of());
    assertThat(places.get(0).kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(places.get(0).country()).isEqualTo("CHN");
  }

  @Test
  void reads_georgia_as_the_country_beside_russia_and_tbilisi() {
    List<Place> places =
        geoparse("Russia and Georgia talked in Tbilisi", Map.of("Tbilisi", "CITY"));
    assertThat(places).extracting(Place::country).containsExactly("RUS", "GEO", "GEO");
    assertThat(places.get(1).kind()).isEqualTo(PlaceKind.COUNTRY);
  }

  @Test
  void resolves_alexandria_in_the_region_the_article_names() {
    List<Place> alone =
        geoparse("A woman from Alexandria was charged", Map.of("Alexandria", "CITY"));
    List<Place> local =
        geoparse(
            "A woman from Alexandria was charged , Louisiana police said",
            Map.of("Alexandria", "CITY"));
    assertThat(alone).singleElement().extracting(Place::country).isEqualTo("EGY");
    assertThat(local.get(0).country()).isEqualTo("USA");
    assertThat(local.get(0).evidence().rule()).isEqualTo("geo.city.region-context");
  }

  @Test
  void places_a_county_at_its_namesake_town_in_the_state_named() {
    List<Place> places =
        geoparse(
            "Henderson County deputies in Texas found the car",
            Map.of("Henderson County", "LOCATION"));
    assertThat(places.get(0).name()).isEqualTo("Henderson County");
    assertThat(places.get(0).kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(places.get(0).lat()).isEqualTo(32.153);
  }

  @Test
  void flags_demonyms_as_adjectival_mentions_of_their_country() {
    List<Place> places = geoparse("A French policeman was hurt", Map.of());
    assertThat(places)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.adjectival()).isTrue();
              assertThat(p.country()).isEqualTo("FRA");
            });
  }

  @Test
  void finds_a_place_again_where_the_tagger_missed_it() {
    Map<String, String> tags = new java.util.HashMap<>(Map.of("Alexandria", "CITY"));
    List<Place> places = geoparse("Alexandria police came . Alexandria Mayor spoke", tags, 1);
    assertThat(places).extracting(p -> p.span().start()).containsExactly(0, 25);
  }

  @Test
  void does_not_read_a_short_code_as_a_town() {
    assertThat(geoparse("Imports banned in the EU", Map.of("EU", "LOCATION"))).isEmpty();
  }

  @Test
  void ignores_directions_named_like_regions() {
    assertThat(geoparse("Storms moved West", Map.of("West", "LOCATION"))).isEmpty();
  }

  @Test
  void leaves_unknown_names_unresolved() {
    assertThat(geoparse("They met in Zzyzxville", Map.of("Zzyzxville", "CITY"))).isEmpty();
  }

  @Test
  void keeps_every_span_inside_the_text() {
    String text = "Paris, Texas and Long Beach, CA and Alexandria , Louisiana and Russia";
    List<Place> places =
        geoparse(text, Map.of("Paris", "CITY", "Long Beach", "CITY", "Alexandria", "CITY"));
    assertThat(places).isNotEmpty();
    assertThat(places)
        .allSatisfy(p -> assertThat(p.span().end()).isLessThanOrEqualTo(text.length()));
  }

  /** Tokenises {@code text} on spaces and punctuation and tags the given phrases. */
  private List<Place> geoparse(String text, Map<String, String> tags) {
    return geoparse(geoparser, text, tags, Integer.MAX_VALUE);
  }

  private List<Place> geoparse(Geoparser parser, String text, Map<String, String> tags) {
    return geoparse(parser, text, tags, Integer.MAX_VALUE);
  }

  private List<Place> geoparse(String text, Map<String, String> tags, int times) {
    return geoparse(geoparser, text, tags, times);
  }

  /** As above, tagging only the first {@code times} occurrences of each phrase. */
  private static List<Place> geoparse(
      Geoparser parser, String text, Map<String, String> tags, int times) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      tokens.add(new Token(tokens.size(), w, w, "NNP", "O", "", new Span(m.start(), m.end())));
    }
    for (Map.Entry<String, String> t : tags.entrySet()) {
      int done = 0;
      for (int at = text.indexOf(t.getKey());
          at >= 0 && done++ < times;
          at = text.indexOf(t.getKey(), at + 1)) {
        Span phrase = new Span(at, at + t.getKey().length());
        for (int i = 0; i < tokens.size(); i++) {
          Token k = tokens.get(i);
          if (phrase.contains(k.span())) {
            tokens.set(
                i, new Token(k.index(), k.word(), k.lemma(), k.pos(), t.getValue(), "", k.span()));
          }
        }
      }
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens, List.of());
    Article a = new Article("t", "", text, Optional.empty(), "", "");
    return parser.geoparse(
        new ParsedArticle(a, List.of(s), List.of(), List.of(), List.of(), List.of()));
  }

  private static GazetteerEntry city(
      long id,
      String name,
      String iso3,
      String admin1,
      String code,
      long pop,
      double lat,
      double lon) {
    return new GazetteerEntry(id, name, PlaceKind.CITY, iso3, admin1, code, pop, lat, lon);
  }

  private static GazetteerEntry county(String name, String state, double lat, double lon) {
    return new GazetteerEntry(0, name, PlaceKind.ADMIN2, "USA", state, "", 0, lat, lon);
  }

  private static GazetteerEntry region(String name, String code, double lat, double lon) {
    return new GazetteerEntry(0, name, PlaceKind.ADMIN1, "USA", code, "state", 0, lat, lon);
  }
}
