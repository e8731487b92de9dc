package io.herald.coding.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.model.TimeExpression;
import io.herald.model.text.ParsedArticle;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random sentences of time words with SUTime values good and bad, with and without an article date:
 * the normaliser never throws, keeps spans inside the text and numbers its expressions.
 */
class TimeNormalizerRobustnessTest {
  private static final String[] WORDS = {
    "Friday/NNP",
    "night/NN",
    "last/JJ",
    "week/NN",
    "a/DT",
    "year/NN",
    "earlier/RBR",
    "ago/RB",
    "the/DT",
    "third/JJ",
    "quarter/NN",
    "March/NNP",
    "23/CD",
    "Oct./NNP",
    "said/VBD/say",
    "will/MD",
    "meet/VB",
    "to/TO",
    "until/IN",
    "6-year-old/JJ",
    "quarterly/JJ",
    "fiscal/JJ",
    "1989/CD",
    "year-ago/JJ",
    "mid-1996/JJ",
    "year-end/NN",
    "that/DT",
    "day/NN",
    "following/JJ",
    "weekend/NN",
    "Thanksgiving/NNP",
    "Day/NNP",
    ",/,",
    "./."
  };
  private static final String[] VALUES = {
    "1998-08-14",
    "1998-08-14TNI",
    "XXXX-WXX-5",
    "1998-W33",
    "1988-11-02",
    "1989-Q4",
    "1990-03",
    "P1Y",
    "PXD",
    "PAST_REF",
    "199X",
    "19XX",
    "fiscal ",
    "ended ",
    "",
    "OFFSET P-1D",
    "1989 INTERSECT P1Y",
    "2000-04-06T04:00-0500",
    "******23",
    "0735"
  };
  private static final String[] TYPES = {"DATE", "TIME", "DURATION", "SET"};

  @Test
  void random_articles_never_break_the_normaliser() {
    Random random = new Random(20240501L);
    TimeNormalizer normalizer = new TimeNormalizer();
    for (int round = 0; round < 500; round++) {
      ArticleBuilder b =
          random.nextBoolean()
              ? ArticleBuilder.dated("1998-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9))
              : ArticleBuilder.undated();
      if (random.nextInt(4) == 0) {
        b.prefix("BRUSSELS, December 2 (Xinhua) -- ");
      }
      int sentences = 1 + random.nextInt(3);
      List<String> written = new java.util.ArrayList<>();
      for (int s = 0; s < sentences; s++) {
        StringBuilder tagged = new StringBuilder();
        int n = 2 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
          String w = WORDS[random.nextInt(WORDS.length)];
          tagged.append(w).append(' ');
          written.add(w.substring(0, w.indexOf('/', 1)));
        }
        b.sentence(tagged.toString());
      }
      int mentions = random.nextInt(5);
      for (int m = 0; m < mentions && !written.isEmpty(); m++) {
        int start = random.nextInt(written.size());
        String words = written.get(start);
        if (random.nextBoolean() && start + 1 < written.size()) {
          words = words + " " + written.get(start + 1);
        }
        try {
          b.time(words, TYPES[random.nextInt(TYPES.length)], VALUES[random.nextInt(VALUES.length)]);
        } catch (IllegalArgumentException e) {
          // the words were not found after the previous mention: skip this mention
        }
      }
      ParsedArticle p = b.build();
      List<TimeExpression> out = normalizer.normalize(p);
      for (int i = 0; i < out.size(); i++) {
        TimeExpression t = out.get(i);
        assertThat(t.id()).isEqualTo("t" + (i + 1));
        assertThat(t.span().end()).isLessThanOrEqualTo(p.text().length());
        assertThat(t.span().of(p.text())).isEqualTo(t.text());
        assertThat(t.value()).isNotBlank();
        if (p.article().date().isEmpty() && t.value().matches("\\d{4}.*")) {
          // without an article date, a year comes from the text or from SUTime (or is a year
          // before or after one of those: "a year earlier", "the following year")
          int year = Integer.parseInt(t.value().substring(0, 4));
          String given =
              p.text() + p.times().stream().map(m -> m.value()).reduce("", String::concat);
          assertThat(
                  given.contains(String.valueOf(year))
                      || given.contains(String.valueOf(year - 1))
                      || given.contains(String.valueOf(year + 1)))
              .as("year %d of %s found in %s", year, t.value(), given)
              .isTrue();
        }
      }
    }
  }
}
