package io.herald.coding.actors;

import io.herald.model.text.Dependency;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The country of an unnamed group ("militants", "protesters", "prisoners") whose own phrase names
 * none, from its context, as event coders such as ICEWS place "Police (Country)" or "Protester
 * (Country)" by the story:
 *
 * <ol>
 *   <li>the one country named inside the group's own modifiers, however deep: "militants loyal to
 *       Iraq's al-Qaeda frontman" are Iraqi, "a terror group based in Trinidad" Trinidadian;
 *   <li>else, for a group that is a subject or object and is not armed, the article's home country
 *       (the country it names most often, as titled people without a country take it): Islamists on
 *       hunger strike who demand that the Algerian president resign are Algerian. Armed groups
 *       (soldiers, rebels, gunmen) are left without: who fights in a country is as often its enemy
 *       as its own.
 * </ol>
 *
 * Organisations and groupings (IGO, NGO ...) never lend their prefix as a country.
 */
final class ContextCountry {
  /** Sectors of armed groups, which never take the article's country. */
  private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "SPY");

  /**
   * Relations of the words that describe a group (where it is based, whom it is loyal to, what it
   * is affiliated with), as against what it does: a participle's object ("demonstrators demanding
   * independence from Indonesian rule"), conjuncts, appositions and relative clauses are not
   * followed.
   */
  private static final Set<String> DESCRIBING =
      Set.of("amod", "compound", "nmod", "acl", "obl", "case", "det", "flat", "nummod");

  /** Relations of the modifiers that may name a group: "NKVD security forces". */
  private static final Set<String> NAMING = Set.of("compound", "amod", "flat");

  /** Determiners that make a group one named before. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  private final List<List<PhraseMatcher.Match<LexiconEntry>>> matches;
  private final Function<LexiconEntry, List<String>> codes;
  private final String articleCountry;

  /**
   * @param matches each sentence's actor-dictionary matches
   * @param codes the actor codes a dictionary entry gives on the article's date
   * @param articleCountry the country the article names most often, empty when none does
   */
  ContextCountry(
      List<List<PhraseMatcher.Match<LexiconEntry>>> matches,
      Function<LexiconEntry, List<String>> codes,
      String articleCountry) {
    this.matches = matches;
    this.codes = codes;
    this.articleCountry = articleCountry;
  }

  /**
   * The one country named in the phrase of {@code h} with the modifiers that describe it, however
   * deep; empty unless exactly one. Conjuncts ("protesters and Israeli police"), appositions,
   * relative clauses ("protesters who marched on the U.S. embassy") and the objects of participles
   * are other phrases, not descriptions.
   */
  Optional<String> inPhrase(Sentence s, int h) {
    Set<Integer> below = new HashSet<>();
    collect(s, h, below);
    Set<String> countries = new LinkedHashSet<>();
    for (PhraseMatcher.Match<LexiconEntry> m : matches.get(s.index())) {
      if (!below.contains(m.first())) {
        continue;
      }
      for (String code : codes.apply(m.value())) {
        String root = code.substring(0, 3);
        if (!AgentComposer.isNonState(root)) {
          countries.add(root);
        }
      }
    }
    return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
  }

  private static void collect(Sentence s, int i, Set<Integer> out) {
    out.add(i);
    for (Dependency d : s.childrenOf(i)) {
      if (DESCRIBING.contains(d.baseRelation())
          && !d.relation().equals("acl:relcl")
          && !out.contains(d.dependent())) {
        collect(s, d.dependent(), out);
      }
    }
  }

  /**
   * The article's country for the group headed by {@code h} with agent {@code sectors}, when it is
   * a subject or object ({@code argument}), is not armed, and is not anaphoric: a definite or
   * possessed group ("the two leaders", "its foreign ministers") refers back to actors named
   * before, which coreference finds.
   */
  Optional<String> ofArticle(Sentence s, int h, List<String> sectors, boolean argument) {
    boolean armed = sectors.stream().anyMatch(x -> ARMED.stream().anyMatch(x::contains));
    if (!argument || articleCountry.isEmpty() || armed) {
      return Optional.empty();
    }
    // "The fundamentalist Umma (Nation) party said it will boycott Algeria's elections": parties
    // contest their own country's politics, so a party the dictionaries do not know, named and not
    // possessed, is one of the article's country.
    // "the opposition Labour Party" (OPP): the party called the opposition contests them too
    boolean party = sectors.stream().anyMatch(x -> x.contains(PARTY) || x.contains(OPPOSITION));
    // "told the daily La Nacion to stop printing": a newspaper, agency or
    // broadcaster given by its name, unpossessed, is one of the article's country, as a party is
    boolean medium = sectors.stream().anyMatch(x -> x.contains(MEDIA));
    boolean namedHere = !possessed(s, h) && (party && named(s, h) || medium && givenName(s, h));
    if (anaphoricOrNamed(s, h) && !namedHere) {
      return Optional.empty();
    }
    return Optional.of(articleCountry);
  }

  /** The sector of political parties. */
  private static final String PARTY = "PTY";

  /** The sector of the opposition. */
  private static final String OPPOSITION = "OPP";

  /** The sector of newspapers, agencies and broadcasters. */
  private static final String MEDIA = "MED";

  /** Relations by which CoreNLP attaches a name after its common noun: "the daily La Nacion". */
  private static final Set<String> NAME_AFTER = Set.of("dep", "appos", "flat");

  /** Whether a proper noun right after {@code h} names it: "the daily La Nacion". */
  private static boolean givenName(Sentence s, int h) {
    return h + 1 < s.tokens().size()
        && s.token(h + 1).isProperNoun()
        && s.childrenOf(h).stream()
            .anyMatch(
                d ->
                    NAME_AFTER.contains(d.baseRelation())
                        && d.dependent() > h
                        && s.token(d.dependent()).isProperNoun());
  }

  private static boolean named(Sentence s, int h) {
    return s.childrenOf(h).stream()
        .anyMatch(
            d ->
                NAMING.contains(d.baseRelation())
                    && s.token(d.dependent()).pos().startsWith("NNP"));
  }

  private static boolean possessed(Sentence s, int h) {
    return s.childrenOf(h).stream().anyMatch(d -> d.relation().equals("nmod:poss"));
  }

  /**
   * Whether the group refers back ("the two leaders", "its ministers") or is named by a proper noun
   * no dictionary knows ("Soviet NKVD security forces"): then it is no unnamed group of the
   * article's country.
   */
  private static boolean anaphoricOrNamed(Sentence s, int h) {
    for (Dependency d : s.childrenOf(h)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("det") && DEFINITE.contains(w)
          || d.relation().equals("nmod:poss")
          || NAMING.contains(d.baseRelation()) && s.token(d.dependent()).pos().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }
}
