package io.herald.coding.events;

import static io.herald.coding.events.Clauses.allPronouns;
import static io.herald.coding.events.Clauses.collectLocal;
import static io.herald.coding.events.Clauses.controllerOf;
import static io.herald.coding.events.Clauses.inheritedSubjects;
import static io.herald.coding.events.Clauses.lower;
import static io.herald.coding.events.Clauses.objectLemmas;
import static io.herald.coding.events.Clauses.objects;
import static io.herald.coding.events.Clauses.relationChildren;
import static io.herald.coding.events.Modalities.modality;
import static io.herald.coding.events.Modalities.negated;
import static io.herald.coding.events.Participants.actorsOf;
import static io.herald.coding.events.Participants.conditionTarget;
import static io.herald.coding.events.Participants.deepTarget;
import static io.herald.coding.events.Participants.laterClauseTarget;
import static io.herald.coding.events.Participants.reportedSpeaker;
import static io.herald.coding.events.Participants.targetsOf;
import static io.herald.coding.events.Participants.without;

import io.herald.coding.actors.ActorTable;
import io.herald.model.ActorCode;
import io.herald.model.text.Dependency;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Events of verbs: the lexicon's verb patterns (with particle, preposition and object) or, without
 * one, the PETRARCH verb dictionary's, with the source from the subject or the passive's agent and
 * the target from the object, the pattern's oblique or further below.
 */
final class VerbEvents {
  private final EventLexicon lexicon;

  VerbEvents(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

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

  /** The travel block's default, no pattern matched: leaving, travelling, going. */
  private static final String BARE_TRAVEL = "petrarch.GO_SOMEWHERE";

  /** CAMEO's root for consultations, meetings and visits. */
  private static final String CONSULT_ROOT = "04";

  /**
   * A dictionary rule whose pattern is only the verb and a preposition's phrase: "CONFER:* (WITH)".
   */
  private static final Pattern PHRASE_ONLY = Pattern.compile(":\\* \\([A-Z]+\\)$");

  /** "met each other": objects that name the subjects themselves. */
  private static final Set<String> RECIPROCAL_PRONOUNS = Set.of("each", "other", "another");

  /** CAMEO 010: every "said" would be an event; quotations record statements instead. */
  private static final String GENERIC_STATEMENT = "010";

  /**
   * "they would blockade Paris", with "blockade" tagged as a noun: a lexicon verb that has a
   * subject and an auxiliary is a verb whatever its tag.
   */
  boolean taggedAsNounButVerbal(Sentence s, Token t) {
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

  /**
   * The lexicon's patterns for verb {@code v}: those of the verb with its particle ("beat up",
   * "step down") if the lexicon has any, else of the bare lemma; patterns whose object the clause
   * has come first, patterns for any object after, patterns for another object not at all.
   */
  List<EventLexicon.VerbPattern> verbPatterns(Sentence s, Token v) {
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

  /** Whether the verb has a pattern for its own object: "ended mediation efforts". */
  boolean hasObjectPattern(Sentence s, Token v) {
    return verbPatterns(s, v).stream().anyMatch(EventLexicon.VerbPattern::constrained);
  }

  Optional<EventDraft> codeVerb(Sentence s, Token v, ActorTable actors) {
    if (VerbalSenses.noEvent(s, v)) {
      return Optional.empty();
    }
    // PETRARCH's own test dictionaries code these senses as its dictionary says
    if (!lexicon.exactNounForms()
        && (VerbalSenses.statesFact(s, v) || EverydaySenses.everyday(s, v))) {
      return Optional.empty();
    }
    List<EventLexicon.VerbPattern> patterns = verbPatterns(s, v);
    Optional<PetrarchVerbDictionary.Match> petrarch = Optional.empty();
    if (patterns.isEmpty()
        && lexicon.petrarch().isPresent()
        && !NOT_EVENTS.contains(v.lemma().toLowerCase(Locale.ROOT))
        && !carriesEventNoun(s, v)) {
      petrarch =
          petrarchMatch(s, v, lexicon.petrarch().get(), lexicon.exactNounForms())
              .filter(m -> !m.code().code().equals(GENERIC_STATEMENT))
              .filter(m -> !OpinionVerbs.statesOpinion(s, v, m))
              .filter(m -> lexicon.exactNounForms() || !EverydaySenses.manhunt(v, m.code()));
    }
    if (patterns.isEmpty()
        && petrarch.isEmpty()
        && lexicon.petrarch().isPresent()
        && !NOT_EVENTS.contains(v.lemma().toLowerCase(Locale.ROOT))) {
      petrarch = splitVerbMatch(s, v, lexicon.petrarch().get(), lexicon.exactNounForms());
    }
    if (patterns.isEmpty() && petrarch.isEmpty()) {
      return Optional.empty();
    }
    boolean passive = false;
    List<Integer> subjects = new ArrayList<>();
    List<Integer> agents = new ArrayList<>();
    for (Dependency d : s.childrenOf(v.index())) {
      switch (d.relation()) {
        case "nsubj" -> subjects.add(d.dependent());
        case "nsubj:xsubj" ->
            subjects.addAll(PurposeClauses.doers(s, v.index(), d.dependent(), actors));
        case "nsubj:pass" -> {
          subjects.add(d.dependent());
          passive = true;
        }
        case "obl:agent", "obl:by" -> agents.add(d.dependent());
        default -> {}
      }
    }
    subjects = Clauses.uncoordinatedFirst(s, subjects);
    if (subjects.isEmpty() && agents.isEmpty()) {
      subjects.addAll(inheritedSubjects(s, v.index()));
    }
    if (subjects.isEmpty() && agents.isEmpty()) {
      subjects.addAll(controllerOf(s, v));
    }
    if (subjects.isEmpty() && agents.isEmpty()) {
      StrandedSubjects.of(s, v, actors).ifPresent(subjects::add);
    }
    List<ActorTable.Draft> sources;
    List<ActorTable.Draft> objectActors = List.of();
    if (passive) {
      sources = actorsOf(s, agents, actors);
      objectActors = targetsOf(s, subjects, actors);
      if (sources.isEmpty() && agents.isEmpty() && UnsaidDoers.byAuthorities(patterns, petrarch)) {
        sources = UnsaidDoers.countriesWhere(s, v.index(), actors);
      }
    } else {
      sources = actorsOf(s, subjects, actors);
      if (sources.isEmpty() && !subjects.isEmpty() && allPronouns(s, subjects)) {
        sources = reportedSpeaker(s, v.index(), actors);
      }
    }
    Optional<PatternRoles> placed = petrarch.map(m -> PatternRoles.of(s, v.index(), m, actors));
    if (placed.isPresent()) {
      // "+ WAS * DEAD IN $": the pattern's markers say who is who, passive or not
      sources = placed.get().sources().orElse(sources);
      List<ActorTable.Draft> target = placed.get().targets().orElse(List.of());
      if (placed.get().sources().isEmpty() && !target.isEmpty()) {
        sources = without(sources, target);
      }
    }
    // "A minefield explosion killed two Iraqi youths" ("- EXPLOSION * [193]"): a pattern that
    // names the subject as the cause codes the act against its victims with no doer.
    List<Integer> subjectTokens = subjects;
    boolean causeInPattern =
        !passive
            && petrarch
                .map(m -> UnsaidDoers.patternNamesSubject(m, s, subjectTokens))
                .orElse(false);
    if (sources.isEmpty() && !causeInPattern) {
      return Optional.empty();
    }
    if (petrarch.isPresent()) {
      List<ActorTable.Draft> targets = objectActors;
      if (passive
          && targets.isEmpty()
          && petrarch.get().objectSensitive()
          && !lexicon.exactNounForms()
          && !negated(s, v.index())) {
        return Optional.empty();
      }
      if (!passive) {
        targets = List.of();
        PetrarchVerbDictionary.Match m = petrarch.get();
        for (String rel : List.of("obj", "iobj", "obl")) {
          List<Integer> dependents = s.children(v.index(), rel);
          dependents.removeIf(
              t -> s.headOf(t).map(d -> d.relation().endsWith("according_to")).orElse(false));
          // "died at a London hospice": the scene of the act, unless the pattern names the phrase
          dependents.removeIf(
              t ->
                  m.targetPreposition().isEmpty()
                      && !lexicon.exactNounForms()
                      && s.headOf(t).map(d -> Whereabouts.scene(s, d)).orElse(false));
          // "shared concerns ... following Iran's strikes": circumstances name no one acted on,
          // unless the pattern names that phrase
          dependents.removeIf(
              t ->
                  m.targetPreposition().isEmpty()
                      && !lexicon.exactNounForms()
                      && s.headOf(t).map(Participants::background).orElse(false));
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
          targets = targetsOf(s, dependents, actors);
          if (!targets.isEmpty()) {
            break;
          }
        }
        if (targets.isEmpty()
            && m.objectSensitive()
            && !lexicon.exactNounForms()
            && !negated(s, v.index())) {
          // "led operations", "died at a London hospice": the verb's default code is a sense its
          // dictionary gives it only for certain objects; without an actor acted on, it is not
          // that sense. A refusal ("will not tolerate any provocation") rejects whatever sense.
          return Optional.empty();
        }
        if (targets.isEmpty()) {
          targets = deepTarget(s, v.index(), sources, actors, !lexicon.exactNounForms());
        }
      }
      if (targets.isEmpty()) {
        targets = conditionTarget(s, v.index(), sources, actors);
      }
      if (!passive
          && lexicon.exactNounForms()
          && targets.stream().allMatch(t -> t.code().equals(ActorCode.UNKNOWN))) {
        // a name no PETRARCH dictionary codes is no actor to PETRARCH, which reads on
        List<ActorTable.Draft> later = laterClauseTarget(s, v.index(), sources, actors);
        targets = later.isEmpty() ? targets : later;
      }
      targets = placed.flatMap(PatternRoles::targets).orElse(targets);
      if (sources.isEmpty() && targets.isEmpty()) {
        return Optional.empty();
      }
      if (!lexicon.exactNounForms()
              && targets.isEmpty()
              && sources.size() < 2
              && petrarch.get().code().root().equals(CONSULT_ROOT)
              && (!petrarch.get().rule().contains(":")
                  || PHRASE_ONLY.matcher(petrarch.get().rule()).find())
          || !lexicon.exactNounForms() && petrarch.get().rule().equals(BARE_TRAVEL)) {
        // "was travelling abroad", "found out later", "left the party": a verb the
        // dictionary files under meeting or travel, with no pattern and no one met, meets no one;
        // nor does one whose pattern is a bare phrase ("* (WITH)") naming no one: "spoke with
        // evident emotion", "spoke on the eve of the derby between the two city teams";
        // going somewhere with no pattern ("said he left with his head held high") meets
        // no one either, whoever a later clause names
        return Optional.empty();
      }
      return Optional.of(
          new EventDraft(
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
    // "the two presidents met farmers' leaders": a mutual verb whose direct object is the party met
    // (the lexicon has a pattern for its object) is not mutual between its subjects, whether or
    // not that party is an actor
    boolean objectParty =
        !passive
            && patterns.stream().anyMatch(p -> p.reciprocal() && p.prep().equals("-"))
            && objects(s, v.index()).stream()
                .anyMatch(o -> !RECIPROCAL_PRONOUNS.contains(lower(s.token(o).lemma())));
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
        targets = targetsOf(s, objs, actors);
      }
      // a pattern for this object is the verb's meaning, target or not
      boolean lastPattern = pattern == patterns.get(patterns.size() - 1) || pattern.constrained();
      // A mutual act of several doers runs between them. A meeting's partner is in its own
      // phrase ("negotiate with the president of Armenia"), never its topic ("discuss sanctions
      // on Russia"); other acts of one doer are aimed at the nearest actor below the verb.
      boolean mutual = pattern.reciprocal() && sources.size() >= 2 && !objectParty;
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
            new EventDraft(
                pattern.code(),
                Optional.empty(),
                sources,
                without(targets, sources),
                pattern.reciprocal() && !objectParty,
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
   * "will not wire tap the links", tagged "wire"/VB and "tap"/NN: a multi-word verb ({@code
   * WIRE_+TAP}) whose verb word the tagger read as the object noun of the word before it. The
   * dictionary is asked with the noun as the verb, in the clause of the tagged verb; only a noun
   * right after the verb, its object, that the dictionary lists after that very word counts.
   */
  static Optional<PetrarchVerbDictionary.Match> splitVerbMatch(
      Sentence s, Token v, PetrarchVerbDictionary dictionary, boolean exactNounForms) {
    int n = v.index() + 1;
    if (n >= s.tokens().size()) {
      return Optional.empty();
    }
    Token noun = s.token(n);
    if (!noun.isNoun()
        || !s.children(v.index(), "obj").contains(n)
        || !dictionary.verbAfter(noun.lemma(), v.word())) {
      return Optional.empty();
    }
    List<PetrarchVerbDictionary.Word> words = dictionaryWords(s, v, n, exactNounForms);
    return dictionary.match(noun.lemma(), noun.word(), words, n);
  }

  /**
   * The dictionary's code for verb {@code v}: words before it in the sentence, and after it the
   * words of its own clause (coordinated and adverbial clauses belong to other verbs). Words match
   * by word or lemma; with {@code exactNounForms} a noun matches only in its own form, as in
   * PETRARCH ("* EFFORT" is not "abandoned efforts").
   */
  static Optional<PetrarchVerbDictionary.Match> petrarchMatch(
      Sentence s, Token v, PetrarchVerbDictionary dictionary, boolean exactNounForms) {
    List<PetrarchVerbDictionary.Word> words = dictionaryWords(s, v, v.index(), exactNounForms);
    return dictionary.match(v.lemma(), v.word(), words, v.index());
  }

  /**
   * The words a dictionary pattern of verb {@code v} may match: every word up to the verb and the
   * words of its own clause after it, without token {@code skip} (the word read as the verb).
   */
  private static List<PetrarchVerbDictionary.Word> dictionaryWords(
      Sentence s, Token v, int skip, boolean exactNounForms) {
    Set<Integer> clause = new java.util.TreeSet<>();
    collectLocal(s, v.index(), 0, clause);
    if (!exactNounForms && Modalities.SPEECH_VERBS.contains(lower(v.lemma()))) {
      // "said the accord was a good deal": what a speaker reports is not what the speaker does; the
      // reported clause's own verb carries any event in it (PETRARCH alone reads it on)
      for (int c : s.children(v.index(), "ccomp")) {
        clause.removeAll(s.subtree(c));
      }
    }
    for (int i = 0; i <= v.index(); i++) {
      clause.add(i);
    }
    List<PetrarchVerbDictionary.Word> words = new ArrayList<>();
    for (int i : clause) {
      if (i == skip) {
        continue;
      }
      Token t = s.token(i);
      words.add(
          new PetrarchVerbDictionary.Word(
              i,
              new HashSet<>(
                  exactNounForms && t.isNoun()
                      ? List.of(t.word().toUpperCase(Locale.ROOT))
                      : List.of(
                          t.word().toUpperCase(Locale.ROOT), t.lemma().toUpperCase(Locale.ROOT)))));
    }
    return words;
  }
}
