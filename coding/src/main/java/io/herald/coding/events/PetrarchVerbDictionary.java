package io.herald.coding.events;

import io.herald.model.codes.CameoCode;
import io.herald.model.codes.CameoCodebook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

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

  private record Block(String name, String code, List<PetrarchPattern> patterns) {}

  /**
   * A verb entry: its lemma, the words that must follow it ({@code ASK_FOR}) and those that must
   * come right before it ({@code WIRE_+TAP}: the {@code +} marks the verb), upper-case.
   */
  private record Verb(
      String lemma, List<String> particles, List<String> preceding, String code, Block block) {}

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
   */
  public record Match(
      CameoCode code,
      Optional<CameoCode> reverse,
      String rule,
      boolean negationInPattern,
      boolean compoundSource,
      Optional<String> targetPreposition,
      Set<String> skippedPrepositions,
      List<ActorSlot> slots) {
    public Match {
      skippedPrepositions = Set.copyOf(skippedPrepositions);
      slots = List.copyOf(slots);
    }
  }

  private final Map<String, List<Verb>> verbs = new HashMap<>();

  /** Lower-case inflected forms the dictionary lists in braces after a verb ("FIND {FOUND}"). */
  private final Set<String> listedForms = new HashSet<>();

  private final boolean ownCodes;
  private final Set<String> declared = new LinkedHashSet<>();
  private CameoCodebook codebook;

  private PetrarchVerbDictionary(CameoCodebook codebook, boolean ownCodes) {
    this.codebook = codebook;
    this.ownCodes = ownCodes;
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
    PetrarchVerbDictionary dict = new PetrarchVerbDictionary(codebook, ownCodes);
    List<String> lines = new BufferedReader(reader).lines().toList();
    // Synsets may be defined anywhere in the file, after the patterns that use them too.
    Map<String, Set<String>> synsets = synsets(lines);
    String synset = null;
    Block block = null;
    boolean verbsSection = false;
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      String raw = line.strip();
      if (raw.startsWith("####")) {
        verbsSection = raw.contains("VERB PATTERNS");
        if (raw.contains("TRANSFORMATIONS")) {
          break;
        }
        continue;
      }
      if (raw.isEmpty() || raw.startsWith("#")) {
        synset = null;
        continue;
      }
      String noComment = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).strip() : raw;
      if (!verbsSection && HEADER.matcher(noComment).find()) {
        verbsSection = true; // older files have no section headings
      }
      if (noComment.startsWith("&")) {
        synset = noComment;
        continue;
      }
      if (!verbsSection || synset != null && noComment.startsWith("+")) {
        continue; // synset members, read above
      }
      Matcher header = HEADER.matcher(noComment);
      if (header.find()) {
        block = new Block(header.group(1), header.group(2).strip(), new ArrayList<>());
        dict.defined(block.code);
        continue;
      }
      if (block == null) {
        throw new IllegalArgumentException(
            origin + ":" + lineNo + ": verb or pattern before the first --- block header");
      }
      if (noComment.startsWith("-")) {
        Matcher code = CODE.matcher(noComment);
        if (!code.find()) {
          continue;
        }
        String body = noComment.substring(1, code.start()).strip();
        dict.addPattern(block, body, code.group(1), synsets);
      } else {
        dict.addVerb(block, noComment);
      }
    }
    if (!dict.declared.isEmpty()) {
      dict.codebook = codebook.withDictionaryCodes(dict.declared);
    }
    return dict;
  }

  /** Synset name (without a trailing {@code _}) to its member phrases. */
  private static Map<String, Set<String>> synsets(List<String> lines) {
    Map<String, Set<String>> out = new HashMap<>();
    Set<String> current = null;
    for (String line : lines) {
      String raw = line.strip();
      String text = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).strip() : raw;
      if (text.isEmpty()) {
        current = null;
      } else if (text.startsWith("&")) {
        String name = text.split("\\s+")[0];
        if (name.endsWith("_")) {
          name = name.substring(0, name.length() - 1);
        }
        current = out.computeIfAbsent(name, k -> new LinkedHashSet<>());
      } else if (text.startsWith("+") && current != null) {
        String member = text.substring(1).strip();
        current.add(member.endsWith("_") ? member.substring(0, member.length() - 1) : member);
      } else if (!raw.startsWith("#")) {
        current = null;
      }
    }
    return out;
  }

  private void addVerb(Block block, String text) {
    Matcher code = CODE.matcher(text);
    String own = code.find() ? code.group(1).strip() : "";
    if (!defined(own)) {
      own = "";
    }
    Matcher forms = Pattern.compile("\\{([^}]*)\\}").matcher(text);
    while (forms.find()) {
      for (String f : forms.group(1).strip().split("\\s+")) {
        String bare = f.startsWith("+") ? f.substring(1) : f;
        // "WIRE_+TAPPED": the form of the verb is the word marked +
        String verbWord = bare.contains("_+") ? bare.split("_\\+")[1] : bare;
        if (!verbWord.isEmpty()) {
          listedForms.add(verbWord.split("_")[0].toLowerCase(Locale.ROOT));
        }
      }
    }
    String head = text.replaceAll("\\{[^}]*\\}", "").replaceAll("\\[[^\\]]*\\]", "").strip();
    if (head.isEmpty()) {
      return;
    }
    String first = head.split("\\s+")[0];
    if (first.startsWith("+")) {
      first = first.substring(1);
    }
    String[] parts = first.split("_");
    int verbAt = 0;
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].startsWith("+")) {
        verbAt = i; // "WIRE_+TAP": the verb is TAP, after WIRE
        parts[i] = parts[i].substring(1);
      }
    }
    String lemma = parts[verbAt].toLowerCase(Locale.ROOT);
    List<String> preceding = new ArrayList<>(List.of(parts).subList(0, verbAt));
    List<String> particles = new ArrayList<>();
    for (int i = verbAt + 1; i < parts.length; i++) {
      particles.add(parts[i]);
    }
    verbs
        .computeIfAbsent(lemma, k -> new ArrayList<>())
        .add(new Verb(lemma, particles, preceding, own, block));
  }

  private void addPattern(Block block, String body, String code, Map<String, Set<String>> synsets) {
    String clean = body.replaceAll("[(){}]", " ");
    List<PetrarchPattern.Element> before = new ArrayList<>();
    List<PetrarchPattern.Element> after = new ArrayList<>();
    boolean afterVerb = false;
    boolean gluedBefore = false;
    boolean gluedAfter = false;
    List<PetrarchPattern.Marker> markers = new ArrayList<>();
    int skips = 0;
    for (String token : clean.split("\\s+")) {
      String[] parts = token.split("_", -1);
      boolean glue = false;
      for (int i = 0; i < parts.length; i++) {
        String w = parts[i];
        glue = i > 0 && glue;
        if (w.isEmpty() || "$+%^|".contains(w)) {
          glue = false; // an actor slot or a blank breaks adjacency
          if (w.equals("^")) {
            skips++;
          } else if (w.equals("$") || w.equals("+")) {
            int element = (afterVerb ? after : before).size();
            markers.add(
                new PetrarchPattern.Marker(
                    w.equals("$"), afterVerb, element, afterVerb ? skips : 0));
          }
          continue;
        }
        skips = 0;
        if (w.equals("*")) {
          gluedBefore = glue;
          afterVerb = true;
          gluedAfter = i + 1 < parts.length && !parts[i + 1].isEmpty();
          glue = false;
          continue;
        }
        List<List<String>> alternatives = new ArrayList<>();
        if (w.startsWith("&")) {
          if (!expand(w, synsets, alternatives, 0)) {
            return; // an undefined synset: PETRARCH ignores the pattern
          }
        } else {
          alternatives.add(List.of(w));
        }
        (afterVerb ? after : before).add(new PetrarchPattern.Element(alternatives, glue));
        glue = true;
      }
    }
    if (!defined(code)) {
      return; // a code the codebook does not define: the pattern cannot fire
    }
    block.patterns.add(
        new PetrarchPattern(
            before, after, gluedBefore, gluedAfter, code.strip(), body, List.copyOf(markers)));
  }

  /** Adds the phrases of synset {@code name}, nested synsets included. */
  private static boolean expand(
      String name, Map<String, Set<String>> synsets, List<List<String>> out, int depth) {
    Set<String> members = synsets.get(name);
    if (members == null || depth > 3) {
      return false;
    }
    for (String member : members) {
      if (member.startsWith("&")) {
        expand(member.split("\\s+")[0], synsets, out, depth + 1);
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : member.split("[\\s_]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    return !out.isEmpty();
  }

  /**
   * Whether a dictionary code is "no event" or a code the codebook defines (or, when the dictionary
   * keeps its own codes, one of CAMEO's form, which is then recorded).
   */
  private boolean defined(String code) {
    boolean all = true;
    for (String part : code.split(":", -1)) {
      String c = withoutDoubt(part);
      if (c.isEmpty() || c.startsWith("-") || codebook.find(c).isPresent()) {
        continue;
      }
      if (ownCodes && CameoCode.wellFormed(c)) {
        declared.add(c);
      } else {
        all = false;
      }
    }
    return all;
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
      if (PetrarchPattern.hasAll(after, v.particles)
          && PetrarchPattern.precededBy(before, v.preceding, verb)) {
        particles = Math.max(particles, v.particles.size() + v.preceding.size());
      }
    }
    PetrarchPattern best = null;
    Verb bestVerb = null;
    Set<String> defaults = new LinkedHashSet<>();
    Verb defaultVerb = null;
    for (Verb v : entries) {
      if (!PetrarchPattern.hasAll(after, v.particles)
          || !PetrarchPattern.precededBy(before, v.preceding, verb)
          || v.particles.size() + v.preceding.size() != particles) {
        continue;
      }
      for (PetrarchPattern p : v.block.patterns) {
        if ((best == null || p.size() > best.size())
            && PetrarchPattern.matchesBefore(p, before, verb)
            && PetrarchPattern.matchesAfter(p, after, verb)) {
          best = p;
          bestVerb = v;
        }
      }
      String code = !v.code.isEmpty() ? v.code : v.block.code;
      defaults.add(code);
      defaultVerb = v;
    }
    if (best != null) {
      String rule = "petrarch." + bestVerb.block.name + ":" + best.text().replaceAll("\\s+", " ");
      PetrarchPattern chosen = best;
      return match(best.code(), rule, best.negative(), best.compoundSource())
          .map(
              m ->
                  new Match(
                      m.code(),
                      m.reverse(),
                      m.rule(),
                      m.negationInPattern(),
                      m.compoundSource(),
                      chosen.marked("+").stream().findFirst(),
                      Set.copyOf(chosen.marked("^")),
                      PetrarchPattern.slots(chosen, before, after, verb)));
    }
    // Without a pattern, a verb listed under several blocks with different codes is ambiguous.
    if (defaults.size() != 1) {
      return Optional.empty();
    }
    String rule = "petrarch." + defaultVerb.block.name;
    return match(defaults.iterator().next(), rule, false, false);
  }

  /**
   * The entries of a lemma; TABARI-era dictionaries list some verbs by their third-person form
   * ({@code SAYS}), which the lemma ("say") finds when the lemma itself has no entry.
   */
  /**
   * The entries of an inflected form the dictionary keys: the form's own when it is a verb of its
   * own; when it only begins multi-word verbs ("+KILLED_AND" under "KILL"), those and the lemma's,
   * so "killed" without "and" is still KILL.
   */
  private List<Verb> formEntries(String form, String lemma) {
    List<Verb> own = verbs.get(form);
    if (own.stream().anyMatch(v -> v.particles.isEmpty() && v.preceding.isEmpty())) {
      return own;
    }
    List<Verb> out = new ArrayList<>(own);
    List<Verb> base = entries(lemma);
    if (base != null) {
      out.addAll(base);
    }
    return out;
  }

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
  private Optional<Match> match(String code, String rule, boolean negative, boolean compound) {
    String[] parts = code.split(":", 2);
    Optional<CameoCode> reverse = parts.length == 2 ? primary(parts[1]) : Optional.empty();
    return primary(parts[0])
        .map(
            c ->
                new Match(
                    c, reverse, rule, negative, compound, Optional.empty(), Set.of(), List.of()));
  }

  /**
   * A code followed by {@code ?} ({@code [023?]}): TABARI's mark of a code its author was not sure
   * of. The code stands; the mark only records the doubt.
   */
  private static String withoutDoubt(String code) {
    String c = code.strip();
    return c.endsWith("?") ? c.substring(0, c.length() - 1).strip() : c;
  }

  /** One code, if the codebook defines it. */
  private Optional<CameoCode> primary(String code) {
    String c = withoutDoubt(code);
    if (c.isEmpty() || c.startsWith("-")) {
      return Optional.empty();
    }
    return codebook.find(c);
  }
}
