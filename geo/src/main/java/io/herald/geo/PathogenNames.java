package io.herald.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place names that name a pathogen or a disease: a name right before "virus", "fever", "flu" and
 * the like ("West Nile virus", "Reston ebolavirus", "Spanish influenza") is part of the disease's
 * name, not a place of the story, and so is every other mention of that name in the story ("tested
 * positive for Ebola-Reston") unless the words around it place it ("to Reston, Virginia", "in the
 * Nile delta"). Country names stay places ("a United States flu season"); their adjectives before a
 * disease word ("Spanish influenza", "Japanese encephalitis") are dropped there only.
 */
final class PathogenNames {
  /** A disease word right after a name, after a space or a hyphen ("Ebola-Reston virus"). */
  private static final Pattern DISEASE_AFTER =
      Pattern.compile(
          "\\G[ -](?:virus|viruses|ebolavirus|fever|flu|influenza|encephalitis)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words after a name that place it: a comma and a capitalised name ("Reston, Virginia"). */
  private static final Pattern PLACED_AFTER = Pattern.compile("\\G,\\s+[A-Z]");

  /** Words before a name that place it: a locative preposition, perhaps with "the". */
  private static final Pattern PLACED_BEFORE =
      Pattern.compile("\\b(?:in|at|to|near|into|outside|across|along)\\s+(?:the\\s+)?$");

  private PathogenNames() {}

  /** Removes from {@code mentions} those that name a pathogen or disease. */
  static void remove(String text, List<Toponym> mentions, Gazetteer gazetteer) {
    Set<String> pathogens = new HashSet<>();
    Set<Toponym> marked = new HashSet<>();
    for (Toponym m : mentions) {
      if (beforeDiseaseWord(text, m) && gazetteer.country(m.text()).isEmpty()) {
        marked.add(m);
        if (!adjectival(m)) {
          pathogens.add(m.key());
        }
      }
    }
    if (marked.isEmpty()) {
      return;
    }
    mentions.removeIf(m -> marked.contains(m) || pathogens.contains(m.key()) && !placed(text, m));
  }

  private static boolean beforeDiseaseWord(String text, Toponym m) {
    return DISEASE_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt();
  }

  private static boolean adjectival(Toponym m) {
    return m.known().map(Candidate::adjectival).orElse(false);
  }

  private static boolean placed(String text, Toponym m) {
    if (PLACED_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt()) {
      return true;
    }
    int from = Math.max(0, m.span().start() - 20);
    return PLACED_BEFORE.matcher(text.substring(from, m.span().start())).find();
  }
}
