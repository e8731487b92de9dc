package io.herald.coding.time;

import java.util.Map;
import java.util.Optional;

/** Small counts as news writes them: "3", "three", "a", "an". */
final class Quantities {
  static final String WORDS =
      "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
          + "|thirty|forty|fifty|a few|few|several|many|some";

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50));

  private Quantities() {}

  /** The number a count word stands for; empty for vague ones ("several", "a few"). */
  static Optional<Integer> of(String word) {
    if (word.chars().allMatch(Character::isDigit) && !word.isEmpty() && word.length() <= 4) {
      return Optional.of(Integer.parseInt(word));
    }
    return Optional.ofNullable(NUMBERS.get(word));
  }
}
