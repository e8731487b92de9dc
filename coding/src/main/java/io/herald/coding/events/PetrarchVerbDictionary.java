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
 * verbs (multi-word ones as {@code +ASK_FOR}) with optional own codes, and patterns such as {@code
 * - * (IN {TELEPHONE CONVERSATION}) [041]} whose words must surround the verb.
 *
 * <p>Herald matches patterns on the dependency parse rather than on PETRARCH's phrase trees: every
 * word of a pattern must occur in the verb's subtree on its side of the verb ({@code *}); word
 * order, phrase brackets and the actor markers {@code $ + % ^} are not enforced. The most specific
 * matching pattern (most words) wins; otherwise the verb's or its block's code applies. A code of
 * {@code ---} means "no event". Codes the CAMEO codebook does not define are dropped on reading, so
 * an invalid code can never be emitted.
 */
public final class PetrarchVerbDictionary {
  private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  /** A pattern: alternatives for each required word before and after the verb. */
  record VerbPattern(List<Set<String>> before, List<Set<String>> after, String code, String text) {
    int size() {
      return before.size() + after.size();
    }
  }

  private record Block(String name, String code, List<VerbPattern> patterns) {}

  private record Verb(String lemma, List<String> particles, String code, Block block) {}

  /**
   * A dictionary match: the CAMEO code and the rule that produced it.
   *
   * @param reverse the second code of a paired code ({@code [032:033]}: the source visits, the
   *     target receives the visit), coded from the target back to the source
   */
  public record Match(CameoCode code, Optional<CameoCode> reverse, String rule) {}

  private final Map<String, List<Verb>> verbs = new HashMap<>();
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
    Map<String, Set<String>> synsets = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String synset = null;
    Block block = null;
    boolean verbsSection = false;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
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
      if (!verbsSection) {
        if (noComment.startsWith("&")) {
          synset = noComment.split("\\s+")[0];
          synsets.put(synset, new LinkedHashSet<>());
        } else if (noComment.startsWith("+") && synset != null) {
          synsets.get(synset).add(noComment.substring(1).strip());
        }
        continue;
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

  private void addVerb(Block block, String text) {
    Matcher code = CODE.matcher(text);
    String own = code.find() ? code.group(1).strip() : "";
    if (!defined(own)) {
      own = "";
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
    String lemma = parts[0].toLowerCase(Locale.ROOT);
    List<String> particles = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      particles.add(parts[i]);
    }
    verbs
        .computeIfAbsent(lemma, k -> new ArrayList<>())
        .add(new Verb(lemma, particles, own, block));
  }

  private void addPattern(Block block, String body, String code, Map<String, Set<String>> synsets) {
    String clean = body.replaceAll("[(){}]", " ");
    List<Set<String>> before = new ArrayList<>();
    List<Set<String>> after = new ArrayList<>();
    boolean afterVerb = false;
    for (String w : clean.split("\\s+")) {
      if (w.isEmpty() || "$+%^|".contains(w)) {
        continue;
      }
      if (w.equals("*")) {
        afterVerb = true;
        continue;
      }
      List<Set<String>> side = afterVerb ? after : before;
      if (w.startsWith("&")) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (String member : synsets.getOrDefault(w, Set.of())) {
          String[] words = member.split("_");
          alternatives.add(words[words.length - 1]);
        }
        if (!alternatives.isEmpty()) {
          side.add(alternatives);
        }
      } else {
        for (String part : w.split("_")) {
          if (!part.isEmpty() && !"$+%^".contains(part)) {
            side.add(Set.of(part));
          }
        }
      }
    }
    if (!defined(code)) {
      return; // a code the CAMEO codebook does not define: the pattern cannot fire
    }
    block.patterns.add(new VerbPattern(before, after, code.strip(), body));
  }

  /**
   * Whether a dictionary code is "no event" or a code the codebook defines (or, when the dictionary
   * keeps its own codes, one of CAMEO's form, which is then recorded).
   */
  private boolean defined(String code) {
    boolean all = true;
    for (String part : code.split(":", -1)) {
      String c = part.strip();
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
   * Codes verb {@code lemma} given the words around it in its subtree.
   *
   * @param before upper-case words and lemmas of the subtree before the verb
   * @param after upper-case words and lemmas of the subtree after the verb
   * @return empty when the lemma is unknown, its code is {@code ---} or not in the codebook
   */
  public Optional<Match> match(String lemma, Set<String> before, Set<String> after) {
    List<Verb> entries = verbs.get(lemma.toLowerCase(Locale.ROOT));
    if (entries == null) {
      return Optional.empty();
    }
    // The most specific pattern of any block listing the verb wins.
    // A multi-word verb whose particle is present ("ask for") is more specific than the bare verb.
    int particles = 0;
    for (Verb v : entries) {
      if (after.containsAll(v.particles)) {
        particles = Math.max(particles, v.particles.size());
      }
    }
    VerbPattern best = null;
    Verb bestVerb = null;
    Set<String> defaults = new LinkedHashSet<>();
    Verb defaultVerb = null;
    for (Verb v : entries) {
      if (!after.containsAll(v.particles) || v.particles.size() != particles) {
        continue;
      }
      for (VerbPattern p : v.block.patterns) {
        if (matches(p.before, before)
            && matches(p.after, after)
            && (best == null || p.size() > best.size())) {
          best = p;
          bestVerb = v;
        }
      }
      String code = !v.code.isEmpty() ? v.code : v.block.code;
      defaults.add(code);
      defaultVerb = v;
    }
    if (best != null) {
      String rule = "petrarch." + bestVerb.block.name + ":" + best.text.replaceAll("\\s+", " ");
      return match(best.code, rule);
    }
    // Without a pattern, a verb listed under several blocks with different codes is ambiguous.
    if (defaults.size() != 1) {
      return Optional.empty();
    }
    String rule = "petrarch." + defaultVerb.block.name;
    return match(defaults.iterator().next(), rule);
  }

  /** "042:043" gives 042 with 043 coded back from target to source; "---" gives no event. */
  private Optional<Match> match(String code, String rule) {
    String[] parts = code.split(":", 2);
    Optional<CameoCode> reverse = parts.length == 2 ? primary(parts[1]) : Optional.empty();
    return primary(parts[0]).map(c -> new Match(c, reverse, rule));
  }

  private static boolean matches(List<Set<String>> required, Set<String> words) {
    for (Set<String> alternatives : required) {
      boolean any = false;
      for (String a : alternatives) {
        if (words.contains(a)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** One code, if the codebook defines it. */
  private Optional<CameoCode> primary(String code) {
    String c = code.strip();
    if (c.isEmpty() || c.startsWith("-")) {
      return Optional.empty();
    }
    return codebook.find(c);
  }
}
