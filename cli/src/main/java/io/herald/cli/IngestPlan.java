package io.herald.cli;

import io.herald.model.Article;
import io.herald.model.ContentHash;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>The plan holds positions in the input, not articles: a corpus of any size is planned from a
 * first pass that keeps only each article's {@link Key}, and analysed in a second pass.
 *
 * @param todo positions (in input order, counting articles only) of the articles to analyse
 * @param keys the key of each article of the input, by position
 * @param alreadyStored articles skipped because their content hash is stored
 * @param superseded articles skipped because a later input article has the same hash or id
 * @param idClashes ids given to two different texts in the input, for a warning
 */
record IngestPlan(
    BitSet todo, List<Key> keys, int alreadyStored, int superseded, List<String> idClashes) {
  IngestPlan {
    todo = (BitSet) todo.clone();
    keys = List.copyOf(keys);
    idClashes = List.copyOf(idClashes);
  }

  /** What identifies an article for planning: its content hash and its id. */
  record Key(String hash, String id) {
    Key {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(id, "id");
    }

    static Key of(Article a) {
      return new Key(ContentHash.of(a), a.id());
    }
  }

  /** How many articles the run analyses. */
  int todoCount() {
    return todo.cardinality();
  }

  /**
   * Whether the article at {@code position} is to be analysed. An article whose text changed since
   * it was planned is not: the plan did not check it against the store.
   */
  boolean analyses(int position, Article a) {
    return todo.get(position) && position < keys.size() && keys.get(position).equals(Key.of(a));
  }

  /** The articles of {@code input} (the input the plan was made from) to analyse, in order. */
  List<Article> todo(List<Article> input) {
    List<Article> out = new ArrayList<>();
    for (int i = todo.nextSetBit(0); i >= 0 && i < input.size(); i = todo.nextSetBit(i + 1)) {
      out.add(input.get(i));
    }
    return out;
  }

  /** Plans a run over articles held in memory. */
  static IngestPlan of(
      List<Article> articles, Function<Collection<String>, Set<String>> storedHashes) {
    return ofKeys(articles.stream().map(Key::of).toList(), storedHashes);
  }

  /**
   * Plans a run over the articles with these keys, in input order.
   *
   * @param storedHashes which of the given content hashes the store already holds
   */
  static IngestPlan ofKeys(List<Key> keys, Function<Collection<String>, Set<String>> storedHashes) {
    // The last article with a given hash, and the last with a given id, survive.
    Map<String, Integer> lastOfHash = new HashMap<>();
    Map<String, Integer> lastOfId = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Key k = keys.get(i);
      lastOfHash.put(k.hash(), i);
      Integer before = lastOfId.put(k.id(), i);
      if (before != null && !keys.get(before).hash().equals(k.hash())) {
        clashes.add(k.id());
      }
    }
    Map<String, Integer> survivors = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Key k = keys.get(i);
      if (lastOfHash.get(k.hash()) == i && lastOfId.get(k.id()) == i) {
        survivors.put(k.hash(), i);
      }
    }
    Set<String> stored = storedHashes.apply(survivors.keySet());
    BitSet todo = new BitSet(keys.size());
    survivors.forEach(
        (hash, i) -> {
          if (!stored.contains(hash)) {
            todo.set(i);
          }
        });
    return new IngestPlan(
        todo,
        keys,
        survivors.size() - todo.cardinality(),
        keys.size() - survivors.size(),
        clashes.stream().distinct().toList());
  }
}
