package io.herald.eval.quotes;

import io.herald.model.Span;
import io.herald.model.text.CorefChain;
import io.herald.model.text.CorefMention;
import io.herald.model.text.Dependency;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a system's speaker is the gold source: the speaker mention overlaps the source
 * span, or the speaker's name and the source's name are the same person.
 *
 * <p>Names compare as sets of lower-cased words without articles, honorifics and pronouns; two
 * names are the same when one set contains the other ("Caddell" and "Pat Caddell", not "Bill
 * Clinton" and "Hillary Clinton"). A gold source is known by the people and organisations named in
 * it ("longtime Democratic pollster Pat Caddell" is Pat Caddell); when it names none ("he", "the
 * senator", "officials") by its own words, by the representative mention of the coreference chain
 * it belongs to in the parse both systems share, and, for a relative pronoun ("who"), by the noun
 * its clause modifies.
 */
final class SpeakerMatcher {
  private static final Set<String> IGNORED =
      Set.of(
          "a", "an", "the", "mr", "mrs", "ms", "miss", "dr", "s", "he", "she", "him", "her", "his",
          "hers", "they", "them", "their", "it", "its", "we", "us", "our", "i", "me", "my", "you",
          "your", "who", "whom", "whose", "which", "that", "this", "these", "those");
  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION");

  private final ParsedArticle parsed;
  private final String text;

  SpeakerMatcher(ParsedArticle parsed) {
    this.parsed = parsed;
    this.text = parsed.text();
  }

  boolean matches(SystemQuote q, GoldAttribution gold) {
    if (q.speakerSpan().isPresent()) {
      for (Span s : gold.source()) {
        if (s.overlaps(q.speakerSpan().get())) {
          return true;
        }
      }
    }
    List<Set<String>> goldNames = goldNames(gold);
    for (String name : q.speakerNames()) {
      Set<String> sys = words(name);
      if (sys.isEmpty()) {
        continue;
      }
      for (Set<String> g : goldNames) {
        if (g.containsAll(sys) || sys.containsAll(g)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The gold source's names, each a non-empty word set. */
  List<Set<String>> goldNames(GoldAttribution gold) {
    List<Set<String>> out = new ArrayList<>();
    for (Span s : gold.source()) {
      for (EntityMention e : parsed.entities()) {
        if (e.span().overlaps(s) && NAME_TYPES.contains(e.type())) {
          add(out, e.text());
        }
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (Span s : gold.source()) {
      add(out, s.of(text));
      for (CorefChain c : parsed.corefChains()) {
        for (CorefMention m : c.mentions()) {
          if (m.span().overlaps(s)) {
            add(out, c.representativeMention().text());
            break;
          }
        }
      }
      relativeAntecedent(s).ifPresent(a -> add(out, a));
    }
    return out;
  }

  /** "Ishiba, who said ...": the noun a relative pronoun's clause modifies. */
  private Optional<String> relativeAntecedent(Span source) {
    for (Sentence s : parsed.sentences()) {
      if (!s.span().overlaps(source)) {
        continue;
      }
      int t = s.tokenAt(source.start());
      if (t < 0 || !s.token(t).pos().startsWith("W")) {
        continue;
      }
      Optional<Dependency> toVerb = s.headOf(t);
      if (toVerb.isEmpty() || toVerb.get().governor() < 0) {
        continue;
      }
      Optional<Dependency> relcl = s.headOf(toVerb.get().governor());
      if (relcl.isPresent()
          && relcl.get().governor() >= 0
          && relcl.get().relation().startsWith("acl:relcl")) {
        int noun = relcl.get().governor();
        List<Integer> phrase = new ArrayList<>();
        phrase.add(noun);
        for (Dependency d : s.childrenOf(noun)) {
          String r = d.baseRelation();
          if (r.equals("compound") || r.equals("flat") || r.equals("amod")) {
            phrase.add(d.dependent());
          }
        }
        int first = phrase.stream().mapToInt(Integer::intValue).min().orElse(noun);
        int last = phrase.stream().mapToInt(Integer::intValue).max().orElse(noun);
        return Optional.of(s.spanOf(first, last).of(text));
      }
    }
    return Optional.empty();
  }

  private static void add(List<Set<String>> out, String name) {
    Set<String> w = words(name);
    if (!w.isEmpty() && !out.contains(w)) {
      out.add(w);
    }
  }

  /** Lower-cased words of a name without articles, honorifics and pronouns. */
  static Set<String> words(String name) {
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !IGNORED.contains(w))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
