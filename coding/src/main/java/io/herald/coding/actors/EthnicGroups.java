package io.herald.coding.actors;

import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Ethnic Albanians demonstrated in Serbia": a people named "ethnic" plus a nationality is a
 * minority of the state it lives in, not the state its name comes from (the phrase is used
 * precisely when they are not its nationals). CAMEO and PLOVER code such groups with the country of
 * residence (Serbia's ethnic Albanians are {@code SRB} civilians). Herald takes that country from
 * the article (the country it names most often, the ethnic name not counting); when the article
 * names none, or only the people's own, the group stays without a country.
 */
final class EthnicGroups {
  private EthnicGroups() {}

  /** Whether a nationality match is preceded by, or modified by, "ethnic". */
  static boolean isEthnic(Sentence s, PhraseMatcher.Match<LexiconEntry> m) {
    if (m.value().type() != LexiconEntry.Type.DEMONYM) {
      return false;
    }
    if (m.first() > 0 && ethnic(s, m.first() - 1)) {
      return true;
    }
    for (Dependency d : s.childrenOf(m.last())) {
      if (d.baseRelation().equals("amod") && ethnic(s, d.dependent())) {
        return true;
      }
    }
    return false;
  }

  private static String name(Sentence s, int first, int last) {
    StringBuilder out = new StringBuilder();
    for (int i = first; i <= last; i++) {
      out.append(i > first ? " " : "").append(s.token(i).word());
    }
    return out.toString();
  }

  private static boolean ethnic(Sentence s, int i) {
    return s.token(i).word().toLowerCase(Locale.ROOT).equals("ethnic");
  }

  /** Removes the ethnic matches from each sentence's matches and returns them, per sentence. */
  static List<List<PhraseMatcher.Match<LexiconEntry>>> takeFrom(
      ParsedArticle p, List<List<PhraseMatcher.Match<LexiconEntry>>> matches) {
    List<List<PhraseMatcher.Match<LexiconEntry>>> out = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      Sentence s = p.sentences().get(i);
      List<PhraseMatcher.Match<LexiconEntry>> ethnic =
          new ArrayList<>(matches.get(i).stream().filter(m -> isEthnic(s, m)).toList());
      matches.get(i).removeAll(ethnic);
      out.add(ethnic);
    }
    return out;
  }

  /**
   * Codes "ethnic Albanians" (the people as the head noun) as civilians of {@code articleCountry};
   * a nationality that modifies another noun ("ethnic Albanian rebels") is left to that noun.
   */
  static void code(
      Sentence s, PhraseMatcher.Match<LexiconEntry> m, ActorTable table, String articleCountry) {
    String own = m.value().country();
    boolean head =
        s.headOf(m.last())
            .map(d -> !d.baseRelation().equals("amod") && !d.baseRelation().equals("compound"))
            .orElse(true);
    if (!head || articleCountry.isEmpty() || articleCountry.equals(own)) {
      return;
    }
    int first = m.first() > 0 && ethnic(s, m.first() - 1) ? m.first() - 1 : m.first();
    Span span = s.spanOf(first, m.last());
    ActorTable.Draft d =
        table.intern(
            "ethnic:" + own + ":" + articleCountry,
            name(s, first, m.last()),
            ActorKind.COUNTRY,
            articleCountry,
            "CVL",
            new Evidence(s.index(), span, "actor.ethnic-group"));
    table.mark(s.index(), first, m.last(), span, d);
  }
}
