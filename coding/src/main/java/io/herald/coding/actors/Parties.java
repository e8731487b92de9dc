package io.herald.coding.actors;

import io.herald.model.codes.TsvTable;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Political parties whose names stand before a party office ("Tory leader Michael Howard", "Lib Dem
 * home affairs spokesman Mark Oaten"), with their country. A party's leader, chairman or spokesman
 * holds no state office: Herald codes them {@code PTY} (political party) of the party's country,
 * {@code OPP} when the text calls the party the opposition, {@code GOV} when it calls it the ruling
 * or governing party.
 */
final class Parties {
  /** A party: its name, and the country whose politics it contests (ISO alpha-3). */
  record Party(String name, String country) {}

  /** A party named in a sentence, the first token of its name, and the sector the text gives. */
  record Found(Party party, int first, String sector) {}

  /** No parties: for lexicons made of PETRARCH dictionaries alone. */
  static final Parties NONE = new Parties(List.of());

  /** Offices held in a party, not in the state. */
  private static final Set<String> PARTY_OFFICES =
      Set.of(
          "leader",
          "deputy leader",
          "chairman",
          "co-chairman",
          "chairwoman",
          "chair",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "treasurer",
          "whip",
          "chief whip",
          "general secretary",
          "secretary general",
          "candidate");

  /** A name's words, for matching tokens. */
  private record Name(List<String> words, Party party) {}

  /** Names by their last word, longest first: a token is looked up once, not against every name. */
  private final Map<String, List<Name>> byLastWord;

  private Parties(List<Name> names) {
    Map<String, List<Name>> index = new HashMap<>();
    for (Name n : names) {
      index.computeIfAbsent(n.words().get(n.words().size() - 1), k -> new ArrayList<>()).add(n);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byLastWord = Map.copyOf(index);
  }

  /** The bundled table of parties. */
  static Parties bundled() {
    TsvTable t = TsvTable.load(Parties.class, "/io/herald/coding/parties.tsv");
    List<Name> names = new ArrayList<>();
    for (String[] row : t.rows()) {
      Party p = new Party(t.get(row, "name"), t.get(row, "country"));
      names.add(new Name(List.of(p.name().split(" ")), p));
      for (String alias : t.get(row, "aliases").split("\\|")) {
        if (!alias.isBlank()) {
          names.add(new Name(List.of(alias.strip().split(" ")), p));
        }
      }
    }
    // longest names first: "Liberal Democrats" before a shorter name inside it
    names.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    return new Parties(names);
  }

  /** Whether {@code title} (any case) is an office held in a party rather than in the state. */
  static boolean isPartyOffice(String title) {
    return PARTY_OFFICES.contains(title.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The party named in the few words that end at token {@code last} of {@code s}: the party's name
   * may be followed by up to three nouns or adjectives ("Lib Dem home affairs spokesman", "the
   * Liberal Democrats' foreign affairs spokesman"). Empty when no party is named there.
   */
  Optional<Found> before(Sentence s, int last) {
    for (int c = last; c >= 0 && c >= last - 3; c--) {
      Optional<Found> f = endingAt(s, c);
      if (f.isPresent()) {
        return f;
      }
      String pos = s.token(c).pos();
      if (!pos.startsWith("NN") && !pos.startsWith("JJ") && !pos.equals("POS")) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The country of each party named in {@code s}, once per mention. */
  List<String> countriesNamed(Sentence s) {
    List<String> out = new ArrayList<>();
    int t = s.tokens().size() - 1;
    while (t >= 0) {
      Optional<Found> f = endingAt(s, t);
      if (f.isPresent()) {
        out.add(f.get().party().country());
        t = f.get().first() - 1;
      } else {
        t--;
      }
    }
    return out;
  }

  private Optional<Found> endingAt(Sentence s, int last) {
    for (Name n : byLastWord.getOrDefault(s.token(last).word(), List.of())) {
      int first = last - n.words().size() + 1;
      if (first < 0) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < n.words().size() && match; k++) {
        match = s.token(first + k).word().equals(n.words().get(k));
      }
      if (match) {
        return Optional.of(new Found(n.party(), first, sectorSaid(s, first)));
      }
    }
    return Optional.empty();
  }

  /**
   * "the ruling Labour party", "the opposition Conservatives", "former Tory treasurer": the sector
   * the text gives ({@code ELI} for a former office).
   */
  private static String sectorSaid(Sentence s, int first) {
    String before = first > 0 ? s.token(first - 1).word().toLowerCase(Locale.ROOT) : "";
    if (before.equals("former") || before.equals("ex")) {
      return "ELI";
    }
    if (Arrays.asList("ruling", "governing").contains(before)) {
      return "GOV";
    }
    return before.equals("opposition") ? "OPP" : "PTY";
  }
}
