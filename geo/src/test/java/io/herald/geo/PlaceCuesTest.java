package io.herald.geo;

import static io.herald.geo.TaggedText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names that the words around them say are places: kinds of settlement or division before "of",
 * after the name, before a colon and a list, or in apposition. Invented sentences; no model.
 */
class PlaceCuesTest {
  private static List<String> cued(String text, Map<String, String> tags) {
    ParsedArticle p = parse(text, tags);
    return PlaceCues.find(p.sentences().get(0)).stream().map(s -> s.of(text)).toList();
  }

  private static List<String> cued(String text) {
    return cued(text, Map.of());
  }

  @Test
  void a_kind_of_place_before_of_names_a_place() {
    assertThat(cued("Health workers reached the remote village of Oskaloo on foot"))
        .containsExactly("Oskaloo");
    assertThat(cued("the district of Upper Tarn was sealed off")).containsExactly("Upper Tarn");
    assertThat(cued("they drove to a town called Brem")).containsExactly("Brem");
  }

  @Test
  void a_plural_kind_takes_every_name_of_its_list() {
    assertThat(cued("the nearby villages of Brem and Tull reported cases"))
        .containsExactly("Brem", "Tull");
    assertThat(
            cued(
                "the fever reached three villages : Oskaloo , Brem , Tull and Varn , he said",
                Map.of("Varn", "PERSON")))
        .containsExactly("Oskaloo", "Brem", "Tull", "Varn");
  }

  @Test
  void a_singular_kind_takes_one_name_only() {
    assertThat(cued("the village of Brem and Tull Farming Ltd. agreed")).containsExactly("Brem");
  }

  @Test
  void a_kind_after_names_them() {
    assertThat(cued("a quarantine of the Tarn and Vell districts began"))
        .containsExactly("Tarn", "Vell");
    assertThat(cued("refugees in Norland 's crowded Ostra camps")).containsExactly("Ostra");
    assertThat(cued("aid reached the Ostra refugee camp")).containsExactly("Ostra");
    assertThat(cued("the Mukono kwa Tala district of Portville"))
        .containsExactly("Mukono kwa Tala", "Portville");
  }

  @Test
  void a_kind_before_a_tagged_name_names_it() {
    assertThat(cued("at home in Portville slum Varo", Map.of("Varo", "LOCATION"))).contains("Varo");
  }

  @Test
  void a_name_said_to_be_a_kind_of_place_is_one() {
    assertThat(cued("Brem is a rural township in the north", Map.of("Brem", "PERSON")))
        .containsExactly("Brem");
    assertThat(cued("the children came from Tull , a fishing village near the coast"))
        .containsExactly("Tull");
  }

  @Test
  void people_organisations_and_ordinary_words_are_no_places() {
    assertThat(cued("the Smith family moved away")).isEmpty();
    assertThat(cued("aides in the Hallam camp said", Map.of("Hallam", "PERSON"))).isEmpty();
    assertThat(cued("the Redline camps were raided", Map.of("Redline", "ORGANIZATION"))).isEmpty();
    assertThat(cued("Local districts reported no cases")).isEmpty();
    assertThat(cued("Jones , a village elder , said so")).isEmpty();
    assertThat(cued("Jones is a town planner")).isEmpty();
    assertThat(cued("the village elder Brem said so")).isEmpty();
    assertThat(cued("the village Council met")).isEmpty();
  }

  @Test
  void spans_stay_in_the_sentence() {
    String text = "the villages of Brem and Tull";
    ParsedArticle p = parse(text, Map.of());
    for (Span s : PlaceCues.find(p.sentences().get(0))) {
      assertThat(s.start()).isGreaterThanOrEqualTo(0);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
    }
  }
}
