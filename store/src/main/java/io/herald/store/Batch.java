package io.herald.store;

import io.herald.json.AnalyzedArticleJson;
import io.herald.model.AnalyzedArticle;
import io.herald.model.ContentHash;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Articles to save together, with the rows to write. Within a batch a later article replaces an
 * earlier one with the same content hash or id, exactly as saving them one by one would.
 */
final class Batch {
  private final List<String> hashes = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private final List<Boolean> replacedInBatch = new ArrayList<>();
  private final Map<Table, List<Object[]>> rows = new LinkedHashMap<>();

  private Batch() {}

  /** Computes hashes, drops superseded articles and builds the rows of the rest. */
  static Batch of(List<AnalyzedArticle> articles, AnalyzedArticleJson json, LocalDateTime now) {
    Batch batch = new Batch();
    Map<String, Integer> holderOfHash = new HashMap<>();
    Map<String, Integer> holderOfId = new HashMap<>();
    Map<Integer, AnalyzedArticle> survivors = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      AnalyzedArticle a = articles.get(i);
      String hash = ContentHash.of(a.article());
      String id = a.article().id();
      batch.hashes.add(hash);
      batch.ids.add(id);
      Integer sameHash = holderOfHash.get(hash);
      Integer sameId = holderOfId.get(id);
      batch.replacedInBatch.add(sameHash != null || sameId != null);
      for (Integer earlier : new Integer[] {sameHash, sameId}) {
        if (earlier != null && survivors.remove(earlier) != null) {
          holderOfHash.remove(batch.hashes.get(earlier));
          holderOfId.remove(batch.ids.get(earlier));
        }
      }
      holderOfHash.put(hash, i);
      holderOfId.put(id, i);
      survivors.put(i, a);
    }
    for (Table t : Schema.ARTICLE_TABLES) {
      batch.rows.put(t, new ArrayList<>());
    }
    batch.rows.put(Schema.ERRORS, new ArrayList<>());
    survivors.forEach(
        (i, a) -> ArticleRows.add(a, batch.hashes.get(i), json.write(a), now, batch.rows));
    return batch;
  }

  int size() {
    return hashes.size();
  }

  String hash(int i) {
    return hashes.get(i);
  }

  String id(int i) {
    return ids.get(i);
  }

  /** An earlier article of this batch had the same hash or id. */
  boolean replacedInBatch(int i) {
    return replacedInBatch.get(i);
  }

  /** Every content hash of the batch, superseded articles included. */
  Set<String> allHashes() {
    return new TreeSet<>(hashes);
  }

  /** Every article id of the batch, superseded articles included. */
  Set<String> allIds() {
    return new TreeSet<>(ids);
  }

  /** The rows to write, per table, of the articles that survive the batch. */
  Map<Table, List<Object[]>> rows() {
    return rows;
  }

  /**
   * What saving each article of the batch did, in input order, given the hashes and ids that were
   * stored before it.
   */
  List<SaveResult> results(Set<String> storedHashes, Set<String> storedIds) {
    List<SaveResult> out = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      boolean replaced =
          replacedInBatch(i) || storedHashes.contains(hash(i)) || storedIds.contains(id(i));
      out.add(new SaveResult(hash(i), id(i), replaced));
    }
    return List.copyOf(out);
  }
}
