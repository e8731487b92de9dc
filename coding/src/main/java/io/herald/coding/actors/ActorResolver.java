package io.herald.coding.actors;

import io.herald.model.ActorKind;
import io.herald.model.Evidence;
import io.herald.model.Span;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes the actors of an article: countries and their sectors, organisations, and people with their
 * offices; then carries them to later mentions through coreference.
 */
public final class ActorResolver {
  /**
   * Relations in which a capital acts or is acted upon as a government: "Tokyo said", "accused
   * Kyiv".
   */
  private static final java.util.Set<String> ACTING_RELATIONS =
      java.util.Set.of(
          "nsubj",
          "nsubj:pass",
          "obj",
          "iobj",
          "obl:by",
          "obl:agent",
          // the agent of an action noun: "an admission by Moscow", "a proposal by Beijing"
          "nmod:by",
          "nmod:agent",
          "nmod:poss",
          "obl:with",
          "obl:against",
          "nmod:against",
          "nmod:with");

  private final ActorLexicon lexicon;
  private final PersonFinder persons;
  private final CountryMentions countries;

  public ActorResolver(ActorLexicon lexicon) {
    this.lexicon = lexicon;
    this.persons = new PersonFinder(lexicon);
    this.countries = new CountryMentions(lexicon);
  }

  /**
   * Resolves the actors of {@code p} into a new table.
   *
   * @param quotes spans of direct quotations, inside which pronouns follow the quoted speech
   * @param roles what earlier articles said about people's offices
   */
  public ActorTable resolve(ParsedArticle p, List<Span> quotes, RoleStore roles) {
    ActorTable table = new ActorTable();
    List<List<PhraseMatcher.Match<LexiconEntry>>> matches = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      List<PhraseMatcher.Match<LexiconEntry>> found =
          new ArrayList<>(lexicon.phrases().find(s, p.text()));
      found.removeIf(m -> inWaterName(s, m));
      found.addAll(lexicon.misspelledCountries(s, found));
      found.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::first));
      matches.add(found);
    }
    // "ethnic Albanians" in Serbia are a people of Serbia: they name no state, and are coded apart
    List<List<PhraseMatcher.Match<LexiconEntry>>> ethnic = EthnicGroups.takeFrom(p, matches);
    String articleCountry = dominantCountry(p, matches, lexicon.parties());
    List<ActorTable.Draft> people = persons.find(p, table, articleCountry, roles);
    for (Sentence s : p.sentences()) {
      for (PhraseMatcher.Match<LexiconEntry> m : matches.get(s.index())) {
        codeMatch(p, s, m, table, people);
      }
      for (PhraseMatcher.Match<LexiconEntry> m : ethnic.get(s.index())) {
        EthnicGroups.code(s, m, table, articleCountry);
      }
    }
    AgentComposer composer = new AgentComposer(lexicon, p, table, matches, articleCountry);
    composer.compose();
    if (lexicon.ownDictionaries()) {
      new Companies(lexicon, p, table, matches, composer::countryInPhrase).mark();
    }
    p.sentences().forEach(s -> ApposedPeople.mark(s, table));
    p.sentences().forEach(s -> ParentheticalAcronyms.mark(s, table));
    new CoreferenceLinker(p, table, people, quotes).link();
    if (lexicon.ownDictionaries()) {
      new UnheldOffices(lexicon, p, table, matches, articleCountry).mark();
    }
    for (Sentence s : p.sentences()) {
      ClausePronouns.mark(s, table);
      PossessedAgents.mark(s, table, lexicon);
    }
    return table;
  }

  /** Words that make a country's name part of a sea's or strait's: "Sea of Japan", "China Sea". */
  private static final Set<String> WATER =
      Set.of("Sea", "Seas", "Gulf", "Strait", "Straits", "Bay", "Ocean", "Channel");

  /**
   * Whether a country or demonym match is part of the name of a body of water ("the Sea of Japan",
   * "the South China Sea", "the Gulf of Mexico"), where it names a place, not an actor.
   */
  private static boolean inWaterName(Sentence s, PhraseMatcher.Match<LexiconEntry> m) {
    LexiconEntry.Type t = m.value().type();
    if (t != LexiconEntry.Type.COUNTRY && t != LexiconEntry.Type.DEMONYM) {
      return false;
    }
    int n = s.tokens().size();
    boolean after = m.last() + 1 < n && WATER.contains(s.token(m.last() + 1).word());
    boolean before =
        m.first() >= 2
            && s.token(m.first() - 1).word().equals("of")
            && WATER.contains(s.token(m.first() - 2).word());
    return after || before;
  }

  /**
   * The country named most often, the article's home when a title gives none; empty if none. A
   * party's name names its country ("the Tories", "Lib Dem leader"): British politics is British.
   */
  private static String dominantCountry(
      ParsedArticle p, List<List<PhraseMatcher.Match<LexiconEntry>>> matches, Parties parties) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : p.sentences()) {
      parties.countriesNamed(s).forEach(c -> counts.merge(c, 1, Integer::sum));
    }
    for (int i = 0; i < matches.size(); i++) {
      for (var m : matches.get(i)) {
        LexiconEntry e = m.value();
        // a capital or seat of government names its country as well as the country's name does
        if (e.type() == LexiconEntry.Type.COUNTRY
            || e.type() == LexiconEntry.Type.DEMONYM
            || e.type() == LexiconEntry.Type.CAPITAL
            || e.type() == LexiconEntry.Type.SEAT) {
          counts.merge(e.country(), 1, Integer::sum);
        }
      }
    }
    // Only a country named more often than any other is the article's: on a tie there is none,
    // and a person must not take one of several countries at random.
    List<Map.Entry<String, Integer>> ranked =
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .toList();
    if (ranked.isEmpty()
        || ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
      return "";
    }
    return ranked.get(0).getKey();
  }

  private void codeMatch(
      ParsedArticle p,
      Sentence s,
      PhraseMatcher.Match<LexiconEntry> m,
      ActorTable table,
      List<ActorTable.Draft> people) {
    LexiconEntry e = m.value();
    Span span = s.spanOf(m.first(), m.last());
    if (e.type() != LexiconEntry.Type.DICTIONARY
        && table.isMarked(s.index(), m.last())
        && table.at(s.index(), m.last()).stream().anyMatch(ActorTable.Draft::isPerson)) {
      return; // part of a person's title phrase: "U.S. President Joe Biden"
    }
    switch (e.type()) {
      case ORGANIZATION -> {
        String key = "org:" + (e.code().isEmpty() ? e.name() : e.code());
        ActorKind kind = e.country().isEmpty() ? ActorKind.ORGANIZATION : ActorKind.COUNTRY;
        ActorTable.Draft d =
            table.intern(
                key,
                e.name(),
                kind,
                e.country(),
                e.sector(),
                new Evidence(s.index(), span, "actor.organization"));
        if (!e.code().isEmpty()) {
          d.code = e.code();
        }
        table.mark(s.index(), m.first(), m.last(), span, d);
      }
      case SEAT -> {
        ActorTable.Draft d =
            table.intern(
                e.country() + e.sector(),
                e.name() + " " + CountryMentions.sectorName(e.sector()),
                ActorKind.COUNTRY,
                e.country(),
                e.sector(),
                new Evidence(s.index(), span, "actor.seat-of-government"));
        table.mark(s.index(), m.first(), m.last(), span, d);
      }
      case CAPITAL -> {
        // A capital is a government only when it acts: "Tokyo said", not "in Tokyo".
        Optional<Dependency> head = s.headOf(m.last());
        if (head.isPresent() && ACTING_RELATIONS.contains(head.get().relation())) {
          ActorTable.Draft d =
              table.intern(
                  e.country() + "GOV",
                  e.name() + " government",
                  ActorKind.COUNTRY,
                  e.country(),
                  "GOV",
                  new Evidence(s.index(), span, "actor.capital-as-government"));
          table.mark(s.index(), m.first(), m.last(), span, d);
        }
      }
      case COUNTRY, DEMONYM -> countries.code(s, m, table, people);
      case DICTIONARY -> codeDictionary(p, s, m, table, people);
    }
  }

  /**
   * An actor-dictionary phrase: its code on the article's date. A person the analyser found takes
   * the code when the text gave no office; a three-letter code is a country (agents apply); longer
   * codes name the actor whole.
   */
  private void codeDictionary(
      ParsedArticle p,
      Sentence s,
      PhraseMatcher.Match<LexiconEntry> m,
      ActorTable table,
      List<ActorTable.Draft> people) {
    Optional<String> found = lexicon.dictionaryCode(m.value(), p.article().date());
    if (found.isPresent() && found.get().matches("[A-Z]{3}(/[A-Z]{3})+")) {
      codeCompound(s, m, found.get(), table);
      return;
    }
    if (found.isEmpty() || !found.get().matches("([A-Z]{3})+")) {
      return;
    }
    String code = found.get();
    Span span = s.spanOf(m.first(), m.last());
    List<ActorTable.Draft> persons =
        table.at(s.index(), m.last()).stream().filter(ActorTable.Draft::isPerson).toList();
    if (!persons.isEmpty()) {
      for (ActorTable.Draft d : persons) {
        if (d.country.isEmpty()) {
          // The dictionary places the person; an office the text gave keeps its sector.
          d.country = code.substring(0, 3);
          if (d.sector.isEmpty()) {
            d.sector = code.substring(3);
          }
          d.code = "";
          d.evidence = new Evidence(s.index(), span, "actor.dictionary");
        }
      }
      return;
    }
    String name = m.value().name();
    if (code.length() == 3) {
      LexiconEntry country = new LexiconEntry(LexiconEntry.Type.COUNTRY, code, "", "", name);
      countries.code(
          s, new PhraseMatcher.Match<>(m.first(), m.last(), m.phrase(), country), table, people);
      return;
    }
    boolean international =
        java.util.Set.of("IGO", "NGO", "IMG", "MNC").contains(code.substring(0, 3));
    ActorTable.Draft d =
        table.intern(
            "dict:" + code,
            name,
            international ? ActorKind.ORGANIZATION : ActorKind.COUNTRY,
            international ? "" : code.substring(0, 3),
            international ? "" : code.substring(3),
            new Evidence(s.index(), span, "actor.dictionary"));
    d.code = code;
    table.mark(s.index(), m.first(), m.last(), span, d);
  }

  /** A compound dictionary entry ("the Shire" {@code [FRO/BIL/SAM]}): its tokens name them all. */
  private static void codeCompound(
      Sentence s, PhraseMatcher.Match<LexiconEntry> m, String codes, ActorTable table) {
    Span span = s.spanOf(m.first(), m.last());
    List<ActorTable.Draft> all = new ArrayList<>();
    for (String code : codes.split("/")) {
      all.add(
          table.intern(
              code,
              code,
              ActorKind.COUNTRY,
              code,
              "",
              new Evidence(s.index(), span, "actor.dictionary-compound")));
    }
    // The entry, not a person the analyser took the name for, is what the words refer to.
    for (int t = m.first(); t <= m.last(); t++) {
      table.replace(s.index(), t, span, all);
    }
  }
}
