package io.herald.coding.actors;

import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which person a surname means when the article names several people who share it ("Cherie Blair"
 * and "Tony Blair", "Mrs Howard" beside "Michael Howard"): a different first name is a different
 * person, and an honorific of the other sex ("Mrs" against "Mr") never joins a name.
 */
final class SameSurname {
  private SameSurname() {}

  private static final Set<String> FEMALE = Set.of("mrs", "ms", "miss", "lady", "dame", "madam");
  private static final Set<String> MALE = Set.of("mr", "sir", "lord");

  // Kinship nouns that tell a named relative's sex: "his wife, Clara Penrose" is the "Mrs Penrose"
  // of the next sentence, not her husband the prime minister.
  private static final Set<String> FEMALE_KIN =
      Set.of(
          "wife",
          "widow",
          "daughter",
          "mother",
          "sister",
          "granddaughter",
          "niece",
          "aunt",
          "fiancee",
          "girlfriend");
  private static final Set<String> MALE_KIN =
      Set.of(
          "husband",
          "widower",
          "son",
          "father",
          "brother",
          "grandson",
          "nephew",
          "uncle",
          "fiance",
          "boyfriend");

  /**
   * Whether full name {@code name} has another first word than full name {@code held}, honorifics
   * aside ("Mr Howard" is no other first name than "Michael Howard").
   */
  static boolean otherFirstName(String name, String held) {
    if (held == null) {
      return false;
    }
    String[] a = bare(name).split(" ");
    String[] b = bare(held).split(" ");
    return a.length > 1 && b.length > 1 && !a[0].equals(b[0]);
  }

  /** A name without the honorifics it begins with ("Mrs Howard" is "Howard"). */
  static String bare(String name) {
    String out = name.strip();
    while (out.contains(" ") && honorific(out.substring(0, out.indexOf(' ')))) {
      out = out.substring(out.indexOf(' ') + 1).strip();
    }
    return out;
  }

  private static boolean honorific(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    return FEMALE.contains(w) || MALE.contains(w);
  }

  /**
   * The key of the full name a one-word mention {@code m} stands for: among the full names already
   * keyed whose first or last word it is, and whose honorific does not contradict its own, the
   * nearest one named before it, else the first; empty when none fits.
   */
  static Optional<String> fullNameKey(
      ParsedArticle p, EntityMention m, String word, Map<EntityMention, String> keyOf) {
    String sex = sexOf(p, m);
    EntityMention best = null;
    EntityMention first = null;
    EntityMention bestSameSex = null;
    EntityMention firstSameSex = null;
    for (Map.Entry<EntityMention, String> e : keyOf.entrySet()) {
      EntityMention full = e.getKey();
      String[] parts = bare(full.text()).split(" ");
      if (parts.length < 2 || !(parts[0].equals(word) || parts[parts.length - 1].equals(word))) {
        continue;
      }
      String other = sexOf(p, full);
      boolean sexClash =
          !sex.isEmpty() && !other.isEmpty() && !sex.equals(other)
              || !sex.isEmpty() && other.isEmpty() && honorificsDiffer(p, e.getValue(), sex, keyOf);
      if (sexClash) {
        continue;
      }
      first = earlier(full, first);
      best = nearestBefore(full, best, m);
      if (!sex.isEmpty() && sex.equals(other)) {
        // a "Mrs Penrose" beside "Arthur Penrose" and "his wife, Clara Penrose" is Clara
        firstSameSex = earlier(full, firstSameSex);
        bestSameSex = nearestBefore(full, bestSameSex, m);
      }
    }
    EntityMention chosen =
        bestSameSex != null
            ? bestSameSex
            : firstSameSex != null ? firstSameSex : best != null ? best : first;
    return chosen == null ? Optional.empty() : Optional.of(keyOf.get(chosen));
  }

  private static EntityMention earlier(EntityMention a, EntityMention b) {
    return b == null || a.span().start() < b.span().start() ? a : b;
  }

  /** {@code a} if it is named before {@code m} and nearer to it than {@code b}, else {@code b}. */
  private static EntityMention nearestBefore(EntityMention a, EntityMention b, EntityMention m) {
    return a.span().start() < m.span().start() && (b == null || a.span().start() > b.span().start())
        ? a
        : b;
  }

  /**
   * Whether the one-word mentions already joined to {@code key} carry an honorific of the other sex
   * than {@code sex}: "Mr Howard" joined to "Michael Howard" keeps "Mrs Howard" out.
   */
  private static boolean honorificsDiffer(
      ParsedArticle p, String key, String sex, Map<EntityMention, String> keyOf) {
    return keyOf.entrySet().stream()
        .filter(e -> e.getValue().equals(key))
        .map(e -> sexOf(p, e.getKey()))
        .anyMatch(other -> !other.isEmpty() && !other.equals(sex));
  }

  /**
   * "F" or "M" from the honorific that begins a mention or comes right before it, else from a
   * kinship noun right before it ("his wife, Clara Penrose", "his son Peter"); "" for none.
   */
  static String sexOf(ParsedArticle p, EntityMention m) {
    Sentence s = p.sentences().get(m.sentence());
    for (int i = m.firstToken(); i >= Math.max(0, m.firstToken() - 1); i--) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT).replace(".", "");
      if (FEMALE.contains(w) || MALE.contains(w)) {
        return FEMALE.contains(w) ? "F" : "M";
      }
    }
    int before = m.firstToken() - 1;
    if (before >= 0 && s.token(before).word().equals(",")) {
      before--;
    }
    if (before >= 0) {
      String w = s.token(before).word().toLowerCase(Locale.ROOT);
      if (FEMALE_KIN.contains(w)) {
        return "F";
      }
      if (MALE_KIN.contains(w)) {
        return "M";
      }
    }
    return "";
  }
}
