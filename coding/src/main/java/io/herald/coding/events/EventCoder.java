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
          "see",
          "say",
          "tell");

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
          "determined");

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
          "announce");

  /** Obliques that place a verb inside an event: "told X during phone talks". */
  private static final Set<String> SETTING_RELATIONS =
      Set.of(
          "obl:during", "obl:in", "obl:at", "obl:after", "obl:before", "obl:on", "obl:following");

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
      String rule) {}

  /** All events of the article, one per dyad, with ids {@code e1, e2, ...}. */
  public List<Event> code(ParsedArticle p, ActorTable actors, List<TimeExpression> times) {
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      for (Token t : s.tokens()) {
        if (t.isVerb()) {
          codeVerb(s, t, actors).map(d -> asStatedIntent(s, d)).ifPresent(drafts::add);
          demandOf(s, t, actors).ifPresent(drafts::add);
        } else if (t.isNoun()) {
          codeNoun(s, t, actors).ifPresent(drafts::add);
        }
      }
    }
    Map<String, Event> events = new LinkedHashMap<>();
    // Within a sentence the main clause's events come first (the sentence's main event).
    drafts.sort(
        java.util.Comparator.comparingInt((Draft d) -> d.sentence)
            .thenComparingInt(d -> depth(p.sentences().get(d.sentence), d.clauseVerb))
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

  private Optional<Draft> codeVerb(Sentence s, Token v, ActorTable actors) {
    List<EventLexicon.VerbPattern> patterns = lexicon.verb(v.lemma().toLowerCase(Locale.ROOT));
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
        for (String rel : List.of("obj", "iobj", "obl")) {
          List<Integer> dependents = s.children(v.index(), rel);
          dependents.removeIf(
              t -> s.headOf(t).map(d -> d.relation().endsWith("according_to")).orElse(false));
          targets = actorsOf(s, dependents, actors);
          if (!targets.isEmpty()) {
            break;
          }
        }
        if (targets.isEmpty()) {
          targets = deepTarget(s, v.index(), sources, actors);
        }
      }
      return Optional.of(
          new Draft(
              petrarch.get().code(),
              petrarch.get().reverse(),
              sources,
              without(targets, sources),
              false,
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
      if (!passive) {
        List<Integer> objs =
            pattern.prep().equals("-")
                ? s.children(v.index(), "obj")
                : relationChildren(s, v.index(), "obl:" + pattern.prep());
        if (pattern.prep().equals("-")) {
          objs.addAll(s.children(v.index(), "iobj"));
        }
        targets = actorsOf(s, objs, actors);
      }
      boolean lastPattern = pattern == patterns.get(patterns.size() - 1);
      if (targets.isEmpty() && lastPattern && !passive && !pattern.reciprocal()) {
        targets = deepTarget(s, v.index(), sources, actors);
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
                    + pattern.lemma()
                    + (pattern.prep().equals("-") ? "" : "+" + pattern.prep())));
      }
    }
    return Optional.empty();
  }

  private Optional<Draft> codeNoun(Sentence s, Token n, ActorTable actors) {
    List<EventLexicon.NounPattern> patterns = lexicon.noun(n.lemma().toLowerCase(Locale.ROOT));
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    Set<String> modifiers = new HashSet<>();
    int firstTok = n.index();
    for (Dependency d : s.childrenOf(n.index())) {
      if (d.baseRelation().equals("compound") || d.baseRelation().equals("amod")) {
        modifiers.add(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT));
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
    List<Integer> own = new ArrayList<>();
    List<Integer> ownTargets = new ArrayList<>();
    for (Dependency d : s.childrenOf(n.index())) {
      String r = d.relation();
      if (r.equals("nmod:poss") || r.equals("nmod:by") || r.equals("nmod:agent")) {
        own.add(d.dependent());
      } else if (r.equals("nmod:on")
          || r.equals("nmod:against")
          || r.equals("nmod:with")
          || r.equals("nmod:of")
          || r.equals("nmod:to")
          || r.equals("nmod:at")) {
        ownTargets.add(d.dependent());
      }
    }
    List<ActorTable.Draft> sources = actorsOf(s, own, actors);
    List<ActorTable.Draft> targets = actorsOf(s, ownTargets, actors);
    int clause = n.index();
    Optional<Dependency> head = s.headOf(n.index());
    if (head.isPresent() && head.get().governor() >= 0 && s.token(head.get().governor()).isVerb()) {
      int verb = head.get().governor();
      String rel = head.get().baseRelation();
      boolean light =
          rel.equals("obj") && LIGHT_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT));
      boolean setting = rel.equals("obl") && SETTING_RELATIONS.contains(head.get().relation());
      if (light || setting) {
        clause = verb;
        if (sources.isEmpty()) {
          sources = actorsOf(s, s.children(verb, "nsubj"), actors);
          if (targets.isEmpty()) {
            List<Integer> objs = s.children(verb, "obj");
            objs.remove(Integer.valueOf(n.index()));
            objs.addAll(relationChildren(s, verb, "obl:with"));
            targets = actorsOf(s, objs, actors);
          }
        }
      }
    }
    if (sources.isEmpty()) {
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
            modality(s, clause),
            "event.noun."
                + pattern.noun()
                + (pattern.modifier().equals("-") ? "" : "+" + pattern.modifier())));
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
              || OTHER_CLAUSES.contains(r) && !r.equals("ccomp")
              || d.relation().equals("acl:relcl")
              || d.relation().endsWith("according_to")) {
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
    for (Dependency d : s.childrenOf(node)) {
      String r = d.baseRelation();
      if (OTHER_CLAUSES.contains(r) || d.relation().equals("acl:relcl")) {
        continue;
      }
      if (out.add(d.dependent())) {
        collectLocal(s, d.dependent(), depth + 1, out);
      }
    }
  }

  /** "held talks with": the object is an event noun, which codes the event itself. */
  private boolean carriesEventNoun(Sentence s, Token v) {
    for (int o : s.children(v.index(), "obj")) {
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

  private static Modality modality(Sentence s, int i) {
    Optional<Dependency> up = s.headOf(i);
    boolean reported =
        up.isPresent()
            && up.get().governor() >= 0
            && up.get().baseRelation().equals("ccomp")
            && SPEECH_VERBS.contains(s.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
    boolean conditional = false;
    for (Dependency d : s.childrenOf(i)) {
      if (d.baseRelation().equals("advcl")) {
        for (Dependency m : s.childrenOf(d.dependent())) {
          String w = s.token(m.dependent()).word().toLowerCase(Locale.ROOT);
          conditional |= m.baseRelation().equals("mark") && (w.equals("if") || w.equals("unless"));
        }
      }
    }
    for (Dependency d : s.childrenOf(i)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.baseRelation().equals("aux") && w.equals("would") && reported && !conditional) {
        return Modality.INTENDED; // "said they would boycott": the future of the past
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
    if (targets.isEmpty() && d.reciprocal && d.sources.size() >= 2) {
      for (ActorTable.Draft a : d.sources) {
        for (ActorTable.Draft b : d.sources) {
          if (a != b) {
            out.add(event(d, List.of(a), List.of(b), date, dateSource, evidence));
          }
        }
      }
      return out;
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
        codebook.ploverOf(code),
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
