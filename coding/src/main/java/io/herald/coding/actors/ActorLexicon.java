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
  private final MisspelledCountries misspelled = new MisspelledCountries();
  private boolean forgivesMisspellings;
  private final Map<String, PetrarchAgentDictionary.Agent> agents = new HashMap<>();
  private final Map<String, PetrarchAgentDictionary.Agent> dictionaryAgents = new HashMap<>();
  private int longestAgent = 1;
  private boolean unnamedAgents;
  private boolean titlesAreAgents;
  private final Map<String, Title> titles = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();

  private final Map<String, PetrarchActorDictionary.Entry> dictionary = new HashMap<>();
  private KnownPeople knownPeople = KnownPeople.NONE;
  private Parties parties = Parties.NONE;

  private ActorLexicon() {}

  /**
   * Background knowledge of named people (the bundled Phoenix dictionaries for {@link
   * #load(Countries)}; nobody for {@link #fromPetrarch}).
   */
  public KnownPeople knownPeople() {
    return knownPeople;
  }

  /** Political parties named before party offices (none for {@link #fromPetrarch}). */
  Parties parties() {
    return parties;
  }

  /**
   * A lexicon made only of PETRARCH dictionaries (for their test suite, or a fictional world), with
   * Herald's office titles.
   */
  public static ActorLexicon fromPetrarch(
      PetrarchActorDictionary actors, PetrarchAgentDictionary agents) {
    ActorLexicon lex = new ActorLexicon();
    lex.addTitles();
    lex.addDictionaries(actors, agents);
    lex.unnamedAgents = true;
    return lex;
  }

  /** This lexicon's bundled data plus the user's PETRARCH actor and agent dictionaries. */
  public static ActorLexicon load(
      Countries countries, PetrarchActorDictionary actors, PetrarchAgentDictionary agents) {
    ActorLexicon lex = base(countries);
    // the user's names come first: the first phrase added for a text wins
    lex.addDictionaries(actors, agents);
    lex.addArmedGroups(KnownPeople.bundledDictionary(ARMED_GROUPS), countries);
    return lex;
  }

  private void addDictionaries(PetrarchActorDictionary actors, PetrarchAgentDictionary agents) {
    for (PetrarchActorDictionary.Entry e : actors.entries()) {
      for (String phrase : e.phrases()) {
        // A stem shorter than four letters is a word, not a stem: "THE_KU" must not match "The
        // Kuwait", nor "ENT" "Entwash".
        String[] words = phrase.split(" ");
        boolean exact = phrase.endsWith("_") || words[words.length - 1].length() < 4;
        String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1).strip() : phrase;
        LexiconEntry entry = new LexiconEntry(LexiconEntry.Type.DICTIONARY, "", "", "", p);
        dictionary.putIfAbsent(p, e);
        if (exact) {
          phrases.add(p, entry, true);
        } else {
          phrases.addPrefix(p, entry);
        }
      }
    }
    agents.agents().forEach(this::addAgent);
    agents.agents().forEach(dictionaryAgents::putIfAbsent);
  }

  /**
   * The named armed groups of a dictionary ("Kurdistan Workers' Party" {@code TURREB}) as actor
   * phrases of two words or more, or acronyms written in capitals ("PKK"), where their code places
   * them in a country or is a militant group's ({@code IMG...}). A group the dictionary places in a
   * region only ("Palestinian Islamic Jihad" {@code MEAREB}) is placed by the country name or
   * demonym its name starts with ({@code PSEREB}), else left out.
   */
  private void addArmedGroups(PetrarchActorDictionary groups, Countries countries) {
    Map<String, String> leading = new HashMap<>();
    for (Country c : countries.all()) {
      c.names().forEach(n -> leading.putIfAbsent(n.toLowerCase(Locale.ROOT), c.iso3()));
      c.demonyms().forEach(d -> leading.putIfAbsent(d.toLowerCase(Locale.ROOT), c.iso3()));
    }
    for (PetrarchActorDictionary.Entry e : groups.entries()) {
      boolean placed =
          !e.codes().isEmpty()
              && e.codes().stream()
                  .map(c -> c.code().length() >= 3 ? c.code().substring(0, 3) : "")
                  .allMatch(root -> root.equals("IMG") || countries.byIso3(root).isPresent());
      for (String phrase : e.phrases()) {
        String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
        p = p.strip();
        boolean acronym = p.matches("[A-Z]{2,6}");
        if (p.split(" ").length < 2 && !(acronym && placed)) {
          continue; // one word is a name only as an acronym in capitals: "PKK", not "Youth"
        }
        PetrarchActorDictionary.Entry entry = e;
        if (!placed) {
          Optional<String> country = leadingCountry(p, leading);
          if (country.isEmpty() || e.codes().size() != 1 || e.codes().get(0).code().length() < 3) {
            continue;
          }
          String sector = e.codes().get(0).code().substring(3);
          entry =
              new PetrarchActorDictionary.Entry(
                  List.of(phrase),
                  List.of(
                      new PetrarchActorDictionary.DatedCode(
                          country.get() + sector, Optional.empty(), Optional.empty())));
        }
        dictionary.putIfAbsent(p, entry);
        phrases.add(p, new LexiconEntry(LexiconEntry.Type.DICTIONARY, "", "", "", p), !acronym);
      }
    }
  }

  /** The country whose name or demonym starts {@code phrase} (longest first), if any. */
  private static Optional<String> leadingCountry(String phrase, Map<String, String> leading) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
    for (int n = words.length - 1; n >= 1; n--) {
      String head = String.join(" ", Arrays.copyOf(words, n));
      if (leading.containsKey(head)) {
        return Optional.of(leading.get(head));
      }
    }
    return Optional.empty();
  }

  private void addAgent(String phrase, PetrarchAgentDictionary.Agent agent) {
    if (agents.putIfAbsent(phrase, agent) == null) {
      longestAgent = Math.max(longestAgent, phrase.split(" ").length);
    }
  }

  /** The dictionary code of a {@link LexiconEntry.Type#DICTIONARY} entry on a date. */
  public Optional<String> dictionaryCode(LexiconEntry e, Optional<java.time.LocalDate> date) {
    PetrarchActorDictionary.Entry d = dictionary.get(e.name());
    return d == null ? Optional.empty() : d.codeOn(date);
  }

  /** The bundled dictionary of named armed groups (Phoenix, Open Event Data Alliance). */
  private static final String ARMED_GROUPS = "Phoenix.MilNonState.actors.txt";

  /** Loads the bundled dictionaries. */
  public static ActorLexicon load(Countries countries) {
    ActorLexicon lex = base(countries);
    lex.addArmedGroups(KnownPeople.bundledDictionary(ARMED_GROUPS), countries);
    return lex;
  }

  /** The bundled dictionaries but the armed groups. */
  private static ActorLexicon base(Countries countries) {
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
      lex.addAgent(
          agents.get(row, "noun").toLowerCase(Locale.ROOT),
          new PetrarchAgentDictionary.Agent(agents.get(row, "sector"), false));
    }
    lex.addTitles();
    lex.titlesAreAgents = true;
    lex.forgivesMisspellings = true;
    lex.knownPeople = KnownPeople.bundled();
    lex.parties = Parties.bundled();
    return lex;
  }

  private void addTitles() {
    TsvTable table = TsvTable.load(ActorLexicon.class, "/io/herald/coding/titles.tsv");
    for (String[] row : table.rows()) {
      String t = table.get(row, "title");
      titles.put(t, new Title(t, table.get(row, "sector"), table.get(row, "head").equals("1")));
      longestAgent = Math.max(longestAgent, t.split(" ").length);
    }
  }

  private void addCountries(Countries countries) {
    for (Country c : countries.all()) {
      for (String n : c.names()) {
        if (n.length() >= 2) {
          LexiconEntry e = new LexiconEntry(LexiconEntry.Type.COUNTRY, c.iso3(), "", "", c.name());
          add(n, e);
          misspelled.add(n, e);
          countryNames.putIfAbsent(n.toLowerCase(Locale.ROOT), c.iso3());
        }
      }
      for (String d : c.demonyms()) {
        LexiconEntry e = new LexiconEntry(LexiconEntry.Type.DEMONYM, c.iso3(), "", "", c.name());
        add(d, e);
        misspelled.add(d, e);
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

  /**
   * Matches for the sentence's country names misspelt by one letter that {@code found} leaves
   * uncovered; none for user dictionaries (PETRARCH's), whose names are spelt as meant.
   */
  List<PhraseMatcher.Match<LexiconEntry>> misspelledCountries(
      io.herald.model.text.Sentence s, List<PhraseMatcher.Match<LexiconEntry>> found) {
    return forgivesMisspellings ? misspelled.find(s, found) : List.of();
  }

  public PhraseMatcher<LexiconEntry> phrases() {
    return phrases;
  }

  /** The sector an agent noun names ("troops" → MIL), matched on the lower-case lemma or word. */
  public Optional<String> agentSector(String noun) {
    PetrarchAgentDictionary.Agent a = agents.get(noun.toLowerCase(Locale.ROOT));
    return a == null || a.prefix() ? Optional.empty() : Optional.of(a.letters());
  }

  /**
   * The agent code of a phrase ("security officials" → {@code ~GOV}, "MSF" → {@code NGO~}), words
   * joined by single spaces, any case.
   */
  public Optional<PetrarchAgentDictionary.Agent> agent(String phrase) {
    PetrarchAgentDictionary.Agent a = agents.get(phrase.toLowerCase(Locale.ROOT));
    if (a == null && titlesAreAgents) {
      // With Herald's own dictionaries an office is an agent too: "the president of Armenia".
      return title(phrase).map(t -> new PetrarchAgentDictionary.Agent(t.sector(), false));
    }
    return Optional.ofNullable(a);
  }

  /**
   * Whether this lexicon holds Herald's bundled dictionaries (the user's PETRARCH ones possibly
   * added), where Herald's own readings apply: named businesses are actors, a party called the
   * opposition is {@code OPP}. False for lexicons made only of PETRARCH dictionaries, coded as
   * PETRARCH codes them.
   */
  boolean ownDictionaries() {
    return titlesAreAgents;
  }

  /** Words in the longest agent phrase. */
  int longestAgent() {
    return longestAgent;
  }

  /**
   * Whether an agent with no actor to compose with is an actor of its own ("a senior official" →
   * {@code ---GOV}), as PETRARCH codes it. True for lexicons made only of PETRARCH dictionaries.
   */
  public boolean unnamedAgents() {
    return unnamedAgents;
  }

  /**
   * The sector letters of an office title: a PETRARCH agent dictionary's code when the user's
   * dictionary has the title as a suffix agent ("foreign minister" → {@code GOVFRM}), else the
   * title table's sector.
   */
  public Optional<String> officeSector(String title) {
    String lower = title.strip().toLowerCase(Locale.ROOT);
    if (OPPOSITION_MODIFIERS.stream().anyMatch(lower::startsWith)) {
      return title(title).map(Title::sector);
    }
    PetrarchAgentDictionary.Agent a =
        dictionaryAgents.get(title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    if (a != null && !a.prefix()) {
      return Optional.of(a.letters());
    }
    return title(title).map(Title::sector);
  }

  /**
   * The office a title names, matched case-insensitively ("Prime Minister", "premier"). A hyphen
   * joins the words of a title as a space does ("Vice-President" is "vice president") when the
   * table does not list the hyphenated form itself.
   */
  public Optional<Title> title(String words) {
    String key = words.toLowerCase(Locale.ROOT).strip();
    Title t = titles.get(key);
    for (String modifier : OPPOSITION_MODIFIERS) {
      if (t == null && key.startsWith(modifier)) {
        // A Westminster opposition spokesperson: "shadow home secretary", "opposition chief whip"
        // hold no office; they speak for the opposition.
        String rest = key.substring(modifier.length());
        // "shadow education secretary": a post the table knows by its last words only
        Optional<Title> held = title(rest);
        for (int space = rest.indexOf(' '); held.isEmpty() && space > 0; ) {
          held = title(rest.substring(space + 1));
          space = rest.indexOf(' ', space + 1);
        }
        return held.map(o -> new Title(key, "OPP", false));
      }
    }
    if (t == null && key.indexOf('-') > 0) {
      t = titles.get(key.replace('-', ' '));
    }
    return Optional.ofNullable(t);
  }

  private static final String SHADOW = "shadow ";

  /** Words before a title that make it an opposition post. */
  private static final List<String> OPPOSITION_MODIFIERS = List.of(SHADOW, "opposition ");

  /** ISO alpha-3 of a country name ("Japan"), case-insensitive. */
  public Optional<String> countryByName(String name) {
    return Optional.ofNullable(countryNames.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Words that may stand between a title and a name without ending the title. */
  static final List<String> TITLE_MODIFIERS =
      List.of("new", "former", "then", "acting", "incoming", "outgoing", "ex", "late", "(", ")");
}
