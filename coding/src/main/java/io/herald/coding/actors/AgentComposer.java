package io.herald.coding.actors;

import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.PhraseMatcher;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Composes actor and agent codes within a noun phrase, as PETRARCH does: the words of the phrase
 * are read left to right, each position taking the longest actor-dictionary phrase, else the
 * longest agent phrase; every agent code is then added to every actor code ("Arnor security
 * officials" → {@code ARN}+{@code ~GOV}; "MSF Arnor" → {@code NGO~}+{@code ARN}), unless the code
 * already holds the agent's letters at a three-letter boundary ("White House security officials" →
 * {@code USAGOV}, not {@code USAGOVGOV}). A phrase with agents but no actor of its own takes the
 * actors of its prepositional modifiers ("lawmakers in Fornost and Gondor"), then of the noun it is
 * coordinated with ("Danish media and government"). The composed actor replaces what the phrase's
 * head token referred to, so that events find it where they look for their source and target.
 */
final class AgentComposer {
  /** Relations that keep a dependent inside its head's noun phrase. */
  private static final Set<String> INSIDE = Set.of("compound", "amod", "flat", "det", "nummod");

  /** Relations whose dependent is a modifier of a larger noun phrase, not a phrase of its own. */
  private static final Set<String> MODIFIER = Set.of("compound", "amod", "flat", "det");

  /** What "former" makes of an actor's agents: its elites. */
  private static final PetrarchAgentDictionary.Agent FORMER =
      new PetrarchAgentDictionary.Agent("ELI", false);

  /** The opposition's and political parties' sector letters. */
  private static final String OPP = "OPP";

  private static final String PARTY = "PTY";

  /** Codes whose first three letters name an international or non-state group, not a country. */
  private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "NGM", "IMG", "MNC");

  private final ActorLexicon lexicon;
  private final ParsedArticle article;
  private final ActorTable table;
  private final List<List<PhraseMatcher.Match<LexiconEntry>>> matches;
  private final Map<Long, Composition> memo = new HashMap<>();
  private final ContextCountry context;
  private final CompositionMarks marks;

  AgentComposer(
      ActorLexicon lexicon,
      ParsedArticle article,
      ActorTable table,
      List<List<PhraseMatcher.Match<LexiconEntry>>> matches) {
    this(lexicon, article, table, matches, "");
  }

  /**
   * A composer whose unnamed groups (with Herald's own dictionaries; PETRARCH's code them {@code
   * ---}) may take their country from context, {@code articleCountry} being the article's home.
   */
  AgentComposer(
      ActorLexicon lexicon,
      ParsedArticle article,
      ActorTable table,
      List<List<PhraseMatcher.Match<LexiconEntry>>> matches,
      String articleCountry) {
    this.lexicon = lexicon;
    this.article = article;
    this.table = table;
    this.matches = matches;
    this.context = new ContextCountry(matches, this::codesOf, articleCountry);
    this.marks = new CompositionMarks(lexicon, article, table);
  }

  /**
   * The one country named in the phrase token {@code h} heads, its describing modifiers included
   * ("U.S.-based Acme Corp."); empty unless exactly one.
   */
  Optional<String> countryInPhrase(Sentence s, int h) {
    return context.inPhrase(s, h);
  }

  static boolean isNonState(String root) {
    return NON_STATE.contains(root);
  }

  /** Composes every noun phrase with an agent in it and marks its head with the result. */
  void compose() {
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.isNoun() || isModifier(s, t.index())) {
          continue;
        }
        Composition c = resolved(s, t.index());
        if (!c.agents().isEmpty()) {
          marks.apply(s, t.index(), c);
        } else if (!c.actors().isEmpty()
            && !t.isProperNoun()
            && !AttributeNouns.names(t)
            && !table.isMarked(s.index(), t.index())) {
          // "Ithilen's militia", "the KU basketball team": the phrase is its modifier's actor;
          // not "China's assertiveness", a trait of China's.
          marks.apply(s, t.index(), c);
        }
      }
    }
  }

  private static boolean isModifier(Sentence s, int i) {
    Optional<Dependency> head = s.headOf(i);
    return head.isPresent()
        && head.get().governor() >= 0
        && (MODIFIER.contains(head.get().baseRelation())
            || head.get().relation().equals("nmod:poss"));
  }

  /** The phrase headed by {@code h}, with actors borrowed from modifiers and conjuncts. */
  private Composition resolved(Sentence s, int h) {
    if (countedGroup(s, h)) {
      // "a company of 80 soldiers was sent": the unit is the soldiers' actor
      for (int of : s.children(h, "nmod:of")) {
        Composition counted = resolved(s, of);
        if (!counted.agents().isEmpty()) {
          return counted;
        }
      }
    }
    Composition own = own(s, h);
    if (!own.actors().isEmpty() || own.agents().isEmpty()) {
      return own;
    }
    if (!own.headIsAgent()) {
      // "a joint press conference with ...": an agent among the modifiers of another noun borrows
      // nobody's country; the phrase names an unnamed agent at most.
      return own;
    }
    List<String> employers = employers(s, h);
    if (!employers.isEmpty()) {
      // "a spokesman for Japan Airlines" speaks for the company, not for Japan's government
      return new Composition(employers, List.of(), own.span(), true, "actor.company-staff");
    }
    List<String> borrowed = prepositionalActors(s, h);
    if (borrowed.isEmpty()) {
      borrowed = conjunctActors(s, h);
    }
    if (borrowed.isEmpty()
        && !lexicon.unnamedAgents()
        && !namesAnActor(s, h)
        && !fromElsewhere(s, h)) {
      Optional<String> inPhrase = context.inPhrase(s, h);
      Optional<String> country =
          inPhrase.or(
              () ->
                  context.ofArticle(
                      s,
                      h,
                      own.agents().stream().map(PetrarchAgentDictionary.Agent::letters).toList(),
                      CompositionMarks.isArgument(s, h)));
      if (country.isPresent()) {
        return new Composition(
            List.of(country.get()),
            own.agents(),
            own.span(),
            true,
            inPhrase.isPresent() ? "actor.agent-phrase-country" : "actor.agent-article-country");
      }
    }
    return new Composition(borrowed, own.agents(), own.span(), true);
  }

  /**
   * Adjectives that place a group outside any one country, or outside the story's: "a European
   * company", "foreign workers", "Arab diplomats". Such a group takes no country from context.
   */
  private static final Set<String> NOT_OF_ONE_COUNTRY =
      Set.of(
          "european",
          "african",
          "asian",
          "arab",
          "western",
          "foreign",
          "overseas",
          "international",
          "multinational",
          "latin",
          "scandinavian",
          "nordic",
          "balkan",
          "caribbean",
          "gulf");

  /** Whether the phrase of {@code h} is described as from a region or from abroad. */
  private static boolean fromElsewhere(Sentence s, int h) {
    for (int a : s.children(h, "amod")) {
      if (NOT_OF_ONE_COUNTRY.contains(s.token(a).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of the phrase of {@code h} already refers to an actor ("top al-Qaeda leaders"):
   * such a group belongs to that actor, never to a country from context.
   */
  private boolean namesAnActor(Sentence s, int h) {
    TreeSet<Integer> words = new TreeSet<>();
    collect(s, h, words, true);
    return words.stream().anyMatch(i -> i != h && table.isMarked(s.index(), i));
  }

  /** Actors of the nouns attached to {@code h} by a preposition ("of", "in", "from" ...). */
  private List<String> prepositionalActors(Sentence s, int h) {
    Set<String> out = new LinkedHashSet<>();
    for (Dependency d : s.childrenOf(h)) {
      String r = d.relation();
      if (!r.startsWith("nmod:") || r.equals("nmod:poss") || r.equals("nmod:tmod")) {
        continue;
      }
      List<Integer> nouns = new ArrayList<>(List.of(d.dependent()));
      nouns.addAll(s.children(d.dependent(), "conj"));
      for (int n : nouns) {
        Optional<String> city = capitalAt(s, n);
        out.addAll(city.isPresent() ? List.of(city.get()) : own(s, n).codes());
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The business sectors of the companies named with a country ("Japan Airlines" {@code JPNBUS})
   * that a staff noun {@code h} ("spokesman", "chief executive") works for: its "of" or "for"
   * phrase. Empty for other nouns.
   */
  private List<String> employers(Sentence s, int h) {
    if (!CompanyNames.staffNoun(s, h)) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (Dependency d : s.childrenOf(h)) {
      if (!d.relation().equals("nmod:of") && !d.relation().equals("nmod:for")) {
        continue;
      }
      int n = d.dependent();
      for (PhraseMatcher.Match<LexiconEntry> m : matches.get(s.index())) {
        LexiconEntry.Type type = m.value().type();
        if ((type == LexiconEntry.Type.COUNTRY || type == LexiconEntry.Type.DEMONYM)
            && s.token(n).isProperNoun()
            && CompanyNames.sameName(s, n, m.first(), m.last())
            && CompanyNames.names(s, m.first(), m.last())) {
          out.add(m.value().country() + "BUS");
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The country of a capital that token {@code n} ends: "militias in Tripoli", "lawmakers in
   * Tokyo", "a newspaper based in Beirut" are groups of the capital's country, not of its
   * government, which the capital names only when it acts ("Tokyo said").
   */
  private Optional<String> capitalAt(Sentence s, int n) {
    for (PhraseMatcher.Match<LexiconEntry> m : matches.get(s.index())) {
      if (m.last() == n && m.value().type() == LexiconEntry.Type.CAPITAL) {
        return Optional.of(m.value().country());
      }
    }
    return Optional.empty();
  }

  /**
   * "Danish media and government": a conjunct without actors shares those of the phrase it is
   * coordinated with; "lawmakers and officials in Gondor": the first conjunct shares the
   * prepositional actors of a later one.
   */
  private List<String> conjunctActors(Sentence s, int h) {
    Optional<Integer> first = firstConjunct(s, h);
    if (first.isPresent()) {
      int g = first.get();
      if (!own(s, g).actors().isEmpty()) {
        // "the Danish Islamist media and government": the modifiers before the first noun, agents
        // among them included, are shared; the first noun's own agent is not.
        return modifiersOf(s, g).codes();
      }
      List<String> pp = prepositionalActors(s, g);
      if (!pp.isEmpty()) {
        return pp;
      }
    }
    for (int c : s.children(h, "conj")) {
      if (!own(s, c).agents().isEmpty()) {
        List<String> pp = prepositionalActors(s, c);
        if (!pp.isEmpty()) {
          return pp;
        }
      }
    }
    return List.of();
  }

  /**
   * The noun {@code h} is coordinated with: its {@code conj} head, or, when the parser attached
   * both to the verb ("Lawmakers and officials" as two subjects), the noun before it with the same
   * head and relation, {@code h} having the conjunction.
   */
  private static Optional<Integer> firstConjunct(Sentence s, int h) {
    Optional<Dependency> head = s.headOf(h);
    if (head.isEmpty() || head.get().governor() < 0) {
      return Optional.empty();
    }
    if (head.get().baseRelation().equals("conj")) {
      return Optional.of(head.get().governor());
    }
    if (s.children(h, "cc").isEmpty()) {
      return Optional.empty();
    }
    for (Dependency d : s.childrenOf(head.get().governor())) {
      if (d.dependent() < h
          && d.relation().equals(head.get().relation())
          && s.token(d.dependent()).isNoun()) {
        return Optional.of(d.dependent());
      }
    }
    return Optional.empty();
  }

  /** The actors and agents in the words of the phrase headed by {@code h} itself. */
  private Composition own(Sentence s, int h) {
    long key = ((long) s.index() << 20) | h;
    Composition known = memo.get(key);
    if (known != null) {
      return known;
    }
    TreeSet<Integer> words = new TreeSet<>();
    collect(s, h, words, true);
    Composition c = scan(s, h, words, true);
    memo.put(key, c);
    return c;
  }

  /** The modifiers of {@code h} before it, without {@code h}'s own words. */
  private Composition modifiersOf(Sentence s, int h) {
    TreeSet<Integer> words = new TreeSet<>();
    collect(s, h, words, true);
    TreeSet<Integer> before = new TreeSet<>(words.headSet(h, false));
    if (before.isEmpty()) {
      return new Composition(List.of(), List.of(), s.token(h).span(), false);
    }
    return scan(s, before.last(), before, false);
  }

  /**
   * Reads {@code words} (ending with {@code h}) left to right: at each position the longest actor
   * phrase, else the longest agent phrase, which may run on past {@code h} into its subtree when
   * {@code extend}. "Former" before the agents makes them {@code ~ELI}: the actor's former
   * officials.
   */
  private Composition scan(Sentence s, int h, TreeSet<Integer> words, boolean extend) {
    TreeSet<Integer> extended = new TreeSet<>(words);
    // An agent phrase may run on past the head into its "of" phrase: "Ministry of Silly Walks".
    Set<Integer> below = new java.util.HashSet<>(s.subtree(h));
    for (int i = words.last() + 1; extend && i < s.tokens().size() && below.contains(i); i++) {
      extended.add(i);
    }
    List<Integer> sequence = new ArrayList<>(extended);
    Map<Integer, PhraseMatcher.Match<LexiconEntry>> actorAt = new HashMap<>();
    for (PhraseMatcher.Match<LexiconEntry> m : matches.get(s.index())) {
      boolean inside = true;
      for (int i = m.first(); i <= m.last(); i++) {
        inside &= words.contains(i);
      }
      if (inside) {
        actorAt.putIfAbsent(m.first(), m);
      }
    }
    List<String> actors = new ArrayList<>();
    List<PetrarchAgentDictionary.Agent> agents = new ArrayList<>();
    boolean headIsAgent = false;
    int last = h;
    int k = 0;
    while (k < sequence.size() && words.contains(sequence.get(k))) {
      int i = sequence.get(k);
      PhraseMatcher.Match<LexiconEntry> m = actorAt.get(i);
      List<String> codes = m == null ? List.of() : codesOf(m.value());
      if (!codes.isEmpty()) {
        for (String code : codes) {
          if (!actors.contains(code)) {
            actors.add(code);
          }
        }
        while (k < sequence.size() && sequence.get(k) <= m.last()) {
          k++;
        }
        continue;
      }
      int length = agentAt(s, sequence, k, agents);
      if (length > 0) {
        last = Math.max(last, sequence.get(k + length - 1));
        headIsAgent |= sequence.get(k) <= h && h <= sequence.get(k + length - 1);
        k += length;
      } else {
        k++;
      }
    }
    boolean former =
        words.stream()
            .map(i -> s.token(i).word().toLowerCase(java.util.Locale.ROOT))
            .anyMatch(w -> w.equals("former") || w.equals("ex"));
    if (former && !agents.isEmpty()) {
      agents = List.of(FORMER);
    }
    if (lexicon.ownDictionaries() && agents.stream().anyMatch(a -> a.letters().equals(OPP))) {
      // "the opposition Labour Party": CAMEO's opposition counts opposition parties, so the party
      // called the opposition is OPP, not a party that is also the opposition (OPPPTY).
      agents = agents.stream().filter(a -> !a.letters().equals(PARTY)).toList();
    }
    return new Composition(actors, agents, s.spanOf(words.first(), last), headIsAgent);
  }

  /** The words of {@code h}'s own phrase: its modifiers, and coordinated adjectives among them. */
  private static void collect(Sentence s, int i, Set<Integer> out, boolean head) {
    out.add(i);
    for (Dependency d : s.childrenOf(i)) {
      String r = d.baseRelation();
      boolean inside =
          INSIDE.contains(r)
              || d.relation().equals("nmod:poss")
              || !head && (r.equals("conj") || r.equals("cc"));
      if (inside && !out.contains(d.dependent())) {
        collect(s, d.dependent(), out, false);
      }
    }
  }

  /** Whether token {@code h} is the "Bank" of "Bank of" and a country's name ("Bank of Korea"). */
  private boolean centralBank(Sentence s, int h) {
    return matches.get(s.index()).stream()
        .anyMatch(
            m ->
                m.value().type() == LexiconEntry.Type.COUNTRY
                    && CompanyNames.centralBank(s, h, m.first()));
  }

  /**
   * The longest agent phrase starting at {@code sequence[k]} over consecutive tokens; adds its code
   * to {@code agents} and returns its length in tokens, 0 when none starts there.
   */
  private int agentAt(
      Sentence s, List<Integer> sequence, int k, List<PetrarchAgentDictionary.Agent> agents) {
    int max = Math.min(lexicon.longestAgent(), sequence.size() - k);
    for (int n = max; n >= 1; n--) {
      boolean consecutive = true;
      StringBuilder words = new StringBuilder();
      for (int j = k; j < k + n; j++) {
        if (j > k) {
          consecutive &= sequence.get(j) == sequence.get(j - 1) + 1;
          words.append(' ');
        }
        words.append(s.token(sequence.get(j)).word());
      }
      if (!consecutive) {
        continue;
      }
      // "the Bank of Japan" is the country's central bank, not one of its businesses
      String phrase = n == 1 && centralBank(s, sequence.get(k)) ? "central bank" : words.toString();
      Optional<PetrarchAgentDictionary.Agent> a = lexicon.agent(phrase);
      if (a.isPresent() && !inOrganisationName(s, sequence.get(k + n - 1))) {
        if (countedGroup(s, sequence.get(k + n - 1))) {
          return n; // "a company of 80 soldiers": a unit of the soldiers, no firm
        }
        if (!agents.contains(a.get())) {
          agents.add(a.get());
        }
        return n;
      }
    }
    return 0;
  }

  /**
   * Whether the agent noun {@code last} only counts the people of its "of" phrase: "a company of 80
   * soldiers", "a party of 40 officers", where "company" and "party" are a number of people (here a
   * military unit), not a firm or a political party. The counted phrase names the actor.
   */
  private static boolean countedGroup(Sentence s, int last) {
    for (int of : s.children(last, "nmod:of")) {
      if (!s.children(of, "nummod").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an office title ending at token {@code last} is the start of an organisation's name:
   * "General Motors", "General Electric", where the analyser tags the title word and the name after
   * it as one organisation. A title is an agent only before a person or as a noun of its own.
   */
  private boolean inOrganisationName(Sentence s, int last) {
    Token t = s.token(last);
    if (last + 1 >= s.tokens().size() || lexicon.agentSector(t.word()).isPresent()) {
      return false;
    }
    Token next = s.token(last + 1);
    return t.ner().equals("ORGANIZATION")
        && next.ner().equals("ORGANIZATION")
        && next.isProperNoun()
        && lexicon.title(t.word()).isPresent();
  }

  /**
   * The actor codes a dictionary phrase gives on the article's date: one, or several for a compound
   * entry ({@code [FRO/BIL/SAM]}); empty when none.
   */
  private List<String> codesOf(LexiconEntry e) {
    String code =
        switch (e.type()) {
          case DICTIONARY -> lexicon.dictionaryCode(e, article.article().date()).orElse("");
          case COUNTRY, DEMONYM -> e.country();
          case CAPITAL, SEAT -> e.country() + e.sector();
          case ORGANIZATION -> e.code().isEmpty() ? e.country() + e.sector() : e.code();
        };
    List<String> out = new ArrayList<>();
    for (String part : code.split("/")) {
      if (part.matches("([A-Z]{3})+")) {
        out.add(part);
      }
    }
    return out;
  }

  /**
   * Adds an agent to an actor code: before it for a prefix agent, after it for a suffix one, not at
   * all when the code already holds the agent's letters at a three-letter boundary.
   */
  static String mix(String code, PetrarchAgentDictionary.Agent agent) {
    String letters = agent.letters();
    for (int i = 0; i + letters.length() <= code.length(); i += 3) {
      if (code.startsWith(letters, i)) {
        return code;
      }
    }
    return agent.prefix() ? letters + code : code + letters;
  }
}
