package io.herald.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.herald.eval.Prf;
import io.herald.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoScorerTest {
  private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
  private static final GeoPoint PARIS_TX = new GeoPoint(33.6609, -95.5555);
  private static final String TEXT = "Long Beach, CA and Paris met Turkish envoys on Main Street.";

  private static GoldArticle gold() {
    return new GoldArticle(
        "1",
        TEXT,
        List.of(
            new GoldToponym(new Span(0, 10), "Long Beach", new GeoPoint(33.767, -118.189)),
            new GoldToponym(new Span(19, 24), "Paris", PARIS)),
        List.of(new Span(47, 58)));
  }

  @Test
  void counts_exact_and_overlapping_spans_separately() {
    GeoScorer s = new GeoScorer(AdjectivalPolicy.COUNT);
    s.add(
        gold(),
        List.of(
            new PredictedToponym(new Span(0, 14), new GeoPoint(33.767, -118.189), false),
            new PredictedToponym(new Span(19, 24), PARIS, false)));
    GeoScores r = s.scores();
    assertThat(r.exact()).isEqualTo(new Prf(1, 1, 1));
    assertThat(r.overlap()).isEqualTo(new Prf(2, 0, 0));
    assertThat(r.all().accuracy161()).isEqualTo(1.0);
    assertThat(r.all().meanKm()).isCloseTo(0, within(1e-6));
  }

  @Test
  void gives_missed_toponyms_the_maximum_error_only_in_the_all_figures() {
    GeoScorer s = new GeoScorer(AdjectivalPolicy.COUNT);
    s.add(gold(), List.of(new PredictedToponym(new Span(19, 24), PARIS_TX, false)));
    GeoScores r = s.scores();
    assertThat(r.all().n()).isEqualTo(2);
    assertThat(r.found().n()).isEqualTo(1);
    assertThat(r.found().accuracy161()).isZero();
    assertThat(r.found().meanKm()).isCloseTo(7_700, within(300.0));
    assertThat(r.all().medianKm()).isGreaterThan(r.found().medianKm());
  }

  @Test
  void drops_or_counts_adjectival_mentions_by_policy() {
    List<PredictedToponym> predicted =
        List.of(
            new PredictedToponym(new Span(19, 24), PARIS, false),
            new PredictedToponym(new Span(29, 36), new GeoPoint(39, 35), true));
    GeoScorer counted = new GeoScorer(AdjectivalPolicy.COUNT);
    counted.add(gold(), predicted);
    GeoScorer dropped = new GeoScorer(AdjectivalPolicy.DROP);
    dropped.add(gold(), predicted);
    assertThat(counted.scores().overlap().fp()).isEqualTo(1);
    assertThat(dropped.scores().overlap().fp()).isZero();
  }

  @Test
  void ignores_predictions_on_gold_toponyms_without_coordinates() {
    GeoScorer s = new GeoScorer(AdjectivalPolicy.COUNT);
    s.add(gold(), List.of(new PredictedToponym(new Span(47, 58), PARIS, false)));
    assertThat(s.scores().overlap()).isEqualTo(new Prf(0, 0, 2));
    assertThat(s.scores().ignored()).isEqualTo(1);
  }

  @Test
  void measures_paris_france_to_paris_texas_as_about_7700_km() {
    assertThat(PARIS.distanceKm(PARIS_TX)).isCloseTo(7_740, within(100.0));
  }
}
