package io.herald.coding.entities;

import io.herald.coding.entities.EntityLexicon.WordKind;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One sense per name within an article, the way a reader takes it: later mentions of a name mean
 * what its fullest mention meant.
 *
 * <ol>
 *   <li>Surnames: the last word of a full personal name ("MaliVai Washington") is that person when
 *       it stands alone, whether CoreNLP tagged it as a place or missed it.
 *   <li>Short forms of organisations: an organisation's name without its designator ("Johnson
 *       Controls" of "Johnson Controls Inc") or its distinctive first word ("Magna" of "Magna
 *       International Inc") stands for it; not when that word is a place name, too common, not a
 *       proper noun, a possessor ("Farrakhan 's Nation of Islam"), or used as a place elsewhere in
 *       the article.
 *   <li>Untagged repeats: where CoreNLP tagged a name once and missed it elsewhere ("Rotor",
 *       "Comex"), the other occurrences take the class most of its tagged occurrences have.
 * </ol>
 *
 * Untagged words are only taken as names when they are proper nouns standing on their own (not next
 * to other untagged capitalised words), except in lines written in capitals.
 */
final class DocumentConsistency implements Rule {
  private static final int MIN_SHORT_FORM = 3;
  private final EntityLexicon lexicon;

  DocumentConsistency(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(Drafts drafts) {
    surnames(drafts);
    shortForms(drafts);
    propagate(drafts);
  }

  private static void surnames(Drafts drafts) {
    Set<String> surnames = new HashSet<>();
    for (Draft d : drafts.all()) {
      String last = drafts.token(d.sentence(), d.last()).word();
      if (d.entityClass() == EntityClass.PERSON
          && d.length() >= 2
          && Words.capitalised(last)
          && last.length() >= 2) {
        surnames.add(last);
      }
    }
    for (String surname : surnames) {
      for (Occurrence o : occurrences(drafts, List.of(surname))) {
        Optional<Draft> d = drafts.at(o.sentence(), o.first());
        if (d.isPresent()) {
          EntityClass c = d.get().entityClass();
          if (d.get().length() == 1 && (c == EntityClass.PLACE || c == EntityClass.MISC)) {
            drafts.replace(d.get(), d.get().withType("PERSON"));
          }
        } else if (standsAlone(drafts, o)) {
          drafts.claim(new Draft(o.sentence(), o.first(), o.last(), "PERSON"));
        }
      }
    }
  }

  private void shortForms(Drafts drafts) {
    Set<String> places = new HashSet<>();
    for (Draft d : drafts.all()) {
      if (d.entityClass() == EntityClass.PLACE && d.length() == 1) {
        places.add(key(drafts.words(d)));
      }
    }
    Set<List<String>> forms = new LinkedHashSet<>();
    for (Draft d : drafts.all()) {
      if (d.entityClass() != EntityClass.ORGANIZATION || d.length() < 2) {
        continue;
      }
      int s = d.sentence();
      int end = d.last();
      while (end > d.first() && designatorOrPunctuation(drafts.token(s, end).word())) {
        end--;
      }
      if (end < d.last()) {
        forms.add(wordList(drafts, s, d.first(), end));
      }
      Token first = drafts.token(s, d.first());
      boolean possessor = drafts.token(s, d.first() + 1).word().equals("'s");
      if (distinctive(first.word())
          && first.pos().startsWith("NNP")
          && !Words.capitalsLine(drafts.sentence(s))
          && !possessor
          && !places.contains(key(first.word()))) {
        forms.add(List.of(first.word()));
      }
    }
    for (List<String> form : forms) {
      for (Occurrence o : occurrences(drafts, form)) {
        int s = o.sentence();
        List<Draft> overlapping =
            drafts.in(s).stream().filter(d -> d.overlaps(o.first(), o.last())).toList();
        if (overlapping.isEmpty()) {
          if (standsAlone(drafts, o)) {
            drafts.claim(new Draft(s, o.first(), o.last(), "ORGANIZATION"));
          }
        } else if (drafts.onlyInside(s, o.first(), o.last())
            && overlapping.stream()
                .allMatch(
                    d ->
                        d.entityClass() == EntityClass.PERSON
                            || d.entityClass() == EntityClass.PLACE)) {
          drafts.claim(new Draft(s, o.first(), o.last(), "ORGANIZATION"));
        }
      }
    }
  }

  private boolean designatorOrPunctuation(String w) {
    return lexicon.is(w, WordKind.DESIGNATOR) || Words.punctuation(w);
  }

  private boolean distinctive(String w) {
    return Words.capitalised(w)
        && w.length() >= MIN_SHORT_FORM
        && !Words.punctuation(w)
        && !lexicon.is(w, WordKind.GENERIC)
        && !lexicon.is(w, WordKind.ORG_PREFIX)
        && !lexicon.is(w, WordKind.DESIGNATOR)
        && lexicon.typeOf(w).isEmpty();
  }

  /** What a name is taken for in the article: its winning type, and one spelling. */
  private record Sense(String type, List<String> spelling) {}

  /** The sense of every tagged name that has a winning class, by upper-cased words. */
  private static Map<String, Sense> senses(Drafts drafts) {
    Map<String, Map<EntityClass, Map<String, Integer>>> votes = new LinkedHashMap<>();
    Map<String, List<String>> spelling = new HashMap<>();
    for (Draft d : drafts.all()) {
      if (d.named()) {
        String k = key(drafts.words(d));
        votes
            .computeIfAbsent(k, x -> new EnumMap<>(EntityClass.class))
            .computeIfAbsent(d.entityClass(), x -> new HashMap<>())
            .merge(d.type(), 1, Integer::sum);
        spelling.putIfAbsent(k, wordList(drafts, d.sentence(), d.first(), d.last()));
      }
    }
    Map<String, Sense> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<EntityClass, Map<String, Integer>>> e : votes.entrySet()) {
      Optional<EntityClass> winner = winner(e.getValue());
      if (winner.isPresent()) {
        Map<String, Integer> types = e.getValue().get(winner.get());
        String type =
            types.entrySet().stream()
                .max(
                    Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        out.put(e.getKey(), new Sense(type, spelling.get(e.getKey())));
      }
    }
    return out;
  }

  private static void propagate(Drafts drafts) {
    for (Sense sense : senses(drafts).values()) {
      for (Occurrence o : occurrences(drafts, sense.spelling())) {
        if (drafts.free(o.sentence(), o.first(), o.last()) && standsAlone(drafts, o)) {
          drafts.claim(new Draft(o.sentence(), o.first(), o.last(), sense.type()));
        }
      }
    }
  }

  /** The class held by more mentions than all other classes together, if any. */
  private static Optional<EntityClass> winner(Map<EntityClass, Map<String, Integer>> byClass) {
    int total = 0;
    Map<EntityClass, Integer> counts = new EnumMap<>(EntityClass.class);
    for (Map.Entry<EntityClass, Map<String, Integer>> e : byClass.entrySet()) {
      int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      counts.put(e.getKey(), n);
      total += n;
    }
    for (Map.Entry<EntityClass, Integer> e : counts.entrySet()) {
      if (e.getValue() * 2 > total) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  private record Occurrence(int sentence, int first, int last) {}

  /** Where the words of {@code name} occur in the article, each word the same name. */
  private static List<Occurrence> occurrences(Drafts drafts, List<String> name) {
    List<Occurrence> out = new ArrayList<>();
    for (int s = 0; s < drafts.sentenceCount(); s++) {
      List<Token> tokens = drafts.sentence(s).tokens();
      for (int i = 0; i + name.size() <= tokens.size(); i++) {
        boolean match = true;
        for (int j = 0; j < name.size() && match; j++) {
          match = Words.sameName(tokens.get(i + j).word(), name.get(j));
        }
        if (match) {
          out.add(new Occurrence(s, i, i + name.size() - 1));
        }
      }
    }
    return out;
  }

  /**
   * An untagged occurrence may be taken as a name: it begins with a capitalised proper noun and no
   * untagged capitalised word touches it, so it is not part of a longer unrecognised name
   * ("Washington Post"). In a line written in capitals only the spelling counts.
   */
  private static boolean standsAlone(Drafts drafts, Occurrence o) {
    Token first = drafts.token(o.sentence(), o.first());
    if (!Words.capitalised(first.word())) {
      return false;
    }
    if (Words.capitalsLine(drafts.sentence(o.sentence()))) {
      return true;
    }
    return Words.properNoun(first)
        && !drafts.untaggedName(o.sentence(), o.first() - 1)
        && !drafts.untaggedName(o.sentence(), o.last() + 1);
  }

  private static List<String> wordList(Drafts drafts, int s, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(drafts.token(s, i).word());
    }
    return out;
  }

  private static String key(String words) {
    return words.toUpperCase(Locale.ROOT);
  }
}
