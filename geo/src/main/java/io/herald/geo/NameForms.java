package io.herald.geo;

import java.util.List;

/** The ways news writes place names that the gazetteer holds in one form. */
final class NameForms {
  /** Leading words that towns' names write in full or abbreviated ("Saint Paul", "St. Paul"). */
  private static final List<List<String>> LEADING_FORMS =
      List.of(
          List.of("Saint ", "St. ", "St "),
          List.of("Sainte ", "Ste. "),
          List.of("Mount ", "Mt. "),
          List.of("Fort ", "Ft. "));

  /**
   * The other ways news writes a town's name that starts with "Saint", "Mount" or "Fort" ("St.
   * Paul" for GeoNames' "Saint Paul", "Saint Louis" for "St. Louis").
   */
  static List<String> writtenForms(String name) {
    for (List<String> forms : LEADING_FORMS) {
      for (String lead : forms) {
        if (name.startsWith(lead) && name.length() > lead.length()) {
          String rest = name.substring(lead.length());
          return forms.stream().filter(f -> !f.equals(lead)).map(f -> f + rest).toList();
        }
      }
    }
    return List.of();
  }

  /**
   * Whether a region's abbreviation is written so that it names the region wherever it stands: the
   * AP style forms with a full stop ("S.C.", "Calif.", "W. Va.") and codes of three or more
   * capitals ("NSW"). Two-letter codes ("CA", "IN", "OR") are words or initials too often; they
   * count only as hierarchy cues after a town ("Long Beach, CA").
   */
  static boolean distinctAbbreviation(String alias) {
    return alias.endsWith(".") && Character.isUpperCase(alias.charAt(0)) && !alias.contains(",")
        || alias.length() >= 3 && alias.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  private NameForms() {}
}
