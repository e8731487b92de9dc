package io.herald.coding.entities;

import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.regex.Pattern;

/** What a token looks like: the surface cues the refinement rules read. */
final class Words {
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,/]*|\\.[0-9]+");

  private Words() {}

  /** Begins with an upper-case letter ("Paris", "PARIS", "McCain"). */
  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** Has an upper-case letter somewhere ("al-Aqsa", "eBay"): could be part of a name. */
  static boolean hasUpper(String w) {
    return w.chars().anyMatch(Character::isUpperCase);
  }

  /** Written in capitals only, with at least two letters ("PARIS", "U.S.", not "M1"). */
  static boolean allCaps(String w) {
    return w.chars().filter(Character::isUpperCase).count() >= 2
        && w.chars().noneMatch(Character::isLowerCase);
  }

  /** Neither a letter nor a digit in it ("--", ",", "("). */
  static boolean punctuation(String w) {
    return w.chars().noneMatch(Character::isLetterOrDigit);
  }

  /** A plain lower-case word ("province", "the"): never the edge of a name. */
  static boolean lowercaseWord(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !hasUpper(w);
  }

  /** A figure as printed in results and tables: "74", ".556", "1/2", "5,616.21". */
  static boolean number(String w) {
    return NUMBER.matcher(w).matches();
  }

  /** Proper-noun tag, or capitals (whose tags CoreNLP guesses badly). */
  static boolean properNoun(Token t) {
    return t.pos().startsWith("NNP") || allCaps(t.word());
  }

  /** Two words are the same name: equal, or equal ignoring case when one is in capitals. */
  static boolean sameName(String a, String b) {
    return a.equals(b) || (allCaps(a) || allCaps(b)) && a.equalsIgnoreCase(b);
  }

  /**
   * A headline or heading written in capitals ("SOCCER - ROTOR FANS LOCKED OUT"), where case says
   * nothing about names: most of its words are in capitals.
   */
  static boolean capitalsLine(Sentence s) {
    int words = 0;
    int caps = 0;
    for (Token t : s.tokens()) {
      if (t.word().chars().anyMatch(Character::isLetter)) {
        words++;
        if (allCaps(t.word())) {
          caps++;
        }
      }
    }
    return words >= 2 && caps * 4 >= words * 3;
  }
}
