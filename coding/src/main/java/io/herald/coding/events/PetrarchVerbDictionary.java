package io.herald.coding.events;

import io.herald.coding.events.PetrarchVerbReader.Verb;
import io.herald.model.codes.CameoCode;
import io.herald.model.codes.CameoCodebook;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PETRARCH/TABARI verb dictionary ({@code CAMEO.2.0.txt} format): synonym sets ({@code &NAME}
 * followed by {@code +WORD} lines), then verb blocks headed {@code --- NAME [code] ---} listing
 * verbs (multi-word ones as {@code +ASK_FOR}, or {@code WIRE_+TAP} with the verb marked) with
 * optional own codes, and patterns such as {@code - * (IN {TELEPHONE CONVERSATION}) [041]} whose
 * words must surround the verb. A verb listed by an inflected form ({@code LEFT}) that no entry
 * lists in braces as another verb's form is its own entry, found by the word before the lemma.
 *
 * <p>Herald matches patterns on the words of the verb's clause rather than on PETRARCH's phrase
 * trees: the words of a pattern must occur in order on their side of the verb ({@code *}), words
 * joined by {@code _} and the words of a synset phrase next to each other; phrase brackets are not
 * enforced; the actor markers {@code $ + ^} are given back as {@link ActorSlot}s anchored on the
 * matched words, for the coder to place source and target; and a pattern naming an undefined synset
 * never fires. The most specific matching pattern (most words) wins; otherwise the verb's or its
 * block's code applies. A code of {@code ---} means "no event"; a paired code {@code [032:033]}
 * also codes the target's side back to the source. Codes the CAMEO codebook does not define are
 * dropped on reading (unless the dictionary is read keeping its own codes), so an invalid code can
 * never be emitted.
 */
public final class PetrarchVerbDictionary {
  /**
   * A word of the sentence offered to the matcher.
   *
   * @param index token index in the sentence; consecutive indexes are adjacent words
   * @param forms upper-case forms that match it (word and lemma)
   */
  public record Word(int index, Set<String> forms) {
    public Word {
      forms = Set.copyOf(forms);
    }
  }

  /**
   * A dictionary match: the CAMEO code and the rule that produced it.
   *
   * @param reverse the second code of a paired code ({@code [032:033]}: the source visits, the
   *     target receives the visit), coded from the target back to the source
   * @param compoundSource whether the pattern's source is PETRARCH's compound actor {@code %} ("% *
   *     [030:030]": "Arnor and Gondor agree"), whose members act on each other
   * @param targetPreposition the preposition before the pattern's target marker {@code +} after the
   *     verb ("* EID AT ^ WITH +": "with"), lower-case
   * @param skippedPrepositions prepositions before a {@code ^} marker after the verb, whose phrases
   *     are no target ("at"), lower-case
   * @param slots where the pattern's actor markers put the source and target in the sentence
   * @param objectSensitive whether no pattern matched and the code is the verb's default, a sense
   *     most of its block's patterns code otherwise by the verb's object ({@code
   *     Block#objectSensitive}): it holds only when the verb acts on an actor
   */
  public record Match(
      CameoCode code,
      Optional<CameoCode> reverse,
      String rule,
      boolean negationInPattern,
      boolean compoundSource,
      Optional<String> targetPreposition,
      Set<String> skippedPrepositions,
      List<ActorSlot> slots,
      boolean objectSensitive) {
    public Match {
      skippedPrepositions = Set.copyOf(skippedPrepositions);
      slots = List.copyOf(slots);
    }
  }

  private final Map<String, List<Verb>> verbs;

  /** Lower-case inflected forms the dictionary lists in braces after a verb ("FIND {FOUND}"). */
  private final Set<String> listedForms;

  private final CameoCodebook codebook;

  private PetrarchVerbDictionary(PetrarchVerbReader.Contents contents) {
    this.verbs = contents.verbs();
    this.listedForms = contents.listedForms();
    this.codebook = contents.codebook();
  }

  /** The CAMEO.2.0 verb dictionary bundled with Herald (openeventdata/petrarch2, MIT). */
  public static PetrarchVerbDictionary bundled(CameoCodebook codebook) {
    String resource = "/io/herald/coding/petrarch/CAMEO.2.0.txt";
    InputStream in = PetrarchVerbDictionary.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("verb dictionary resource " + resource + " is missing");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r, resource, codebook);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Reads a dictionary in PETRARCH's verb format.
   *
   * @param origin file name for error messages
   * @throws IllegalArgumentException naming the line when the text is not a verb dictionary
   */
  public static PetrarchVerbDictionary read(Reader reader, String origin, CameoCodebook codebook)
      throws IOException {
    return read(reader, origin, codebook, false);
  }

  /**
   * Reads a dictionary in PETRARCH's verb format, optionally keeping the codes it declares that
   * CAMEO does not define (older WEIS-based dictionaries, test suites); {@link #codebook()} then
   * defines them.
   *
   * @param ownCodes keep the dictionary's own codes of CAMEO's form ({@code 345}, {@code 174K})
   *     instead of dropping their patterns
   * @throws IllegalArgumentException naming the line when the text is not a verb dictionary
   */
  public static PetrarchVerbDictionary read(
      Reader reader, String origin, CameoCodebook codebook, boolean ownCodes) throws IOException {
    return new PetrarchVerbDictionary(PetrarchVerbReader.read(reader, origin, codebook, ownCodes));
  }

  /** The codebook this dictionary's codes come from: the given one plus any codes it keeps. */
  public CameoCodebook codebook() {
    return codebook;
  }

  /** Number of distinct verb lemmas. */
  public int verbCount() {
    return verbs.size();
  }

  /**
   * Codes verb {@code lemma} given the words of its sentence that belong to its clause. Pattern
   * words must occur in order on their side of the verb; words joined by {@code _} (and synset
   * phrases) must be adjacent.
   *
   * @param words the clause's words other than the verb, in sentence order
   * @param verb the verb's token index
   * @return empty when the lemma is unknown, its code is {@code ---} or not in the codebook
   */
  public Optional<Match> match(String lemma, List<Word> words, int verb) {
    return match(lemma, lemma, words, verb);
  }

  /**
   * As {@link #match(String, List, int)}, for the verb written {@code word}: a form the dictionary
   * lists as a verb of its own ("LEFT [032:033]" beside "LEAVE [012]") and as no other verb's
   * inflection ("FIND {FOUND}") is that verb, not its lemma.
   */
  public Optional<Match> match(String lemma, String word, List<Word> words, int verb) {
    String form = word.toLowerCase(Locale.ROOT);
    List<Verb> entries =
        !form.equals(lemma.toLowerCase(Locale.ROOT))
                && verbs.containsKey(form)
                && !listedForms.contains(form)
            ? formEntries(form, lemma.toLowerCase(Locale.ROOT))
            : entries(lemma.toLowerCase(Locale.ROOT));
    if (entries == null) {
      return Optional.empty();
    }
    List<Word> before = new ArrayList<>();
    List<Word> after = new ArrayList<>();
    for (Word w : words) {
      if (w.index < verb) {
        before.add(w);
      } else if (w.index > verb) {
        after.add(w);
      }
    }
    // The most specific pattern of any block listing the verb wins.
    // A multi-word verb whose particle is present ("ask for") is more specific than the bare verb.
    int particles = 0;
    for (Verb v : entries) {
      if (PetrarchPattern.hasAll(after, v.particles())
          && PetrarchPattern.precededBy(before, v.preceding(), verb)) {
        particles = Math.max(particles, v.particles().size() + v.preceding().size());
      }
    }
    PetrarchPattern best = null;
    Verb bestVerb = null;
    Set<String> defaults = new LinkedHashSet<>();
    Verb defaultVerb = null;
    for (Verb v : entries) {
      if (!PetrarchPattern.hasAll(after, v.particles())
          || !PetrarchPattern.precededBy(before, v.preceding(), verb)
          || v.particles().size() + v.preceding().size() != particles) {
        continue;
      }
      for (PetrarchPattern p : v.block().patterns()) {
        if ((best == null || p.size() > best.size())
            && PetrarchPattern.matchesBefore(p, before, verb)
            && PetrarchPattern.matchesAfter(p, after, verb)) {
          best = p;
          bestVerb = v;
        }
      }
      String code = !v.code().isEmpty() ? v.code() : v.block().code();
      defaults.add(code);
      defaultVerb = v;
    }
    if (best != null) {
      String rule =
          "petrarch." + bestVerb.block().name() + ":" + best.text().replaceAll("\\s+", " ");
      return match(
          best.code(),
          rule,
          best.negative(),
          best.compoundSource(),
          best.marked("+").stream().findFirst(),
          Set.copyOf(best.marked("^")),
          PetrarchPattern.slots(best, before, after, verb),
          false);
    }
    // Without a pattern, a verb listed under several blocks with different codes is ambiguous.
    if (defaults.size() != 1) {
      return Optional.empty();
    }
    String rule = "petrarch." + defaultVerb.block().name();
    String code = defaults.iterator().next();
    return match(
        code,
        rule,
        false,
        false,
        Optional.empty(),
        Set.of(),
        List.of(),
        defaultVerb.block().objectSensitive(code));
  }

  /**
   * The entries of an inflected form the dictionary keys: the form's own when it is a verb of its
   * own; when it only begins multi-word verbs ("+KILLED_AND" under "KILL"), those and the lemma's,
   * so "killed" without "and" is still KILL.
   */
  private List<Verb> formEntries(String form, String lemma) {
    List<Verb> own = verbs.get(form);
    if (own.stream().anyMatch(v -> v.particles().isEmpty() && v.preceding().isEmpty())) {
      return own;
    }
    List<Verb> out = new ArrayList<>(own);
    List<Verb> base = entries(lemma);
    if (base != null) {
      out.addAll(base);
    }
    return out;
  }

  /**
   * Whether {@code lemma} is the verb of a multi-word entry whose word just before it is {@code
   * word}: "tap" after "wire" in {@code WIRE_+TAP}.
   */
  boolean verbAfter(String lemma, String word) {
    List<Verb> entries = entries(lemma.toLowerCase(Locale.ROOT));
    if (entries == null) {
      return false;
    }
    String w = word.toUpperCase(Locale.ROOT);
    return entries.stream()
        .anyMatch(
            v -> !v.preceding().isEmpty() && v.preceding().get(v.preceding().size() - 1).equals(w));
  }

  /**
   * The entries of a lemma; TABARI-era dictionaries list some verbs by their third-person form
   * ({@code SAYS}), which the lemma ("say") finds when the lemma itself has no entry.
   */
  private List<Verb> entries(String lemma) {
    List<Verb> own = verbs.get(lemma);
    if (own != null) {
      return own;
    }
    List<String> thirdPerson = new ArrayList<>(List.of(lemma + "s", lemma + "es"));
    if (lemma.endsWith("y") && lemma.length() > 1) {
      thirdPerson.add(lemma.substring(0, lemma.length() - 1) + "ies");
    }
    for (String form : thirdPerson) {
      List<Verb> found = verbs.get(form);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** "042:043" gives 042 with 043 coded back from target to source; "---" gives no event. */
  private Optional<Match> match(
      String code,
      String rule,
      boolean negative,
      boolean compound,
      Optional<String> targetPreposition,
      Set<String> skippedPrepositions,
      List<ActorSlot> slots,
      boolean objectSensitive) {
    String[] parts = code.split(":", 2);
    Optional<CameoCode> reverse = parts.length == 2 ? primary(parts[1]) : Optional.empty();
    return primary(parts[0])
        .map(
            c ->
                new Match(
                    c,
                    reverse,
                    rule,
                    negative,
                    compound,
                    targetPreposition,
                    skippedPrepositions,
                    slots,
                    objectSensitive));
  }

  /** One code, if the codebook defines it. */
  private Optional<CameoCode> primary(String code) {
    String c = PetrarchVerbReader.withoutDoubt(code);
    if (c.isEmpty() || c.startsWith("-")) {
      return Optional.empty();
    }
    return codebook.find(c);
  }
}
