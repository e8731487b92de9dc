package io.herald.coding.events;

import static io.herald.coding.events.Clauses.collectClause;
import static io.herald.coding.events.Clauses.depth;

import io.herald.coding.actors.ActorTable;
import io.herald.coding.time.TimeNormalizer;
import io.herald.model.DateSource;
import io.herald.model.Event;
import io.herald.model.Evidence;
import io.herald.model.Participant;
import io.herald.model.TimeExpression;
import io.herald.model.codes.CameoCode;
import io.herald.model.codes.CameoCodebook;
import io.herald.model.codes.PloverType;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
  private final EventLexicon lexicon;
  private final CameoCodebook codebook;

  /** CAMEO 111, criticise or denounce: an attack in words ({@link VerbalSenses#inWords}). */
  private final CameoCode criticism;

  /** CAMEO 120, reject: a course said to be out of the question ({@link RefusalIdioms}). */
  private final CameoCode reject;

  private final VerbEvents verbs;
  private final AppealEvents appeals;
  private final NounEvents nouns;
  private final CameoCode posture;
  private final CameoCode protection;
  private final CameoCode assassination;
  private final CameoCode unconventional;
  private final CameoCode easing;
  private final CameoCode intent;
  private final CameoCode asylum;
  private final CameoCode labourStrike;

  public EventCoder(EventLexicon lexicon, CameoCodebook codebook) {
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.verbs = new VerbEvents(lexicon);
    this.appeals = new AppealEvents(lexicon, codebook, verbs);
    this.nouns = new NounEvents(lexicon, verbs);
    // CAMEO 150, "demonstrate military or police power": a prepared act of force
    this.posture = codebook.require("150");
    this.criticism = codebook.require("111");
    this.reject = codebook.require("120");
    // CAMEO 074, "provide military protection or peacekeeping": peacekeepers arriving
    this.protection = codebook.require("074");
    // CAMEO 186, "assassinate", and 180, "use unconventional violence": see ViolenceModes
    this.assassination = codebook.require("186");
    this.unconventional = codebook.require("180");
    // CAMEO 0811, "ease restrictions on political freedoms": a rally allowed (Permissions)
    this.easing = codebook.require("0811");
    // CAMEO 030, "express intent to cooperate": "is committed to" (Commitments)
    this.intent = codebook.require("030");
    // CAMEO 075, "grant asylum": a border opened to people (Admissions)
    this.asylum = codebook.require("075");
    // CAMEO 143, "conduct strike or boycott": workers' strikes (LabourStrikes)
    this.labourStrike = codebook.require("143");
  }

  /**
   * All events of the article, one per dyad, with ids {@code e1, e2, ...}; {@code p} should have
   * had its parse errors undone by {@link ParseRepairs#repair}, as the actors' article has.
   */
  public List<Event> code(ParsedArticle parsed, ActorTable actors, List<TimeExpression> times) {
    // PETRARCH alone: short comma-delimited asides are cut out first (token places unchanged)
    ParsedArticle p = CommaClauses.reduce(parsed, lexicon.commaLimits());
    if (lexicon.exactNounForms()) {
      FirstNamedActors.apply(p, actors);
    }
    List<EventDraft> drafts = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      for (Token t : s.tokens()) {
        if (t.isVerb() || verbs.taggedAsNounButVerbal(s, t)) {
          Optional<EventDraft> rally = appeals.rallyOf(s, t, actors);
          if (rally.isPresent()) {
            drafts.add(rally.get());
          } else {
            verbs
                .codeVerb(s, t, actors)
                .map(d -> Attempts.asAct(s, d))
                .map(d -> ViolenceModes.refine(s, d, assassination, unconventional))
                // before intents: "will strike over pay" announces a walkout, not force
                .map(d -> walkout(s, d))
                .map(d -> Admissions.asAsylum(s, d, actors, asylum))
                .map(d -> Preparations.asPosture(s, d, posture))
                .map(d -> appeals.asStatedIntent(s, d))
                .map(d -> PurposeClauses.aimed(s, d, actors))
                .map(d -> OrderedRestrictions.asOrderersAct(s, d, actors))
                .ifPresent(drafts::add);
          }
          appeals.demandOf(s, t, actors).ifPresent(drafts::add);
          RefusalIdioms.of(s, t, actors, reject).ifPresent(drafts::add);
          Peacekeeping.arrivalOf(s, t, actors, protection).ifPresent(drafts::add);
          Permissions.of(s, t, actors, easing).ifPresent(drafts::add);
          Commitments.of(s, t, actors, intent).ifPresent(drafts::add);
        } else if (t.isNoun()) {
          nouns.codeNoun(s, t, actors).ifPresent(drafts::add);
        }
      }
    }
    // "five years after crowds burned down its embassy": history dating the news, not news
    List<EventDraft> anchored =
        drafts.stream()
            .filter(
                d ->
                    d.clauseVerb() >= 0
                        && TimeAnchors.anchors(p.sentences().get(d.sentence()), d.clauseVerb()))
            .filter(d -> !lexicon.exactNounForms() || TimeAnchors.datedIsCoded(p, d, drafts))
            .toList();
    drafts.removeAll(anchored);
    List<EventDraft> prepared = Preparations.withoutReadiness(drafts, posture);
    drafts.clear();
    drafts.addAll(prepared);
    drafts.replaceAll(d -> VerbalSenses.inWords(p, d, criticism));
    drafts.replaceAll(d -> walkout(p.sentences().get(d.sentence()), d));
    drafts.replaceAll(d -> ProtestTargets.aimed(p, d, actors));
    drafts.replaceAll(d -> Pressures.aimed(p, d, actors));
    List<EventDraft> objectTargets = ObjectNounTargets.apply(p, drafts);
    drafts.clear();
    drafts.addAll(objectTargets);
    // PETRARCH alone: an event without an actor target needs a phrase in the target slot
    if (lexicon.exactNounForms()) {
      drafts.removeIf(
          d ->
              d.targets().isEmpty()
                  && !(d.reciprocal() && d.sources().size() > 1)
                  && d.clauseVerb() >= 0
                  && !TargetSlots.hasSlot(p.sentences().get(d.sentence()), d.clauseVerb()));
    }
    Map<String, Event> events = new LinkedHashMap<>();
    // Within a sentence the main clause's events come first (the sentence's main event).
    drafts.removeAll(subsumed(p, drafts));
    drafts.removeAll(specifiedInClause(drafts));
    // Within a clause a residual code ("use conventional military force") comes after a specific
    // one ("wounded two soldiers in a bomb attack": a bombing); CAMEO codes residuals only when
    // nothing more specific can be said.
    drafts.sort(
        java.util.Comparator.comparingInt((EventDraft d) -> d.sentence())
            .thenComparingInt(d -> depth(p.sentences().get(d.sentence()), d.clauseVerb()))
            .thenComparingInt(d -> d.clauseVerb())
            .thenComparingInt(d -> residual(d.code()) ? 1 : 0)
            .thenComparingInt(d -> d.trigger().start()));
    for (EventDraft d : drafts) {
      for (Event e : expand(p, d, times)) {
        String key =
            e.cameo().code()
                + "|"
                + e.source()
                + "|"
                + e.target()
                + "|"
                + d.sentence()
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

  /** {@code d} as a workers' strike ({@link LabourStrikes}) with the bundled lexicon. */
  private EventDraft walkout(Sentence s, EventDraft d) {
    return lexicon.exactNounForms() ? d : LabourStrikes.asWalkout(s, d, labourStrike);
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
  private static List<EventDraft> subsumed(ParsedArticle p, List<EventDraft> drafts) {
    List<EventDraft> out = new ArrayList<>();
    for (EventDraft d : drafts) {
      if (!ANNOUNCING_CODES.contains(d.code().code())) {
        continue;
      }
      Sentence s = p.sentences().get(d.sentence());
      for (EventDraft e : drafts) {
        // "threatened to institute a curfew" stays a threat unless the curfew is one too
        boolean sameKind = d.code().code().equals("030") || e.code().root().equals(d.code().root());
        if (e != d
            && sameKind
            && e.sentence() == d.sentence()
            && (e.rule().endsWith(".intent") || e.rule().endsWith(".refused"))
            && s.headOf(e.clauseVerb())
                .filter(h -> h.governor() == d.clauseVerb() && h.baseRelation().equals("xcomp"))
                .isPresent()) {
          out.add(d);
          break;
        }
      }
    }
    return out;
  }

  /**
   * "During their phone talks, the two leaders discussed trade": one clause that says the same act
   * twice, with a residual code (040, consult) and a more specific one of the same root (041, by
   * telephone), is one act, the specific one; the residual goes unless only it names a target.
   */
  private static List<EventDraft> specifiedInClause(List<EventDraft> drafts) {
    List<EventDraft> out = new ArrayList<>();
    for (EventDraft d : drafts) {
      if (!residual(d.code()) || d.clauseVerb() < 0) {
        continue;
      }
      for (EventDraft e : drafts) {
        if (e != d
            && e.sentence() == d.sentence()
            && e.clauseVerb() == d.clauseVerb()
            && !residual(e.code())
            && e.code().root().equals(d.code().root())
            && e.negated() == d.negated()
            && (d.targets().isEmpty() || !e.targets().isEmpty())) {
          out.add(d);
          break;
        }
      }
    }
    return out;
  }

  /** One event per dyad; a reciprocal event with no target runs between its sources. */
  private List<Event> expand(ParsedArticle p, EventDraft d, List<TimeExpression> times) {
    List<Event> out = new ArrayList<>();
    Sentence s = p.sentences().get(d.sentence());
    Optional<LocalDate> clauseDate = clauseDate(s, d.clauseVerb(), times);
    Optional<LocalDate> date = clauseDate.or(() -> p.article().date());
    DateSource dateSource =
        clauseDate.isPresent()
            ? DateSource.CLAUSE
            : date.isPresent() ? DateSource.ARTICLE : DateSource.UNKNOWN;
    Evidence evidence = new Evidence(d.sentence(), s.span(), d.rule());
    List<ActorTable.Draft> targets = d.targets();
    // A symmetric paired code ("* DIPLOMATIC [064:064]") declares the act mutual: "Gondor and
    // Osgiliath have renewed diplomatic ties" runs both ways between the subjects.
    boolean symmetric = d.reverse().filter(r -> r.code().equals(d.code().code())).isPresent();
    if (targets.isEmpty() && (d.reciprocal() || symmetric) && d.sources().size() >= 2) {
      for (ActorTable.Draft a : d.sources()) {
        for (ActorTable.Draft b : d.sources()) {
          if (a != b) {
            out.add(event(d, List.of(a), List.of(b), date, dateSource, evidence));
          }
        }
      }
      return out;
    }
    if (d.sources().isEmpty()) {
      for (ActorTable.Draft b : targets) {
        out.add(event(d, List.of(), List.of(b), date, dateSource, evidence));
      }
    }
    for (ActorTable.Draft a : d.sources()) {
      if (targets.isEmpty()) {
        out.add(event(d, List.of(a), List.of(), date, dateSource, evidence));
      }
      for (ActorTable.Draft b : targets) {
        out.add(event(d, List.of(a), List.of(b), date, dateSource, evidence));
      }
    }
    // A paired code ("visit" / "receive a visit") is also coded from each target back.
    if (d.reverse().isPresent()) {
      for (ActorTable.Draft b : targets) {
        for (ActorTable.Draft a : d.sources()) {
          out.add(event(d, d.reverse().get(), List.of(b), List.of(a), date, dateSource, evidence));
        }
      }
    }
    return out;
  }

  private Event event(
      EventDraft d,
      List<ActorTable.Draft> sources,
      List<ActorTable.Draft> targets,
      Optional<LocalDate> date,
      DateSource dateSource,
      Evidence evidence) {
    return event(d, d.code(), sources, targets, date, dateSource, evidence);
  }

  private Event event(
      EventDraft d,
      CameoCode code,
      List<ActorTable.Draft> sources,
      List<ActorTable.Draft> targets,
      Optional<LocalDate> date,
      DateSource dateSource,
      Evidence evidence) {
    return new Event(
        "",
        code,
        d.plover()
            .filter(t -> code.equals(d.code()))
            .or(() -> lexicon.placement(code))
            .map(t -> new PloverType(t, "", codebook.ploverOf(code).context()))
            .orElse(codebook.ploverOf(code)),
        sources.stream().map(a -> new Participant(a.id(), a.code())).toList(),
        targets.stream().map(a -> new Participant(a.id(), a.code())).toList(),
        date,
        dateSource,
        "",
        d.negated(),
        d.modality(),
        d.trigger(),
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
}
