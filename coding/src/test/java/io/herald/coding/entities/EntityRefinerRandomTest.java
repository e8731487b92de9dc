package io.herald.coding.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.codes.Countries;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random articles of tricky tokens and tags (seeded, so failures repeat): the refiner never throws,
 * and its mentions stay in bounds, in order and apart.
 */
class EntityRefinerRandomTest {
  private static final EntityRefiner REFINER = EntityRefiner.withBundledLexicons(Countries.load());
  private static final String[] WORDS = {
    "Paris",
    "PARIS",
    "Washington",
    "Street",
    "Inc",
    "Air",
    "France",
    "de",
    "of",
    "(",
    ")",
    "--",
    "'s",
    "province",
    "the",
    "said",
    "Hong",
    "Kong-based",
    "Family-owned",
    "12",
    ".556",
    "-",
    "M1",
    "Sales",
    "Magna",
    "International",
    "Rotor",
    "he",
    "Germans",
    "UNITED",
    "STATES",
    "Corp",
    "Lake",
    "al-Aqsa",
    "Sea",
    "Freedonia",
    ","
  };
  private static final String[] TAGS = {
    "O",
    "O",
    "O",
    "PERSON",
    "LOCATION",
    "CITY",
    "COUNTRY",
    "ORGANIZATION",
    "MISC",
    "NATIONALITY",
    "RELIGION",
    "IDEOLOGY",
    "DATE",
    "NUMBER",
    "TITLE",
    "STATE_OR_PROVINCE"
  };

  @Test
  void never_throws_and_keeps_mentions_in_bounds_in_order_and_apart() {
    Random random = new Random(20240501);
    for (int n = 0; n < 500; n++) {
      ArticleBuilder b = new ArticleBuilder();
      int sentences = 1 + random.nextInt(4);
      List<Integer> lengths = new ArrayList<>();
      for (int s = 0; s < sentences; s++) {
        int length = 1 + random.nextInt(9);
        lengths.add(length);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < length; i++) {
          tokens.add(WORDS[random.nextInt(WORDS.length)] + "|" + TAGS[random.nextInt(TAGS.length)]);
        }
        b.sentence(String.join(" ", tokens));
      }
      if (random.nextBoolean()) {
        int s = random.nextInt(sentences);
        b.mention(s, 0, 0, "PERSON");
      }
      ParsedArticle p = b.build();
      List<EntityMention> refined = REFINER.refine(p);
      EntityMention previous = null;
      for (EntityMention m : refined) {
        assertThat(m.span().of(p.text())).isEqualTo(m.text());
        assertThat(m.lastToken()).isLessThan(lengths.get(m.sentence()));
        if (previous != null) {
          assertThat(m.span().start()).isGreaterThanOrEqualTo(previous.span().end());
        }
        previous = m;
      }
    }
  }
}
