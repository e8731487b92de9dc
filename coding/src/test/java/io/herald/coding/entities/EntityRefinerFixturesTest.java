package io.herald.coding.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.json.ParsedArticleCodec;
import io.herald.model.codes.Countries;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled lexicons on the parsed stories in {@code testdata/parsed}. */
class EntityRefinerFixturesTest {
  private static final EntityRefiner REFINER = EntityRefiner.withBundledLexicons(Countries.load());

  private static ParsedArticle parsed(String name) throws IOException {
    Path file = Path.of("..", "testdata", "parsed", name + ".json");
    return new ParsedArticleCodec().read(Files.readString(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"korea-japan-call", "odesa-strikes", "meantime-87805"})
  void mentions_lie_in_the_text_in_order_without_overlap(String name) throws IOException {
    ParsedArticle p = parsed(name);
    List<EntityMention> refined = REFINER.refine(p);
    assertThat(refined).isNotEmpty();
    EntityMention previous = null;
    for (EntityMention m : refined) {
      assertThat(m.span().of(p.text())).isEqualTo(m.text());
      assertThat(p.sentences().get(m.sentence()).spanOf(m.firstToken(), m.lastToken()))
          .isEqualTo(m.span());
      if (previous != null) {
        assertThat(m.span().start()).isGreaterThanOrEqualTo(previous.span().end());
      }
      previous = m;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"korea-japan-call", "odesa-strikes", "meantime-87805"})
  void named_entities_corenlp_tagged_are_kept_or_refined_never_lost(String name)
      throws IOException {
    ParsedArticle p = parsed(name);
    List<EntityMention> refined = REFINER.refine(p);
    for (EntityMention m : p.entities()) {
      boolean untagged = p.sentences().get(m.sentence()).token(m.firstToken()).ner().equals("O");
      boolean lowerCase = m.text().chars().noneMatch(Character::isUpperCase);
      if (!untagged && !lowerCase) {
        assertThat(refined).anySatisfy(r -> assertThat(r.span().overlaps(m.span())).isTrue());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"korea-japan-call", "odesa-strikes"})
  void people_in_the_seed_stories_stay_people(String name) throws IOException {
    List<EntityMention> refined = REFINER.refine(parsed(name));
    List<String> people =
        refined.stream().filter(m -> m.type().equals("PERSON")).map(EntityMention::text).toList();
    assertThat(people).isNotEmpty().noneMatch(t -> t.equals("he") || t.equals("she"));
  }
}
