package io.herald.coding.actors;

import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Named businesses as actors of the business sector: a proper name that ends in a company word
 * ("Acme Corp.", "Northwind Ltd", "Kestrel Motors", "Orbis Group"), or that a business noun
 * introduces ("the carmaker Ford", "software firm Zentrix") or describes in apposition ("Ford, the
 * US carmaker").
 *
 * <p>The code follows the existing model. A company placed by its own words is its country's
 * business, {@code CTYBUS}, as "U.S. automakers" ({@code USABUS}) and a country word inside a
 * company's name ("Air China" {@code CHNBUS}, see {@link CompanyNames}) are coded: "U.S.-based Acme
 * Corp.", "Ford, the US carmaker" are {@code USABUS}; "Japanese electronics maker Sony" is composed
 * so by {@link AgentComposer} before this class sees it. A company whose words give no country is
 * coded {@code MNC}, the root the PETRARCH and Phoenix dictionaries give a corporation whose home
 * they do not record ({@code CHEVRON_ [MNC]}), with sector {@code BUS} and no country. It does not
 * take the article's country: {@link ContextCountry} gives that only to unnamed groups, and of
 * named ones only to parties and media, which act in their own country's politics; a company named
 * in a story about a country is as often foreign to it. Nor is it coded a bare {@code BUS}: the
 * first three letters of a code are its country or its kind of international actor, and {@code BUS}
 * is neither. Later mentions by the name without its company word ("Acme" after "Acme Corp.") are
 * the same company.
 */
final class Companies {
  /** Last words of a company's name ("Acme Corp.", "Kestrel Motors"), matched as written. */
  private static final Set<String> COMPANY_WORDS =
      Set.of(
          "Inc",
          "Inc.",
          "Corp",
          "Corp.",
          "Corporation",
          "Ltd",
          "Ltd.",
          "Limited",
          "plc",
          "Plc",
          "PLC",
          "Co",
          "Co.",
          "LLC",
          "GmbH",
          "Group",
          "Holdings",
          "Airlines",
          "Airways",
          "Motors",
          "Bank");

  /**
   * Words that make a bank a public one ("Central Bank", "World Bank", "Reserve Bank") and a group
   * a political or diplomatic one ("Contact Group", "Parliamentary Group"): no business.
   */
  private static final Set<String> NOT_BUSINESS =
      Set.of(
          "Central",
          "Reserve",
          "World",
          "Development",
          "Investment",
          "National",
          "West",
          "Contact",
          "Crisis",
          "Working",
          "Parliamentary",
          "Action",
          "Advisory",
          "Islamic",
          "Rights");

  /** Named-entity classes of places: "West Bank" is no bank. */
  private static final Set<String> PLACES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY");

  private final ActorLexicon lexicon;
  private final ParsedArticle article;
  private final ActorTable table;
  private final List<List<PhraseMatcher.Match<LexiconEntry>>> matches;
  private final BiFunction<Sentence, Integer, Optional<String>> countryInPhrase;
  private final Map<String, ActorTable.Draft> byName = new HashMap<>();
  private final Map<String, ActorTable.Draft> byShortName = new HashMap<>();

  /**
   * @param matches each sentence's lexicon matches
   * @param countryInPhrase the one country named in the phrase a token heads, if any
   */
  Companies(
      ActorLexicon lexicon,
      ParsedArticle article,
      ActorTable table,
      List<List<PhraseMatcher.Match<LexiconEntry>>> matches,
      BiFunction<Sentence, Integer, Optional<String>> countryInPhrase) {
    this.lexicon = lexicon;
    this.article = article;
    this.table = table;
    this.matches = matches;
    this.countryInPhrase = countryInPhrase;
  }

  /** Marks the companies the article names, then its later mentions of them by short name. */
  void mark() {
    for (Sentence s : article.sentences()) {
      for (int[] run : names(s)) {
        code(s, run[0], run[1]);
      }
    }
    if (byShortName.isEmpty()) {
      return;
    }
    for (Sentence s : article.sentences()) {
      for (int[] run : names(s)) {
        ActorTable.Draft d = byShortName.get(text(s, run[0], run[1]));
        if (d != null && free(s, run[0], run[1])) {
          table.mark(s.index(), run[0], run[1], s.spanOf(run[0], run[1]), d);
        }
      }
    }
  }

  /** Maximal runs of proper nouns, as {first, last} token indices. */
  private static List<int[]> names(Sentence s) {
    List<int[]> out = new ArrayList<>();
    int n = s.tokens().size();
    int i = 0;
    while (i < n) {
      if (!nameWord(s.token(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && nameWord(s.token(j + 1))) {
        j++;
      }
      out.add(new int[] {i, j});
      i = j + 1;
    }
    return out;
  }

  /** A proper noun, or a company word the tagger did not take for one ("plc"). */
  private static boolean nameWord(Token t) {
    return t.isProperNoun()
        || COMPANY_WORDS.contains(t.word()) && Character.isLetter(t.word().charAt(0));
  }

  private void code(Sentence s, int first, int last) {
    int head = headOf(s, first, last);
    String name = text(s, first, last);
    ActorTable.Draft known = byName.get(name);
    if (!free(s, first, last)) {
      // "Japanese car maker Kato Motors", composed into Japan's business: its later mentions by
      // name are that business too
      Optional<ActorTable.Draft> placed = placedBusiness(s, head);
      if (placed.isPresent() && head == last && last > first) {
        byName.putIfAbsent(name, placed.get());
        byShortName.putIfAbsent(text(s, first, last - 1), placed.get());
      }
      return;
    }
    if (known != null) {
      table.mark(s.index(), first, last, s.spanOf(first, last), known);
      return;
    }
    Optional<String> described = apposedBusiness(s, head);
    Optional<String> why = companyRule(s, first, last, described.isPresent());
    if (why.isEmpty()) {
      return;
    }
    String rule = why.get();
    // the appositive's country ("Orvik Group, the Swedish carmaker"), else one in the name's own
    // modifiers ("U.S.-based Acme Corp.")
    Optional<String> country = described.filter(c -> !c.isEmpty());
    if (country.isEmpty()) {
      country = countryInPhrase.apply(s, head);
    }
    Span span = s.spanOf(first, last);
    ActorTable.Draft d =
        table.intern(
            "company:" + name,
            name,
            country.isPresent() ? ActorKind.COUNTRY : ActorKind.ORGANIZATION,
            country.orElse(""),
            BUSINESS,
            new Evidence(s.index(), span, rule));
    if (country.isEmpty()) {
      d.code = MULTINATIONAL;
    }
    table.mark(s.index(), first, last, span, d);
    byName.putIfAbsent(name, d);
    if (rule.equals("actor.company-name") && last - 1 >= first) {
      byShortName.putIfAbsent(text(s, first, last - 1), d);
    }
  }

  /** What makes the name a company's (the evidence rule), empty when nothing does. */
  private Optional<String> companyRule(Sentence s, int first, int last, boolean apposed) {
    if (last > first
        && COMPANY_WORDS.contains(s.token(last).word())
        && !notBusiness(s, first, last)) {
      return Optional.of("actor.company-name");
    }
    if (first > 0 && isBusinessNoun(s.token(first - 1))) {
      return Optional.of("actor.company-noun");
    }
    return apposed ? Optional.of("actor.company-appos") : Optional.empty();
  }

  /**
   * The business of a country that the phrase headed by a company name's head was composed into
   * ("Japanese car maker Kato Motors" {@code JPNBUS}), when the name ends in a company word.
   */
  private Optional<ActorTable.Draft> placedBusiness(Sentence s, int head) {
    if (!COMPANY_WORDS.contains(s.token(head).word())) {
      return Optional.empty();
    }
    List<ActorTable.Draft> there = table.at(s.index(), head);
    return there.size() == 1
            && !there.get(0).isPerson()
            && BUSINESS.equals(there.get(0).sector)
            && !there.get(0).country.isEmpty()
        ? Optional.of(there.get(0))
        : Optional.empty();
  }

  /** The business sector. */
  private static final String BUSINESS = "BUS";

  /** PETRARCH's root for a corporation of no recorded country. */
  private static final String MULTINATIONAL = "MNC";

  /**
   * Whether no actor, person or lexicon phrase (a country, an organisation, a dictionary name)
   * covers the tokens already, and they name no place.
   */
  private boolean free(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (table.isMarked(s.index(), i) || PLACES.contains(s.token(i).ner())) {
        return false;
      }
    }
    for (PhraseMatcher.Match<LexiconEntry> m : matches.get(s.index())) {
      if (m.first() <= last && m.last() >= first) {
        return false;
      }
    }
    return true;
  }

  private static boolean notBusiness(Sentence s, int first, int last) {
    for (int i = first; i < last; i++) {
      if (NOT_BUSINESS.contains(s.token(i).word())) {
        return true;
      }
    }
    return false;
  }

  /** The token of the run whose head lies outside it; the last token when none or several. */
  private static int headOf(Sentence s, int first, int last) {
    for (int i = last; i >= first; i--) {
      Optional<Dependency> up = s.headOf(i);
      if (up.isEmpty() || up.get().governor() < first || up.get().governor() > last) {
        return i;
      }
    }
    return last;
  }

  /** A common noun of the business sector: "carmaker", "firm", "maker". */
  private boolean isBusinessNoun(Token t) {
    return t.isNoun()
        && !t.isProperNoun()
        && lexicon
            .agentSector(t.word())
            .or(() -> lexicon.agentSector(t.lemma()))
            .filter(BUSINESS::equals)
            .isPresent();
  }

  /**
   * The country of a business phrase in apposition to the name ("Ford, the US carmaker", "the
   * carmaker, Ford"), as {@link AgentComposer} composed it: empty when no such phrase, "" when the
   * phrase is business but placed nowhere ("Ford, the carmaker").
   */
  private Optional<String> apposedBusiness(Sentence s, int head) {
    for (Dependency d : s.dependencies()) {
      if (!d.baseRelation().equals("appos") || d.governor() < 0) {
        continue;
      }
      int other = d.governor() == head ? d.dependent() : d.dependent() == head ? d.governor() : -1;
      if (other < 0 || !isBusinessNoun(s.token(other))) {
        continue;
      }
      List<ActorTable.Draft> there = table.at(s.index(), other);
      boolean placed =
          there.size() == 1 && BUSINESS.equals(there.get(0).sector) && !there.get(0).isPerson();
      return Optional.of(placed ? there.get(0).country : "");
    }
    return Optional.empty();
  }

  private String text(Sentence s, int first, int last) {
    return s.spanOf(first, last).of(article.text()).replace('\n', ' ');
  }
}
