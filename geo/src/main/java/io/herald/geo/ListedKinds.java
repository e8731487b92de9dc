package io.herald.geo;

import io.herald.model.PlaceKind;
import io.herald.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names listed together are places of one kind: in "Alberta, Manitoba, Ontario and New Brunswick"
 * or "Utah, Washington and Wisconsin" each is a region, in "Armenia, Georgia and Azerbaijan" each a
 * country.
 */
final class ListedKinds {
  /** What stands between two listed names: a comma, "and", "or", or both. */
  private static final Pattern SEPARATOR = Pattern.compile(",\\s*|,?\\s+(and|or)\\s+");

  private ListedKinds() {}

  /**
   * For each name of {@code mentions} (in text order) listed right beside a name that the last pass
   * read as a country or a first-level region, that kind, by the name's key.
   */
  static Map<String, PlaceKind> of(
      String text, List<Toponym> mentions, Map<String, Optional<Resolver.Sense>> senses) {
    Map<String, PlaceKind> out = new HashMap<>();
    int start = 0;
    while (start < mentions.size()) {
      // a chain of names with a list's separators between them, one of them "and" or "or": a
      // name, a comma and a region alone are a town and its state ("Santa Ana, California")
      int end = start;
      boolean conjunction = false;
      while (end + 1 < mentions.size()) {
        Span a = mentions.get(end).span();
        Span b = mentions.get(end + 1).span();
        if (a.end() > b.start()) {
          break;
        }
        Matcher m = SEPARATOR.matcher(text.substring(a.end(), b.start()));
        if (!m.matches()) {
          break;
        }
        conjunction |= m.group(1) != null;
        end++;
      }
      for (int i = start; conjunction && i < end; i++) {
        Toponym a = mentions.get(i);
        Toponym b = mentions.get(i + 1);
        kind(a, senses).ifPresent(k -> out.putIfAbsent(b.key(), k));
        kind(b, senses).ifPresent(k -> out.putIfAbsent(a.key(), k));
      }
      start = end + 1;
    }
    return out;
  }

  /** The kind of the place {@code m} was read as, if a country or a first-level region. */
  private static Optional<PlaceKind> kind(Toponym m, Map<String, Optional<Resolver.Sense>> senses) {
    Optional<GazetteerEntry> e =
        m.known().isPresent()
            ? m.known().map(Candidate::entry)
            : senses.getOrDefault(m.key(), Optional.empty()).map(Resolver.Sense::entry);
    return e.map(GazetteerEntry::kind)
        .filter(
            k -> k == PlaceKind.COUNTRY || k == PlaceKind.ADMIN1 && !e.get().admin1().isEmpty());
  }
}
