package io.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.ingest.ArticleReader;
import io.herald.ingest.ReadOptions;
import io.herald.model.Article;
import io.herald.model.ContentHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Skipping by content hash, decided before any analysis; no models, no database. */
class IngestPlanTest {
  private static final List<Article> STORIES =
      new ArticleReader(ReadOptions.defaults())
          .read(List.of(Path.of("..", "testdata", "texts")))
          .articles();

  private static Article withId(Article a, String id) {
    return new Article(id, a.title(), a.text(), a.date(), a.source(), a.url());
  }

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }

  @Test
  void skips_articles_whose_hash_is_stored_and_keeps_input_order() {
    assertThat(STORIES).hasSizeGreaterThanOrEqualTo(4);
    Set<String> stored = Set.of(ContentHash.of(STORIES.get(1)), ContentHash.of(STORIES.get(3)));
    List<Collection<String>> asked = new ArrayList<>();

    IngestPlan plan =
        IngestPlan.of(
            STORIES,
            hashes -> {
              asked.add(List.copyOf(hashes));
              Set<String> found = new HashSet<>(hashes);
              found.retainAll(stored);
              return found;
            });

    List<String> expected = new ArrayList<>(ids(STORIES));
    expected.remove(STORIES.get(3).id());
    expected.remove(STORIES.get(1).id());
    assertThat(ids(plan.todo(STORIES))).containsExactlyElementsOf(expected);
    assertThat(plan.alreadyStored()).isEqualTo(2);
    assertThat(plan.superseded()).isZero();
    assertThat(asked).as("one bulk look-up").hasSize(1);
    assertThat(asked.get(0)).hasSize(STORIES.size());
  }

  @Test
  void a_story_given_twice_is_analysed_once() {
    List<Article> input = List.of(STORIES.get(0), STORIES.get(1), withId(STORIES.get(0), "copy"));

    IngestPlan plan = IngestPlan.of(input, hashes -> Set.of());

    assertThat(ids(plan.todo(input))).containsExactly(STORIES.get(1).id(), "copy");
    assertThat(plan.superseded()).isEqualTo(1);
    assertThat(plan.idClashes()).isEmpty();
  }

  @Test
  void a_later_article_with_the_same_id_supersedes_the_earlier_and_is_reported() {
    List<Article> input =
        List.of(withId(STORIES.get(0), "same"), STORIES.get(2), withId(STORIES.get(1), "same"));
    // The later version is stored already: a re-run after a complete run must not bring back
    // the earlier one, which the store replaced.
    Set<String> stored = Set.of(ContentHash.of(STORIES.get(1)));

    IngestPlan plan =
        IngestPlan.of(
            input,
            hashes -> {
              Set<String> found = new HashSet<>(hashes);
              found.retainAll(stored);
              return found;
            });

    assertThat(ids(plan.todo(input))).containsExactly(STORIES.get(2).id());
    assertThat(plan.alreadyStored()).isEqualTo(1);
    assertThat(plan.superseded()).isEqualTo(1);
    assertThat(plan.idClashes()).containsExactly("same");
  }

  @Test
  void nothing_to_do_when_everything_is_stored() {
    IngestPlan plan = IngestPlan.of(STORIES, HashSet::new);

    assertThat(plan.todo(STORIES)).isEmpty();
    assertThat(plan.todoCount()).isZero();
    assertThat(plan.alreadyStored()).isEqualTo(STORIES.size());
  }

  @Test
  void the_second_pass_analyses_planned_positions_only_and_never_a_changed_text() {
    Set<String> stored = Set.of(ContentHash.of(STORIES.get(0)));
    IngestPlan plan =
        IngestPlan.ofKeys(
            STORIES.stream().map(IngestPlan.Key::of).toList(),
            hashes -> {
              Set<String> found = new HashSet<>(hashes);
              found.retainAll(stored);
              return found;
            });

    assertThat(plan.todoCount()).isEqualTo(STORIES.size() - 1);
    assertThat(plan.analyses(0, STORIES.get(0))).as("stored").isFalse();
    assertThat(plan.analyses(1, STORIES.get(1))).isTrue();
    Article before = STORIES.get(1);
    Article edited =
        new Article(
            before.id(),
            before.title(),
            before.text() + " A late correction.",
            before.date(),
            before.source(),
            before.url());
    assertThat(plan.analyses(1, edited)).as("text changed after planning").isFalse();
    assertThat(plan.analyses(STORIES.size(), STORIES.get(1))).as("beyond the input").isFalse();
  }
}
