package io.herald.coding.entities;

/**
 * A mention being refined: tokens {@code first..last} (inclusive) of one sentence, with a
 * CoreNLP-style type ({@code PERSON}, {@code CITY}, {@code DATE}...).
 */
record Draft(int sentence, int first, int last, String type) {
  Draft {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("tokens " + first + ".." + last);
    }
  }

  EntityClass entityClass() {
    return EntityClass.of(type);
  }

  boolean named() {
    return entityClass().named();
  }

  int length() {
    return last - first + 1;
  }

  boolean covers(int token) {
    return first <= token && token <= last;
  }

  boolean overlaps(int from, int to) {
    return first <= to && from <= last;
  }

  Draft withType(String newType) {
    return new Draft(sentence, first, last, newType);
  }

  Draft withTokens(int newFirst, int newLast) {
    return new Draft(sentence, newFirst, newLast, type);
  }
}
