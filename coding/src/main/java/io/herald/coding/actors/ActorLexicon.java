package io.herald.coding.actors;

import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
import io.herald.model.codes.TsvTable;
import io.herald.model.text.PhraseMatcher;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the actor coder knows before reading an article: country names, demonyms and capitals,
 * seats of government, organisations, agent nouns and office titles. Immutable once built; share
 * one per process.
 */
public final class ActorLexicon {
  /** An office title: its sector and whether it heads a state or government. */
  public record Title(String title, String sector, boolean head) {}

  private final PhraseMatcher<LexiconEntry> phrases = new PhraseMatcher<>();
  private final Map<String, String> agents = new HashMap<>();
  private final Map<String, Title> titles = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();

  private final Map<String, PetrarchActorDictionary.Entry> dictionary = new HashMap<>();

  private ActorLexicon() {}

  /**
   * A lexicon made only of PETRARCH dictionaries (for their test suite, or a fictional world), with
   * Herald's office titles.
   */
  public static ActorLexicon fromPetrarch(
      PetrarchActorDictionary actors, PetrarchAgentDictionary agents) {
    ActorLexicon lex = new ActorLexicon();
    lex.addTitles();
    lex.addDictionaries(actors, agents);
    return lex;
  }

  /** This lexicon's bundled data plus the user's PETRARCH actor and agent dictionaries. */
  public static ActorLexicon load(
      Countries countries, PetrarchActorDictionary actors, PetrarchAgentDictionary agents) {
    ActorLexicon lex = load(countries);
    lex.addDictionaries(actors, agents);
    return lex;
  }

  private void addDictionaries(PetrarchActorDictionary actors, PetrarchAgentDictionary agents) {
    for (PetrarchActorDictionary.Entry e : actors.entries()) {
      for (String phrase : e.phrases()) {
        boolean exact = phrase.endsWith("_");
        String p = exact ? phrase.substring(0, phrase.length() - 1).strip() : phrase;
        LexiconEntry entry = new LexiconEntry(LexiconEntry.Type.DICTIONARY, "", "", "", p);
        dictionary.putIfAbsent(p, e);
        if (exact) {
          phrases.add(p, entry, true);
        } else {
          phrases.addPrefix(p, entry);
        }
      }
    }
    agents.sectors().forEach(this.agents::putIfAbsent);
  }

  /** The dictionary code of a {@link LexiconEntry.Type#DICTIONARY} entry on a date. */
  public Optional<String> dictionaryCode(LexiconEntry e, Optional<java.time.LocalDate> date) {
    PetrarchActorDictionary.Entry d = dictionary.get(e.name());
    return d == null ? Optional.empty() : d.codeOn(date);
  }

  /** Loads the bundled dictionaries. */
  public static ActorLexicon load(Countries countries) {
    ActorLexicon lex = new ActorLexicon();
    lex.addOrganizations(TsvTable.load(ActorLexicon.class, "/io/herald/coding/organizations.tsv"));
    lex.addCountries(countries);
    TsvTable seats = TsvTable.load(Countries.class, "/io/herald/model/seats-of-government.tsv");
    for (String[] row : seats.rows()) {
      String name = seats.get(row, "name");
      String iso3 = seats.get(row, "iso3");
      String sector = seats.hasColumn("sector") ? seats.get(row, "sector") : "GOV";
      LexiconEntry e = new LexiconEntry(LexiconEntry.Type.SEAT, iso3, sector, "", name);
      lex.phrases.add(name, e, false);
      if (name.startsWith("the ")) {
        lex.phrases.add("The " + name.substring(4), e, false);
        lex.phrases.add(name.substring(4), e, false);
      }
    }
    TsvTable agents = TsvTable.load(ActorLexicon.class, "/io/herald/coding/agents.tsv");
    for (String[] row : agents.rows()) {
      lex.agents.put(agents.get(row, "noun"), agents.get(row, "sector"));
    }
    lex.addTitles();
    return lex;
  }

  private void addTitles() {
    TsvTable table = TsvTable.load(ActorLexicon.class, "/io/herald/coding/titles.tsv");
    for (String[] row : table.rows()) {
      String t = table.get(row, "title");
      titles.put(t, new Title(t, table.get(row, "sector"), table.get(row, "head").equals("1")));
    }
  }

  private void addCountries(Countries countries) {
    for (Country c : countries.all()) {
      for (String n : c.names()) {
        if (n.length() >= 2) {
          add(n, new LexiconEntry(LexiconEntry.Type.COUNTRY, c.iso3(), "", "", c.name()));
          countryNames.putIfAbsent(n.toLowerCase(Locale.ROOT), c.iso3());
        }
      }
      for (String d : c.demonyms()) {
        add(d, new LexiconEntry(LexiconEntry.Type.DEMONYM, c.iso3(), "", "", c.name()));
      }
      for (String cap : c.capitals()) {
        add(cap, new LexiconEntry(LexiconEntry.Type.CAPITAL, c.iso3(), "GOV", "", c.name()));
      }
    }
  }

  private void add(String phrase, LexiconEntry e) {
    phrases.add(phrase, e, false);
    if (phrase.startsWith("the ")) {
      phrases.add(phrase.substring(4), e, false);
    }
  }

  private void addOrganizations(TsvTable orgs) {
    for (String[] row : orgs.rows()) {
      String name = orgs.get(row, "name");
      LexiconEntry e =
          new LexiconEntry(
              LexiconEntry.Type.ORGANIZATION,
              orgs.get(row, "country"),
              orgs.get(row, "sector"),
              orgs.get(row, "code"),
              name);
      phrases.add(name, e, false);
      String aliases = orgs.get(row, "aliases");
      if (!aliases.isEmpty()) {
        Arrays.stream(aliases.split("\\|")).forEach(a -> phrases.add(a.strip(), e, false));
      }
    }
  }

  public PhraseMatcher<LexiconEntry> phrases() {
    return phrases;
  }

  /** The sector an agent noun names ("troops" → MIL), matched on the lower-case lemma or word. */
  public Optional<String> agentSector(String noun) {
    return Optional.ofNullable(agents.get(noun.toLowerCase(Locale.ROOT)));
  }

  /** The office a title names, matched case-insensitively ("Prime Minister", "premier"). */
  public Optional<Title> title(String words) {
    return Optional.ofNullable(titles.get(words.toLowerCase(Locale.ROOT).strip()));
  }

  /** ISO alpha-3 of a country name ("Japan"), case-insensitive. */
  public Optional<String> countryByName(String name) {
    return Optional.ofNullable(countryNames.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Words that may stand between a title and a name without ending the title. */
  static final List<String> TITLE_MODIFIERS =
      List.of("new", "former", "then", "acting", "incoming", "outgoing", "ex", "late", "(", ")");
}
