package io.herald.coding.events;

import io.herald.model.codes.CameoCode;
import io.herald.model.codes.CameoCodebook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a PETRARCH/TABARI verb dictionary into the verb entries and patterns {@link
 * PetrarchVerbDictionary} matches: synsets first (they may be defined after the patterns that use
 * them), then the {@code --- NAME [code] ---} blocks with their verbs and patterns. Codes the
 * codebook does not define are dropped here, or kept and declared when the dictionary keeps its own
 * codes.
 */
final class PetrarchVerbReader {
  private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  /** A verb block: its name, its code and the patterns listed under it. */
  record Block(String name, String code, List<PetrarchPattern> patterns) {
    /** Fewest patterns from which a block's patterns are taken as evidence of its verbs' sense. */
    private static final int EVIDENCE = 5;

    /**
     * Whether {@code code}, the default of a verb of this block, is a minority sense: fewer than a
     * third of the block's patterns (at least {@value #EVIDENCE}) code an event of its CAMEO root,
     * the rest another root or none ("DIE [190]": "* (OF {NATURAL CAUSES}) [---]", "* (IN CLASHES)
     * [190]"; "LEAD" under "OVERSEE_MANAGE [060]" with "* DELEGATION [036]", "* CEREMONY [017]").
     * Such a verb means its default only with the right object.
     */
    boolean objectSensitive(String code) {
      if (patterns.size() < EVIDENCE || code.length() < 2) {
        return false;
      }
      String root = PetrarchVerbReader.withoutDoubt(code.split(":", 2)[0]);
      if (root.length() < 2 || root.startsWith("-")) {
        return false;
      }
      long same =
          patterns.stream()
              .map(p -> PetrarchVerbReader.withoutDoubt(p.code().split(":", 2)[0]))
              .filter(c -> c.length() >= 2 && c.substring(0, 2).equals(root.substring(0, 2)))
              .count();
      return same * 3 < patterns.size();
    }
  }

  /**
   * A verb entry: its lemma, the words that must follow it ({@code ASK_FOR}) and those that must
   * come right before it ({@code WIRE_+TAP}: the {@code +} marks the verb), upper-case.
   */
  record Verb(
      String lemma, List<String> particles, List<String> preceding, String code, Block block) {}

  /**
   * What a dictionary holds once read.
   *
   * @param verbs lower-case verb (or listed form) to its entries
   * @param listedForms lower-case inflected forms listed in braces after a verb ("FIND {FOUND}")
   * @param codebook the given codebook plus any codes the dictionary keeps
   */
  record Contents(Map<String, List<Verb>> verbs, Set<String> listedForms, CameoCodebook codebook) {}

  private final Map<String, List<Verb>> verbs = new HashMap<>();
  private final Set<String> listedForms = new HashSet<>();
  private final boolean ownCodes;
  private final Set<String> declared = new LinkedHashSet<>();
  private CameoCodebook codebook;

  private PetrarchVerbReader(CameoCodebook codebook, boolean ownCodes) {
    this.codebook = codebook;
    this.ownCodes = ownCodes;
  }

  /**
   * Reads a dictionary in PETRARCH's verb format.
   *
   * @param origin file name for error messages
   * @param ownCodes keep the dictionary's own codes of CAMEO's form instead of dropping them
   * @throws IllegalArgumentException naming the line when the text is not a verb dictionary
   */
  static Contents read(Reader reader, String origin, CameoCodebook codebook, boolean ownCodes)
      throws IOException {
    PetrarchVerbReader dict = new PetrarchVerbReader(codebook, ownCodes);
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
    return new Contents(dict.verbs, dict.listedForms, dict.codebook);
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

  /**
   * A code followed by {@code ?} ({@code [023?]}): TABARI's mark of a code its author was not sure
   * of. The code stands; the mark only records the doubt.
   */
  static String withoutDoubt(String code) {
    String c = code.strip();
    return c.endsWith("?") ? c.substring(0, c.length() - 1).strip() : c;
  }
}
