package io.herald.cli;

import io.herald.model.Article;
import io.herald.model.ContentHash;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which articles an ingest run must analyse: those whose content hash is not stored yet. Decided
 * before any language analysis, so a re-run after a crash only analyses what was not saved.
 *
 * <p>Inside the input, an article repeated (same content hash) or superseded by a later one with
 * the same id counts once: the store keeps one article per hash and per id, the later winning, so
 * analysing the earlier one would only be undone, and on a re-run it would replace the later one.
 *
 * @param todo articles to analyse, in input order
 * @param alreadyStored articles skipped because their content hash is stored
 * @param superseded articles skipped because a later input article has the same hash or id
 * @param idClashes ids given to two different texts in the input, for a warning
 */
record IngestPlan(List<Article> todo, int alreadyStored, int superseded, List<String> idClashes) {
  IngestPlan {
    todo = List.copyOf(todo);
    idClashes = List.copyOf(idClashes);
  }

  /**
   * Plans a run over {@code articles}.
   *
   * @param storedHashes which of the given content hashes the store already holds
   */
  static IngestPlan of(
      List<Article> articles, Function<Collection<String>, Set<String>> storedHashes) {
    // The last article with a given hash, and the last with a given id, survive.
    Map<String, Integer> lastOfHash = new HashMap<>();
    Map<String, Integer> lastOfId = new HashMap<>();
    List<String> hashes = new ArrayList<>();
    List<String> clashes = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      String hash = ContentHash.of(articles.get(i));
      hashes.add(hash);
      lastOfHash.put(hash, i);
      Integer before = lastOfId.put(articles.get(i).id(), i);
      if (before != null && !hashes.get(before).equals(hash)) {
        clashes.add(articles.get(i).id());
      }
    }
    Map<String, Article> survivors = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (lastOfHash.get(hashes.get(i)) == i && lastOfId.get(a.id()) == i) {
        survivors.put(hashes.get(i), a);
      }
    }
    Set<String> stored = storedHashes.apply(survivors.keySet());
    List<Article> todo = new ArrayList<>();
    survivors.forEach(
        (hash, a) -> {
          if (!stored.contains(hash)) {
            todo.add(a);
          }
        });
    return new IngestPlan(
        todo,
        survivors.size() - todo.size(),
        articles.size() - survivors.size(),
        clashes.stream().distinct().toList());
  }
}
