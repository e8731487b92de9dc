package io.herald.coding.events;

import io.herald.coding.actors.ActorTable;
import io.herald.coding.time.TimeNormalizer;
import io.herald.model.DateSource;
import io.herald.model.Event;
import io.herald.model.Evidence;
import io.herald.model.Modality;
import io.herald.model.Participant;
import io.herald.model.Span;
import io.herald.model.TimeExpression;
import io.herald.model.codes.CameoCode;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.PloverType;
import io.herald.model.text.Dependency;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes events from the dependency parse: a verb or event noun from the {@link EventLexicon}, its
 * source from the subject (or the "by" phrase of a passive, or a possessive), its target from the
 * object or the pattern's oblique, each side mapped to actors. Negation and modality are flagged,
 * not dropped; the date comes from a time expression in the clause, else the article date.
 */
public final class EventCoder {
  /** Determiners of a noun naming a kind of act rather than one act ("an attack"). */
  private static final Set<String> INDEFINITES = Set.of("a", "an", "any", "every");

  /** Present-tense verb tags. */
  private static final Set<String> PRESENT_TENSE = Set.of("VBZ", "VBP");

  /** Clauses of their own, whose words do not belong to a verb's pattern. */
  private static final Set<String> OTHER_CLAUSES =
      Set.of("conj", "parataxis", "advcl", "dep", "ccomp", "csubj", "acl", "punct");

  /**
   * Verbs that set modality or carry other verbs rather than being events themselves ("wants to
   * strengthen", "has taken the view"); the dictionary lists some of them under event blocks.
   */
  private static final Set<String> NOT_EVENTS =
      Set.of(
          "want",
          "intend",
          "plan",
          "hope",
          "try",
          "expect",
          "wish",
          "need",
          "seem",
          "take",
          "have",
          "be",
          "do",
          "get",
          "go",
          "come",
          "become",
          "make",
          "let",
          "begin",
          "continue",
          "include",
          "involve",
          "touch",
          "see");

  private static final Set<String> PARTITIVES =
      Set.of(
          "thousand",
          "thousands",
          "hundred",
          "hundreds",
          "dozen",
          "dozens",
          "group",
          "number",
          "some",
          "many",
          "member",
          "members",
          "all",
          "most",
          "scores",
          "band",
          "delegation");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  /** Verbs whose complement did not or will not happen: "refused to deploy", "denied shelling". */
  private static final Set<String> DENIALS = Set.of("deny", "refuse", "decline", "fail");

  /** Verbs reporting speech, whose "must" complement is a demand of the speaker. */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "say",
          "announce",
          "state",
          "tell",
          "insist",
          "conclude",
          "declare",
          "add",
          "stress",
          "warn",
          "argue",
          "write");

  /** Auxiliaries of obligation: "Sudan must return the helicopter". */
  private static final Set<String> OBLIGATION_AUX = Set.of("must", "should");

  /** CAMEO's "express intent to" code for the root of an intended act (CAMEO codebook, 03). */
  private static final Map<String, String> INTENT_OF_ROOT =
      Map.of("04", "036", "05", "032", "06", "031", "07", "033", "08", "035");

  /** CAMEO's "threaten" code for the root of an intended act of conflict (CAMEO codebook, 13). */
  private static final Map<String, String> THREAT_OF_ROOT =
      Map.of(
          "14", "133", "15", "138", "16", "131", "17", "137", "18", "138", "19", "138", "20",
          "1385");

  /** CAMEO 010: every "said" would be an event; quotations record statements instead. */
  private static final String GENERIC_STATEMENT = "010";

  private static final Set<String> HYPOTHETICAL_AUX =
      Set.of("should", "could", "would", "might", "may", "must", "can");
  private static final Set<String> INTENT_VERBS =
      Set.of(
          "want",
          "intend",
          "plan",
          "hope",
          "seek",
          "aim",
          "expect",
          "try",
          "vow",
          "pledge",
          "promise",
          "prepare",
          "threaten",
          "wish",
          "propose",
          "offer",
          "agree",
          "willing",
          "ready",
          "prepared",
          "committed",
          "determined",
          "swear");

  /** Verbs whose object noun carries the event: "held talks with", "launched strikes on". */
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "hold",
          "have",
          "conduct",
          "launch",
          "carry",
          "stage",
          "make",
          "begin",
          "start",
          "resume",
          "pay",
          "mount",
          "open",
          "wrap",
          "end",
          "continue",
          "impose",
          "announce",
          "lodge",
          "file",
          "complete",
          "reiterate",
          "renew",
          "issue",
          "organize",
          "organise",
          "declare",
          "join",
          "step",
          "intensify",
          "escalate");

  /**
   * Nouns that carry an event named by their compound modifier: "a mediation effort between", "a
   * bombing campaign against", "a rescue operation".
   */
  private static final Set<String> CARRIER_NOUNS =
      Set.of("effort", "campaign", "operation", "drive", "bid", "mission", "initiative", "process");

  /**
   * Documents whose participial modifier states their content, said by whoever issued them: "issued
   * a declaration demanding that ...".
   */
  private static final Set<String> STATEMENT_NOUNS =
      Set.of(
          "statement",
          "declaration",
          "resolution",
          "letter",
          "communique",
          "communiqué",
          "message",
          "note",
          "memorandum",
          "motion",
          "petition");

  /**
   * Obliques and modifiers that give circumstances, not participants: "agreed to X despite Israel's
   * wish", "after talks with Y".
   */
  private static final Set<String> BACKGROUND =
      Set.of(
          "obl:despite",
          "nmod:despite",
          "obl:because_of",
          "obl:after",
          "obl:before",
          "obl:since",
          "obl:until",
          "obl:amid",
          "obl:following",
          "obl:unlike",
          "obl:like");

  /** CAMEO roots of violence: unconventional, conventional and mass violence. */
  private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

  /** Phrases of a noun's "of" complement that name the event's target. */
  private static final Set<String> NESTED_TARGETS =
      Set.of("nmod:with", "nmod:to", "nmod:against", "nmod:between", "nmod:on");

  /** Obliques that place a verb inside an event: "told X during phone talks". */
  private static final Set<String> SETTING_RELATIONS =
      Set.of(
          "obl:during", "obl:in", "obl:at", "obl:after", "obl:before", "obl:on", "obl:following");

  /**
   * Verbs of coming and going whose "for" or "to" phrase is the event attended: "return for talks".
   */
  private static final Set<String> MOTION_VERBS =
      Set.of(
          "arrive",
          "return",
          "travel",
          "go",
          "come",
          "fly",
          "head",
          "leave",
          "gather",
          "convene",
          "assemble");

  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("ccomp", "advcl", "acl", "xcomp", "parataxis", "conj", "csubj");

  private final EventLexicon lexicon;
  private final CameoCodebook codebook;

  public EventCoder(EventLexicon lexicon, CameoCodebook codebook) {
    this.lexicon = lexicon;
    this.codebook = codebook;
  }

  /** A coded event before ids are assigned. */
  private record Draft(
      CameoCode code,
      Optional<CameoCode> reverse,
      List<ActorTable.Draft> sources,
      List<ActorTable.Draft> targets,
      boolean reciprocal,
      int sentence,
      int clauseVerb,
      Span trigger,
      boolean negated,
      Modality modality,
      String rule,
      Optional<String> plover) {
    Draft(
        CameoCode code,
        Optional<CameoCode> reverse,
        List<ActorTable.Draft> sources,
        List<ActorTable.Draft> targets,
        boolean reciprocal,
        int sentence,
        int clauseVerb,
        Span trigger,
        boolean negated,
        Modality modality,
        String rule) {
      this(
          code,
          reverse,
          sources,
          targets,
          reciprocal,
          sentence,
          clauseVerb,
          trigger,
          negated,
          modality,
          rule,
          Optional.empty());
    }
  }

  /** All events of the article, one per dyad, with ids {@code e1, e2, ...}. */
  public List<Event> code(ParsedArticle p, ActorTable actors, List<TimeExpression> times) {
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      for (Token t : s.tokens()) {
        if (t.isVerb() || taggedAsNounButVerbal(s, t)) {
          Optional<Draft> rally = rallyOf(s, t, actors);
          if (rally.isPresent()) {
            drafts.add(rally.get());
          } else {
            codeVerb(s, t, actors).map(d -> asStatedIntent(s, d)).ifPresent(drafts::add);
          }
          demandOf(s, t, actors).ifPresent(drafts::add);
        } else if (t.isNoun()) {
          codeNoun(s, t, actors).ifPresent(drafts::add);
        }
      }
    }
    Map<String, Event> events = new LinkedHashMap<>();
    // Within a sentence the main clause's events come first (the sentence's main event).
    drafts.removeAll(subsumed(p, drafts));
    // Within a clause a residual code ("use conventional military force") comes after a specific
    // one ("wounded two soldiers in a bomb attack": a bombing); CAMEO codes residuals only when
    // nothing more specific can be said.
    drafts.sort(
        java.util.Comparator.comparingInt((Draft d) -> d.sentence)
            .thenComparingInt(d -> depth(p.sentences().get(d.sentence), d.clauseVerb))
            .thenComparingInt(d -> d.clauseVerb)
            .thenComparingInt(d -> residual(d.code) ? 1 : 0)
            .thenComparingInt(d -> d.trigger.start()));
    for (Draft d : drafts) {
      for (Event e : expand(p, d, times)) {
        String key =
            e.cameo().code()
                + "|"
                + e.source()
                + "|"
                + e.target()
                + "|"
                + d.sentence
                + "|"
                + e.negated();
        events.putIfAbsent(key, e);
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events.values()) {
      out.add(
          new Event(
              "e" + (out.size() + 1),
              e.cameo(),
              e.plover(),
              e.source(),
              e.target(),
              e.date(),
              e.dateSource(),
              e.placeId(),
              e.negated(),
              e.modality(),
              e.trigger(),
              e.evidence()));
    }
    return out;
  }

  /**
   * "they would blockade Paris", with "blockade" tagged as a noun: a lexicon verb that has a
   * subject and an auxiliary is a verb whatever its tag.
   */
  private boolean taggedAsNounButVerbal(Sentence s, Token t) {
    if (t.isVerb() || lexicon.verb(lower(t.lemma())).isEmpty()) {
      return false;
    }
    boolean aux = false;
    boolean subject = false;
    for (Dependency d : s.childrenOf(t.index())) {
      aux |= d.relation().equals("aux");
      subject |= d.relation().equals("nsubj");
    }
    return aux && subject;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /**
   * The lexicon's patterns for verb {@code v}: those of the verb with its particle ("beat up",
   * "step down") if the lexicon has any, else of the bare lemma; patterns whose object the clause
   * has come first, patterns for any object after, patterns for another object not at all.
   */
  private List<EventLexicon.VerbPattern> verbPatterns(Sentence s, Token v) {
    String lemma = lower(v.lemma());
    for (int prt : s.children(v.index(), "compound:prt")) {
      List<EventLexicon.VerbPattern> withParticle =
          applicable(s, v, lexicon.verb(lemma + " " + lower(s.token(prt).word())));
      if (!withParticle.isEmpty()) {
        return withParticle;
      }
    }
    return applicable(s, v, lexicon.verb(lemma));
  }

  private static List<EventLexicon.VerbPattern> applicable(
      Sentence s, Token v, List<EventLexicon.VerbPattern> patterns) {
    Set<String> objects = objectLemmas(s, v.index());
    List<EventLexicon.VerbPattern> out = new ArrayList<>();
    for (EventLexicon.VerbPattern p : patterns) {
      if (p.constrained() && objects.contains(p.object())) {
        out.add(p);
      }
    }
    for (EventLexicon.VerbPattern p : patterns) {
      if (!p.constrained()) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The verb's direct objects, including one the parser hung under a bare time word ("lifted Friday
   * a day-old blockade", "rejected Thursday a UN appeal": the noun as {@code dep} of the {@code
   * obl:tmod}).
   */
  private static List<Integer> objects(Sentence s, int v) {
    List<Integer> out = new ArrayList<>(relationChildren(s, v, "obj"));
    if (out.isEmpty()) {
      for (int t : relationChildren(s, v, "obl:tmod")) {
        for (int d : relationChildren(s, t, "dep")) {
          if (s.token(d).isNoun()) {
            out.add(d);
          }
        }
      }
    }
    return out;
  }

  /** The verb whose object noun {@code n} is, if it is one (see {@link #objects}). */
  private static Optional<Integer> objectOf(Sentence s, int n) {
    Optional<Dependency> h = s.headOf(n);
    if (h.isEmpty() || h.get().governor() < 0) {
      return Optional.empty();
    }
    int g = h.get().governor();
    if (h.get().relation().equals("obj") && s.token(g).isVerb()) {
      return Optional.of(g);
    }
    Optional<Dependency> up = s.headOf(g);
    if (h.get().relation().equals("dep")
        && up.isPresent()
        && up.get().governor() >= 0
        && up.get().relation().equals("obl:tmod")
        && s.token(up.get().governor()).isVerb()
        && objects(s, up.get().governor()).contains(n)) {
      return Optional.of(up.get().governor());
    }
    return Optional.empty();
  }

  /** Lemmas of the verb's object (or passive subject) and of its compound modifiers. */
  private static Set<String> objectLemmas(Sentence s, int v) {
    Set<String> out = new HashSet<>();
    List<Integer> heads = new ArrayList<>(objects(s, v));
    heads.addAll(relationChildren(s, v, "nsubj:pass"));
    for (int o : heads) {
      out.add(lower(s.token(o).lemma()));
      for (int c : s.children(o, "compound")) {
        out.add(lower(s.token(c).lemma()));
      }
      for (int c : relationChildren(s, o, "nmod:of")) {
        out.add(lower(s.token(c).lemma())); // "lifted the state of emergency"
      }
    }
    return out;
  }

  /** Whether the verb has a pattern for its own object: "ended mediation efforts". */
  private boolean hasObjectPattern(Sentence s, Token v) {
    return verbPatterns(s, v).stream().anyMatch(EventLexicon.VerbPattern::constrained);
  }

  /** Verbs of appeal whose complement says what others are urged to do. */
  private static final Set<String> APPEAL_VERBS =
      Set.of("urge", "call", "ask", "appeal", "exhort", "encourage", "press");

  /**
   * "urged the EC to support the PLO", "called on Arabs to mobilize against Sharon": an appeal to
   * others to back or to oppose a third party is, in CAMEO, rallying support (053) or opposition
   * (113) by the one appealing, aimed at the third party. The complement's own code decides which.
   */
  private Optional<Draft> rallyOf(Sentence s, Token v, ActorTable actors) {
    if (!APPEAL_VERBS.contains(lower(v.lemma()))) {
      return Optional.empty();
    }
    List<Integer> complements = new ArrayList<>();
    for (Dependency d : s.childrenOf(v.index())) {
      if (d.baseRelation().equals("xcomp") || d.relation().equals("advcl:to")) {
        complements.add(d.dependent());
      }
    }
    String code = null;
    int complement = -1;
    for (int c : complements) {
      Token ct = s.token(c);
      if (!ct.isVerb()) {
        continue;
      }
      List<EventLexicon.VerbPattern> patterns = verbPatterns(s, ct);
      Optional<CameoCode> own =
          patterns.isEmpty()
              ? lexicon.petrarch().flatMap(dict -> petrarchMatch(s, ct, dict)).map(m -> m.code())
              : Optional.of(patterns.get(0).code());
      if (own.isEmpty()) {
        continue;
      }
      String root = own.get().root();
      if (root.equals("05")) {
        code = code == null ? "053" : code;
        complement = complement < 0 ? c : complement;
      } else if (Integer.parseInt(root) >= 11 && Integer.parseInt(root) <= 20) {
        code = "113";
        complement = c;
      }
    }
    if (code == null) {
      return Optional.empty();
    }
    List<ActorTable.Draft> sources = actorsOf(s, relationChildren(s, v.index(), "nsubj"), actors);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    List<ActorTable.Draft> appealed = new ArrayList<>(actorsOf(s, objects(s, v.index()), actors));
    appealed.addAll(actorsOf(s, relationChildren(s, complement, "nsubj"), actors));
    List<ActorTable.Draft> excluded = new ArrayList<>(sources);
    excluded.addAll(appealed);
    List<ActorTable.Draft> targets = deepTarget(s, complement, excluded, actors);
    return Optional.of(
        new Draft(
            codebook.require(code),
            Optional.empty(),
            sources,
            targets,
            false,
            s.index(),
            v.index(),
            v.span(),
            negated(s, v.index()),
            modality(s, v.index()),
            "event.rally." + lower(v.lemma())));
  }

  /** A CAMEO residual code ("190", "030"): a three-digit code ending in 0. */
  private static boolean residual(CameoCode code) {
    return code.code().length() == 3 && code.code().endsWith("0");
  }

  /** Generic codes of verbs that announce another act: "vowed", "threatened", "offered". */
  private static final Set<String> ANNOUNCING_CODES = Set.of("030", "130", "120");

  /**
   * "vowed to fight", "offered to negotiate", "threatened to ban": when the complement of the verb
   * is coded as the stated intention (or refusal) of the subject, the verb's own generic code says
   * less than the complement's and is dropped.
   */
  private static List<Draft> subsumed(ParsedArticle p, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (!ANNOUNCING_CODES.contains(d.code.code())) {
        continue;
      }
      Sentence s = p.sentences().get(d.sentence);
      for (Draft e : drafts) {
        // "threatened to institute a curfew" stays a threat unless the curfew is one too
        boolean sameKind = d.code.code().equals("030") || e.code.root().equals(d.code.root());
        if (e != d
            && sameKind
            && e.sentence == d.sentence
            && (e.rule.endsWith(".intent") || e.rule.endsWith(".refused"))
            && s.headOf(e.clauseVerb)
                .filter(h -> h.governor() == d.clauseVerb && h.baseRelation().equals("xcomp"))
                .isPresent()) {
          out.add(d);
          break;
        }
      }
    }
    return out;
  }

  private Optional<Draft> codeVerb(Sentence s, Token v, ActorTable actors) {
    List<EventLexicon.VerbPattern> patterns = verbPatterns(s, v);
    Optional<PetrarchVerbDictionary.Match> petrarch = Optional.empty();
    if (patterns.isEmpty()
        && lexicon.petrarch().isPresent()
        && !NOT_EVENTS.contains(v.lemma().toLowerCase(Locale.ROOT))
        && !carriesEventNoun(s, v)) {
      petrarch =
          petrarchMatch(s, v, lexicon.petrarch().get())
              .filter(m -> !m.code().code().equals(GENERIC_STATEMENT));
    }
    if (patterns.isEmpty() && petrarch.isEmpty()) {
      return Optional.empty();
    }
    boolean passive = false;
    List<Integer> subjects = new ArrayList<>();
    List<Integer> agents = new ArrayList<>();
    for (Dependency d : s.childrenOf(v.index())) {
      switch (d.relation()) {
        case "nsubj", "nsubj:xsubj" -> subjects.add(d.dependent());
        case "nsubj:pass" -> {
          subjects.add(d.dependent());
          passive = true;
        }
        case "obl:agent", "obl:by" -> agents.add(d.dependent());
        default -> {}
      }
    }
    if (subjects.isEmpty() && agents.isEmpty()) {
      subjects.addAll(inheritedSubjects(s, v.index()));
    }
    if (subjects.isEmpty() && agents.isEmpty()) {
      subjects.addAll(controllerOf(s, v));
    }
    List<ActorTable.Draft> sources;
    List<ActorTable.Draft> objectActors = List.of();
    if (passive) {
      sources = actorsOf(s, agents, actors);
      objectActors = actorsOf(s, subjects, actors);
    } else {
      sources = actorsOf(s, subjects, actors);
      if (sources.isEmpty() && !subjects.isEmpty() && allPronouns(s, subjects)) {
        sources = reportedSpeaker(s, v.index(), actors);
      }
    }
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    if (petrarch.isPresent()) {
      List<ActorTable.Draft> targets = objectActors;
      if (!passive) {
        targets = List.of();
        PetrarchVerbDictionary.Match m = petrarch.get();
        for (String rel : List.of("obj", "iobj", "obl")) {
          List<Integer> dependents = s.children(v.index(), rel);
          dependents.removeIf(
              t -> s.headOf(t).map(d -> d.relation().endsWith("according_to")).orElse(false));
          // "* EID AT ^ WITH +": the pattern names the target's preposition and skips others
          dependents.removeIf(
              t ->
                  s.headOf(t)
                      .map(d -> d.relation().split(":", 2))
                      .map(
                          r ->
                              r.length == 2
                                  && (m.skippedPrepositions().contains(r[1])
                                      || m.targetPreposition().isPresent()
                                          && !m.targetPreposition().get().equals(r[1])))
                      .orElse(false));
          targets = actorsOf(s, dependents, actors);
          if (!targets.isEmpty()) {
            break;
          }
        }
        if (targets.isEmpty()) {
          targets = deepTarget(s, v.index(), sources, actors);
        }
      }
      if (targets.isEmpty()) {
        targets = conditionTarget(s, v.index(), sources, actors);
      }
      return Optional.of(
          new Draft(
              petrarch.get().code(),
              petrarch.get().reverse(),
              sources,
              without(targets, sources),
              petrarch.get().compoundSource(),
              s.index(),
              v.index(),
              v.span(),
              // "didn't clash" has its own code when a pattern names the negation
              negated(s, v.index()) && !petrarch.get().negationInPattern(),
              modality(s, v.index()),
              petrarch.get().rule()));
    }
    for (EventLexicon.VerbPattern pattern : patterns) {
      List<ActorTable.Draft> targets = objectActors;
      List<Integer> objs = List.of();
      if (!passive) {
        objs =
            pattern.prep().equals("-")
                ? objects(s, v.index())
                : relationChildren(s, v.index(), "obl:" + pattern.prep());
        if (pattern.prep().equals("-")) {
          objs.addAll(s.children(v.index(), "iobj"));
        }
        targets = actorsOf(s, objs, actors);
      }
      // a pattern for this object is the verb's meaning, target or not
      boolean lastPattern = pattern == patterns.get(patterns.size() - 1) || pattern.constrained();
      // A mutual act of several doers runs between them. A meeting's partner is in its own
      // phrase ("negotiate with the president of Armenia"), never its topic ("discuss sanctions
      // on Russia"); other acts of one doer are aimed at the nearest actor below the verb.
      boolean mutual = pattern.reciprocal() && sources.size() >= 2;
      boolean meeting = pattern.reciprocal() && pattern.code().root().equals("04");
      if (targets.isEmpty() && lastPattern && !passive && !mutual && meeting) {
        for (int o : objs) {
          targets = targets.isEmpty() ? deepTarget(s, o, sources, actors) : targets;
        }
      } else if (targets.isEmpty() && lastPattern && !passive && !mutual) {
        targets = deepTarget(s, v.index(), sources, actors);
      }
      if (targets.isEmpty() && lastPattern && !mutual && !meeting) {
        targets = conditionTarget(s, v.index(), sources, actors);
      }
      if (!targets.isEmpty() || lastPattern) {
        return Optional.of(
            new Draft(
                pattern.code(),
                Optional.empty(),
                sources,
                without(targets, sources),
                pattern.reciprocal(),
                s.index(),
                v.index(),
                v.span(),
                negated(s, v.index()),
                modality(s, v.index()),
                "event.verb."
                    + pattern.lemma().replace(' ', '_')
                    + (pattern.prep().equals("-") ? "" : "+" + pattern.prep())
                    + (pattern.constrained() ? "+" + pattern.object() : ""),
                pattern.plover()));
      }
    }
    return Optional.empty();
  }

  private Optional<Draft> codeNoun(Sentence s, Token n, ActorTable actors) {
    List<EventLexicon.NounPattern> patterns = lexicon.noun(lower(n.lemma()));
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    Set<String> modifiers = new HashSet<>();
    int firstTok = n.index();
    for (Dependency d : s.childrenOf(n.index())) {
      if (d.baseRelation().equals("compound") || d.baseRelation().equals("amod")) {
        modifiers.add(lower(s.token(d.dependent()).lemma()));
        firstTok = Math.min(firstTok, d.dependent());
      }
    }
    EventLexicon.NounPattern pattern = null;
    for (EventLexicon.NounPattern np : patterns) {
      if (modifiers.contains(np.modifier()) || np.modifier().equals("-") && pattern == null) {
        if (pattern == null || !np.modifier().equals("-")) {
          pattern = np;
        }
      }
    }
    if (pattern == null) {
      return Optional.empty();
    }
    // "a mediation effort between X and Y": the phrase of the carrier noun is the event's.
    int node = n.index();
    Optional<Dependency> up = s.headOf(n.index());
    if (up.isPresent()
        && up.get().governor() >= 0
        && up.get().baseRelation().equals("compound")
        && CARRIER_NOUNS.contains(lower(s.token(up.get().governor()).lemma()))) {
      node = up.get().governor();
    }
    List<Integer> own = new ArrayList<>();
    List<Integer> ownTargets = new ArrayList<>();
    List<Integer> adjectives = new ArrayList<>();
    List<Integer> compounds = new ArrayList<>();
    for (int owner : node == n.index() ? List.of(node) : List.of(n.index(), node)) {
      for (Dependency d : s.childrenOf(owner)) {
        String r = d.relation();
        if (r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent")) {
          own.add(d.dependent());
        } else if (r.equals("nmod:on")
            || r.equals("nmod:against")
            || r.equals("nmod:with")
            || r.equals("nmod:of")
            || r.equals("nmod:to")
            || r.equals("nmod:at")
            || r.equals("nmod:between")
            || r.equals("nmod:into")) {
          ownTargets.add(d.dependent());
        } else if (r.equals("amod")) {
          adjectives.add(d.dependent());
        } else if (r.equals("compound") && d.dependent() != n.index()) {
          compounds.add(d.dependent());
        }
      }
    }
    List<ActorTable.Draft> sources = actorsOf(s, own, actors);
    List<ActorTable.Draft> targets = actorsOf(s, ownTargets, actors);
    int clause = n.index();
    Optional<Dependency> head = s.headOf(node);
    Optional<Integer> objectOf = objectOf(s, node);
    if (objectOf.isPresent()) {
      head = Optional.of(new Dependency(objectOf.get(), node, "obj"));
    }
    if (head.isPresent() && head.get().governor() >= 0 && s.token(head.get().governor()).isVerb()) {
      int verb = head.get().governor();
      String rel = head.get().baseRelation();
      boolean passive = !relationChildren(s, verb, "nsubj:pass").isEmpty();
      boolean light = rel.equals("obj") && LIGHT_VERBS.contains(lower(s.token(verb).lemma()));
      boolean setting =
          rel.equals("obl")
              && (SETTING_RELATIONS.contains(head.get().relation())
                  || MOTION_VERBS.contains(lower(s.token(verb).lemma()))
                      && (head.get().relation().equals("obl:for")
                          || head.get().relation().equals("obl:to")));
      if (light && hasObjectPattern(s, s.token(verb))) {
        return Optional.empty(); // "ended mediation efforts" is the verb's event, not a mediation
      }
      if (light || setting) {
        clause = verb;
        if (sources.isEmpty() && passive) {
          // "three civilians were killed in a suicide bombing": the victims are the targets
          sources = actorsOf(s, subjectOrAgent(s, verb), actors);
          if (targets.isEmpty()) {
            targets = actorsOf(s, relationChildren(s, verb, "nsubj:pass"), actors);
          }
        } else if (sources.isEmpty()) {
          sources = actorsOf(s, relationChildren(s, verb, "nsubj"), actors);
          if (targets.isEmpty()) {
            List<Integer> objs = objects(s, verb);
            objs.remove(Integer.valueOf(node));
            objs.addAll(relationChildren(s, verb, "obl:with"));
            targets = actorsOf(s, objs, actors);
          }
        }
      } else if (rel.equals("nsubj") && targets.isEmpty()) {
        // "US drone attacks have killed eight militants": the attack's victims are the verb's
        targets = actorsOf(s, objects(s, verb), actors);
      }
    }
    if (targets.isEmpty()) {
      // "a suspension of air links with Serbia": the target of what the noun acts on
      for (int of : relationChildren(s, node, "nmod:of")) {
        for (Dependency d : s.childrenOf(of)) {
          if (NESTED_TARGETS.contains(d.relation())) {
            targets = actorsOf(s, List.of(d.dependent()), actors);
          }
        }
      }
    }
    if (sources.isEmpty()) {
      // "Palestinian riots against ...", "US Predator attacks have killed ...": a nationality
      // adjective is the doer (the actor table marks the noun it modifies); a name compounded
      // to the noun only when another actor is the target ("Gaza strikes" names the place).
      sources = new ArrayList<>(actorsOf(s, adjectives, actors));
      if (sources.isEmpty()) {
        sources = actors.at(s.index(), n.index());
      }
      if (sources.isEmpty() && !targets.isEmpty()) {
        sources = actorsOf(s, compounds, actors);
      }
    }
    if (sources.isEmpty()
        && !(VIOLENT_ROOTS.contains(pattern.code().root()) && !targets.isEmpty())) {
      // an attack whose victims are named but not its perpetrator is still an attack on them
      return Optional.empty();
    }
    boolean negated = negated(s, n.index()) || clause != n.index() && negated(s, clause);
    return Optional.of(
        new Draft(
            pattern.code(),
            Optional.empty(),
            sources,
            without(targets, sources),
            pattern.reciprocal(),
            s.index(),
            clause,
            s.spanOf(firstTok, n.index()),
            negated,
            genericStatement(s, n.index()) ? Modality.HYPOTHETICAL : modality(s, clause),
            "event.noun."
                + pattern.noun()
                + (pattern.modifier().equals("-") ? "" : "+" + pattern.modifier()),
            pattern.plover()));
  }

  /**
   * An act announced for the future is, in CAMEO, a statement of intent coded when it is made:
   * "Finland will give Tanzania a grant" is an intent to give aid (033), "said they would blockade
   * Paris" a threat (138), "will not accept refugees" a rejection (120). Other intended acts, and
   * acts under a condition, keep their code and their modality flag.
   */
  private Draft asStatedIntent(Sentence s, Draft d) {
    if (d.modality != Modality.INTENDED || !lexicon.statedIntents() || forecast(s, d.clauseVerb)) {
      return d;
    }
    String root = d.code.root();
    String code;
    if (d.negated) {
      code = Integer.parseInt(root) <= 8 ? "120" : null;
    } else {
      code = INTENT_OF_ROOT.getOrDefault(root, THREAT_OF_ROOT.get(root));
    }
    if (code == null) {
      return d;
    }
    return new Draft(
        codebook.require(code),
        Optional.empty(),
        d.sources,
        d.targets,
        d.reciprocal && !d.negated,
        d.sentence,
        d.clauseVerb,
        d.trigger,
        false,
        Modality.ASSERTED,
        d.rule + (d.negated ? ".refused" : ".intent"));
  }

  /** "The EU is expected to discuss": others' expectation, not the actor's stated intent. */
  private static boolean forecast(Sentence s, int verb) {
    return s.headOf(verb)
        .filter(h -> h.governor() >= 0 && h.baseRelation().equals("xcomp"))
        .map(h -> s.token(h.governor()).lemma().toLowerCase(Locale.ROOT).equals("expect"))
        .orElse(false);
  }

  /**
   * "Russia said Sudan must return the helicopter": an obligation in reported speech is a demand
   * (CAMEO 100) from the speaker to the subject of the obligation, coded at the speech verb.
   */
  private Optional<Draft> demandOf(Sentence s, Token v, ActorTable actors) {
    Optional<Integer> must = Optional.empty();
    for (Dependency d : s.childrenOf(v.index())) {
      if (d.baseRelation().equals("aux")
          && OBLIGATION_AUX.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        must = Optional.of(d.dependent());
      }
    }
    Optional<Dependency> head = s.headOf(v.index());
    if (must.isEmpty()
        || head.isEmpty()
        || head.get().governor() < 0
        || !head.get().baseRelation().equals("ccomp")) {
      return Optional.empty();
    }
    int speech = head.get().governor();
    if (!SPEECH_VERBS.contains(s.token(speech).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<ActorTable.Draft> speakers = actorsOf(s, s.children(speech, "nsubj"), actors);
    List<ActorTable.Draft> obliged =
        without(actorsOf(s, s.children(v.index(), "nsubj"), actors), speakers);
    if (speakers.isEmpty() || obliged.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Draft(
            codebook.require("100"),
            Optional.empty(),
            speakers,
            obliged,
            false,
            s.index(),
            speech,
            s.token(must.get()).span(),
            negated(s, speech),
            modality(s, speech),
            "event.demand." + s.token(must.get()).word().toLowerCase(Locale.ROOT)));
  }

  private static boolean allPronouns(Sentence s, List<Integer> tokens) {
    return tokens.stream().allMatch(t -> s.token(t).pos().equals("PRP"));
  }

  /**
   * "Syria says it will not accept refugees": a pronoun subject of a reported clause (or of a
   * complement inside it) that coreference left unresolved is the speaker.
   */
  private static List<ActorTable.Draft> reportedSpeaker(Sentence s, int v, ActorTable actors) {
    int j = v;
    for (int hops = 0; hops < 3; hops++) {
      Optional<Dependency> head = s.headOf(j);
      if (head.isEmpty() || head.get().governor() < 0) {
        return List.of();
      }
      String r = head.get().baseRelation();
      j = head.get().governor();
      if (r.equals("ccomp")) {
        return SPEECH_VERBS.contains(s.token(j).lemma().toLowerCase(Locale.ROOT))
            ? actorsOf(s, s.children(j, "nsubj"), actors)
            : List.of();
      }
      if (!r.equals("xcomp")) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * "threatened to stop negotiations if the United States goes ahead": an act made conditional on
   * what another party does is aimed at that party, the subject of the "if" or "unless" clause on
   * the verb or on the chain of complements it belongs to.
   */
  private static List<ActorTable.Draft> conditionTarget(
      Sentence s, int v, List<ActorTable.Draft> sources, ActorTable actors) {
    Set<Integer> chain = new LinkedHashSet<>();
    int top = v;
    for (int hops = 0; hops < 3; hops++) {
      Optional<Dependency> h = s.headOf(top);
      if (h.isEmpty() || h.get().governor() < 0 || !h.get().baseRelation().equals("xcomp")) {
        break;
      }
      top = h.get().governor();
    }
    List<Integer> frontier = new ArrayList<>(List.of(top));
    while (!frontier.isEmpty() && chain.size() < 6) {
      int node = frontier.remove(0);
      if (chain.add(node)) {
        frontier.addAll(s.children(node, "xcomp"));
      }
    }
    for (int node : chain) {
      for (Dependency d : s.childrenOf(node)) {
        if (!d.baseRelation().equals("advcl")) {
          continue;
        }
        boolean condition =
            s.children(d.dependent(), "mark").stream()
                .map(m -> lower(s.token(m).word()))
                .anyMatch(w -> w.equals("if") || w.equals("unless"));
        if (condition) {
          List<ActorTable.Draft> found =
              without(actorsOf(s, relationChildren(s, d.dependent(), "nsubj"), actors), sources);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * A participle modifying a noun ("the curfew imposed in Sudan", "crimes committed by Croat
   * forces"): part of the noun's description, so it may name the target.
   */
  private static boolean participle(Sentence s, Dependency d) {
    String pos = s.token(d.dependent()).pos();
    return d.relation().equals("acl") && (pos.equals("VBN") || pos.equals("VBG"));
  }

  /**
   * The nearest actor below the verb when no object names one: "demanded that Israel withdraw",
   * "offered to hand over to Great Britain", "rejected a proposal by Serbia". Breadth first over
   * the verb's dependents after it, skipping its subject and adverbial clauses, at most four levels
   * deep.
   */
  private static List<ActorTable.Draft> deepTarget(
      Sentence s, int v, List<ActorTable.Draft> sources, ActorTable actors) {
    List<Integer> frontier = new ArrayList<>(List.of(v));
    Set<Integer> seen = new HashSet<>(frontier);
    for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        for (Dependency d : s.childrenOf(node)) {
          String r = d.baseRelation();
          if (node == v && (r.startsWith("nsubj") || r.equals("conj"))
              || OTHER_CLAUSES.contains(r) && !r.equals("ccomp") && !participle(s, d)
              || d.relation().equals("acl:relcl")
              || d.relation().endsWith("according_to")
              || BACKGROUND.contains(d.relation())) {
            continue;
          }
          if (d.dependent() < v || !seen.add(d.dependent())) {
            continue;
          }
          next.add(d.dependent());
        }
      }
      for (int node : next) {
        List<ActorTable.Draft> found = without(actorsOf(s, List.of(node), actors), sources);
        if (!found.isEmpty()) {
          return found;
        }
      }
      frontier = next;
    }
    return List.of();
  }

  /**
   * The verb's own phrase for pattern matching: dependents up to three levels down, not entering
   * other clauses (coordinated, adverbial, relative or reported ones).
   */
  private static void collectLocal(Sentence s, int node, int depth, Set<Integer> out) {
    if (depth > 3) {
      return;
    }
    boolean time =
        s.headOf(node).map(h -> h.relation().equals("obl:tmod")).orElse(false) && depth == 1;
    for (Dependency d : s.childrenOf(node)) {
      String r = d.baseRelation();
      boolean misplacedObject = time && r.equals("dep"); // "lifted Friday a blockade"
      if (!misplacedObject && (OTHER_CLAUSES.contains(r) || d.relation().equals("acl:relcl"))) {
        continue;
      }
      if (out.add(d.dependent())) {
        collectLocal(s, d.dependent(), depth + 1, out);
      }
    }
  }

  /** "held talks with": the object is an event noun, which codes the event itself. */
  private boolean carriesEventNoun(Sentence s, Token v) {
    for (int o : objects(s, v.index())) {
      if (!lexicon.noun(s.token(o).lemma().toLowerCase(Locale.ROOT)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dictionary's code for verb {@code v}: words before it in the sentence, and after it the
   * words of its own clause (coordinated and adverbial clauses belong to other verbs).
   */
  private static Optional<PetrarchVerbDictionary.Match> petrarchMatch(
      Sentence s, Token v, PetrarchVerbDictionary dictionary) {
    Set<Integer> clause = new java.util.TreeSet<>();
    collectLocal(s, v.index(), 0, clause);
    for (int i = 0; i < v.index(); i++) {
      clause.add(i);
    }
    List<PetrarchVerbDictionary.Word> words = new ArrayList<>();
    for (int i : clause) {
      if (i == v.index()) {
        continue;
      }
      Token t = s.token(i);
      words.add(
          new PetrarchVerbDictionary.Word(
              i,
              new HashSet<>(
                  List.of(t.word().toUpperCase(Locale.ROOT), t.lemma().toUpperCase(Locale.ROOT)))));
    }
    return dictionary.match(v.lemma(), words, v.index());
  }

  /** "denied X and accused Y": a coordinated verb without a subject shares its head's. */
  private static List<Integer> inheritedSubjects(Sentence s, int v) {
    int j = v;
    for (int hops = 0; hops < 3; hops++) {
      Optional<Dependency> head = s.headOf(j);
      if (head.isEmpty() || head.get().governor() < 0) {
        break;
      }
      String r = head.get().baseRelation();
      if (!r.equals("conj") && !r.equals("dep")) {
        break;
      }
      j = head.get().governor();
      List<Integer> subj = s.children(j, "nsubj");
      if (!subj.isEmpty()) {
        return subj;
      }
    }
    return List.of();
  }

  /**
   * The understood subject of a participle clause without one: "demonstrated ... calling for
   * independence" is done by the subject of the clause it modifies (or by the agent of a passive
   * one); a participle on a document ("issued a declaration demanding that ...") by whoever issued
   * the document. Not a purpose ("give a grant to finance"), which is not yet an act, nor what
   * someone is accused of or praised for ("accused Kyiv of using the port"), whose doer is the
   * object and which the speaker does not assert.
   */
  private static List<Integer> controllerOf(Sentence s, Token v) {
    Optional<Dependency> head = s.headOf(v.index());
    if (head.isEmpty() || head.get().governor() < 0) {
      return List.of();
    }
    if (!v.pos().equals("VBG")) {
      return List.of();
    }
    int g = head.get().governor();
    String r = head.get().baseRelation();
    boolean prepositional =
        s.childrenOf(v.index()).stream()
            .anyMatch(d -> d.baseRelation().equals("mark") || d.baseRelation().equals("case"));
    if ((r.equals("advcl") || r.equals("xcomp") || r.equals("dep"))
        && !prepositional
        && s.token(g).isVerb()) {
      return subjectOrAgent(s, g);
    }
    if (r.equals("acl")
        && !head.get().relation().equals("acl:relcl")
        && STATEMENT_NOUNS.contains(lower(s.token(g).lemma()))) {
      Optional<Dependency> up = s.headOf(g);
      if (up.isPresent()
          && up.get().governor() >= 0
          && up.get().baseRelation().equals("obj")
          && s.token(up.get().governor()).isVerb()) {
        return subjectOrAgent(s, up.get().governor());
      }
    }
    return List.of();
  }

  /** The doer of verb {@code g}: the agent of a passive, else the subject. */
  private static List<Integer> subjectOrAgent(Sentence s, int g) {
    List<Integer> agents = new ArrayList<>();
    agents.addAll(relationChildren(s, g, "obl:agent"));
    agents.addAll(relationChildren(s, g, "obl:by"));
    if (!relationChildren(s, g, "nsubj:pass").isEmpty()) {
      return agents;
    }
    List<Integer> subj = relationChildren(s, g, "nsubj");
    return subj.isEmpty() ? inheritedSubjects(s, g) : subj;
  }

  private static List<Integer> relationChildren(Sentence s, int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.childrenOf(i)) {
      if (d.relation().equals(relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private static List<ActorTable.Draft> without(
      List<ActorTable.Draft> a, List<ActorTable.Draft> b) {
    return a.stream().filter(x -> !b.contains(x)).toList();
  }

  /** Actors of the given tokens and of the tokens coordinated with them. */
  private static List<ActorTable.Draft> actorsOf(
      Sentence s, List<Integer> tokens, ActorTable actors) {
    Set<ActorTable.Draft> out = new LinkedHashSet<>();
    for (int t : tokens) {
      out.addAll(actors.at(s.index(), t));
      for (int c : s.children(t, "conj")) {
        out.addAll(actors.at(s.index(), c));
      }
      if (actors.at(s.index(), t).isEmpty()) {
        // "Hezbollah guerrillas", "Iraqi youths": a head noun the actor table left bare is
        // the group its name or nationality modifier names.
        for (Dependency d : s.childrenOf(t)) {
          if (d.relation().equals("compound") || d.relation().equals("amod")) {
            out.addAll(actors.at(s.index(), d.dependent()));
          }
        }
      }
      if (out.isEmpty() && PARTITIVES.contains(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
        // "Thousands of Iraqi Kurds", "a group of Moroccan diplomats": the actor is in the "of".
        for (Dependency d : s.childrenOf(t)) {
          if (d.relation().equals("nmod:of")) {
            out.addAll(actors.at(s.index(), d.dependent()));
            for (int c : s.children(d.dependent(), "conj")) {
              out.addAll(actors.at(s.index(), c));
            }
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** Depth of token {@code i} below the sentence root: main-clause events come first. */
  private static int depth(Sentence s, int i) {
    int d = 0;
    int j = i;
    while (d <= s.tokens().size()) {
      Optional<Dependency> h = s.headOf(j);
      if (h.isEmpty() || h.get().governor() < 0) {
        return d;
      }
      j = h.get().governor();
      d++;
    }
    return d;
  }

  private static boolean negated(Sentence s, int i) {
    Optional<Dependency> head = s.headOf(i);
    if (head.isPresent()
        && head.get().governor() >= 0
        && DENIALS.contains(s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))
        && (head.get().baseRelation().equals("xcomp")
            || head.get().baseRelation().equals("ccomp")
            || head.get().baseRelation().equals("dep") && s.children(i, "cc").isEmpty())) {
      return true; // "denied targeting civilian sites"
    }
    for (Dependency d : s.childrenOf(i)) {
      String r = d.baseRelation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det"))
          && NEGATORS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An event noun that names a kind of act, not one that happened: an indefinite noun ("an attack",
   * "any strike") as the subject of a present-tense passive or copular clause ("An attack on a
   * member is treated as an attack on all", "A strike is an act of war"). Kept, flagged
   * hypothetical.
   */
  private static boolean genericStatement(Sentence s, int noun) {
    boolean indefinite =
        s.childrenOf(noun).stream()
            .anyMatch(
                d ->
                    d.baseRelation().equals("det")
                        && INDEFINITES.contains(
                            s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    Optional<Dependency> head = s.headOf(noun);
    if (!indefinite || head.isEmpty() || head.get().governor() < 0) {
      return false;
    }
    String relation = head.get().relation();
    if (!relation.equals("nsubj:pass") && !relation.equals("nsubj")) {
      return false;
    }
    int verb = head.get().governor();
    for (Dependency d : s.childrenOf(verb)) {
      String r = d.relation();
      boolean present = PRESENT_TENSE.contains(s.token(d.dependent()).pos());
      if (present && (r.equals("aux:pass") || (r.equals("cop") && relation.equals("nsubj")))) {
        return true;
      }
    }
    return false;
  }

  private static Modality modality(Sentence s, int i) {
    Optional<Dependency> up = s.headOf(i);
    boolean reported =
        up.isPresent()
            && up.get().governor() >= 0
            && up.get().baseRelation().equals("ccomp")
            && SPEECH_VERBS.contains(s.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
    for (Dependency d : s.childrenOf(i)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.baseRelation().equals("aux") && w.equals("would") && reported) {
        // "said they would boycott": the future of the past; "would meet him if ...": an offer
        return Modality.INTENDED;
      }
      if (d.baseRelation().equals("aux") && HYPOTHETICAL_AUX.contains(w)) {
        return Modality.HYPOTHETICAL;
      }
      if (d.baseRelation().equals("aux")
          && (w.equals("will") || w.equals("shall") || w.equals("'ll"))) {
        return Modality.INTENDED;
      }
      if (d.baseRelation().equals("mark") && (w.equals("if") || w.equals("unless"))) {
        return Modality.HYPOTHETICAL;
      }
    }
    Optional<Dependency> head = s.headOf(i);
    if (head.isPresent()
        && head.get().governor() >= 0
        && head.get().baseRelation().equals("xcomp")
        && INTENT_VERBS.contains(s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
      return Modality.INTENDED;
    }
    return Modality.ASSERTED;
  }

  /** One event per dyad; a reciprocal event with no target runs between its sources. */
  private List<Event> expand(ParsedArticle p, Draft d, List<TimeExpression> times) {
    List<Event> out = new ArrayList<>();
    Sentence s = p.sentences().get(d.sentence);
    Optional<LocalDate> clauseDate = clauseDate(s, d.clauseVerb, times);
    Optional<LocalDate> date = clauseDate.or(() -> p.article().date());
    DateSource dateSource =
        clauseDate.isPresent()
            ? DateSource.CLAUSE
            : date.isPresent() ? DateSource.ARTICLE : DateSource.UNKNOWN;
    Evidence evidence = new Evidence(d.sentence, s.span(), d.rule);
    List<ActorTable.Draft> targets = d.targets;
    // A symmetric paired code ("* DIPLOMATIC [064:064]") declares the act mutual: "Gondor and
    // Osgiliath have renewed diplomatic ties" runs both ways between the subjects.
    boolean symmetric = d.reverse.filter(r -> r.code().equals(d.code.code())).isPresent();
    if (targets.isEmpty() && (d.reciprocal || symmetric) && d.sources.size() >= 2) {
      for (ActorTable.Draft a : d.sources) {
        for (ActorTable.Draft b : d.sources) {
          if (a != b) {
            out.add(event(d, List.of(a), List.of(b), date, dateSource, evidence));
          }
        }
      }
      return out;
    }
    if (d.sources.isEmpty()) {
      for (ActorTable.Draft b : targets) {
        out.add(event(d, List.of(), List.of(b), date, dateSource, evidence));
      }
    }
    for (ActorTable.Draft a : d.sources) {
      if (targets.isEmpty()) {
        out.add(event(d, List.of(a), List.of(), date, dateSource, evidence));
      }
      for (ActorTable.Draft b : targets) {
        out.add(event(d, List.of(a), List.of(b), date, dateSource, evidence));
      }
    }
    // A paired code ("visit" / "receive a visit") is also coded from each target back.
    if (d.reverse.isPresent()) {
      for (ActorTable.Draft b : targets) {
        for (ActorTable.Draft a : d.sources) {
          out.add(event(d, d.reverse.get(), List.of(b), List.of(a), date, dateSource, evidence));
        }
      }
    }
    return out;
  }

  private Event event(
      Draft d,
      List<ActorTable.Draft> sources,
      List<ActorTable.Draft> targets,
      Optional<LocalDate> date,
      DateSource dateSource,
      Evidence evidence) {
    return event(d, d.code, sources, targets, date, dateSource, evidence);
  }

  private Event event(
      Draft d,
      CameoCode code,
      List<ActorTable.Draft> sources,
      List<ActorTable.Draft> targets,
      Optional<LocalDate> date,
      DateSource dateSource,
      Evidence evidence) {
    return new Event(
        "",
        code,
        d.plover
            .filter(t -> code.equals(d.code))
            .or(() -> lexicon.placement(code))
            .map(t -> new PloverType(t, "", codebook.ploverOf(code).context()))
            .orElse(codebook.ploverOf(code)),
        sources.stream().map(a -> new Participant(a.id(), a.code())).toList(),
        targets.stream().map(a -> new Participant(a.id(), a.code())).toList(),
        date,
        dateSource,
        "",
        d.negated,
        d.modality,
        d.trigger,
        evidence);
  }

  /** A one-day time expression in the clause of {@code verb}, not inside a nested clause. */
  private static Optional<LocalDate> clauseDate(Sentence s, int verb, List<TimeExpression> times) {
    List<Integer> clause = new ArrayList<>();
    collectClause(s, verb, clause);
    for (TimeExpression t : times) {
      Optional<LocalDate> day = TimeNormalizer.dayOf(t.value());
      if (day.isEmpty()) {
        continue;
      }
      for (int i : clause) {
        if (t.span().contains(s.token(i).span())) {
          return day;
        }
      }
    }
    return Optional.empty();
  }

  private static void collectClause(Sentence s, int i, List<Integer> out) {
    if (out.contains(i)) {
      return;
    }
    out.add(i);
    for (Dependency d : s.childrenOf(i)) {
      if (!CLAUSE_RELATIONS.contains(d.baseRelation())) {
        collectClause(s, d.dependent(), out);
      }
    }
  }
}
