package io.herald.geo;

import static io.herald.geo.TaggedText.county;
import static io.herald.geo.TaggedText.parse;
import static io.herald.geo.TaggedText.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Place;
import io.herald.model.codes.Countries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Same-named counties of two states a story names tie on region context; the state it names more
 * often wins. Hand-written sentences; no model is loaded.
 */
class RegionTieTest {
  private static final Countries COUNTRIES =
      Countries.of(
          List.of(TaggedText.country("USA", "US", "United States", "American", 39.8, -98.6)));

  private static final GazetteerEntry IN_INDIANA = county("Monroe County", "IN", 39.161, -86.523);
  private static final GazetteerEntry IN_OHIO = county("Monroe County", "OH", 39.727, -81.083);

  private static Place monroe(List<GazetteerEntry> counties, String text) {
    Geoparser geoparser =
        new Geoparser(
            Gazetteer.of(
                List.of(),
                List.of(
                    region("Ohio", "OH", 40.29, -82.79), region("Indiana", "IN", 39.89, -86.28)),
                Map.of(),
                counties,
                COUNTRIES),
            COUNTRIES);
    return geoparser.geoparse(parse(text, Map.of("Monroe County", "LOCATION"))).stream()
        .filter(p -> p.name().equals("Monroe County"))
        .findFirst()
        .orElseThrow();
  }

  private static final String TEXT =
      "Rangers in Ohio found dead geese in Monroe County . Ohio closed two parks , and the"
          + " samples went to a laboratory in Indiana .";

  @Test
  void the_state_named_more_often_takes_the_county_whichever_is_listed_first() {
    assertThat(monroe(List.of(IN_INDIANA, IN_OHIO), TEXT).lat()).isEqualTo(IN_OHIO.lat());
    assertThat(monroe(List.of(IN_OHIO, IN_INDIANA), TEXT).lat()).isEqualTo(IN_OHIO.lat());
  }
}
