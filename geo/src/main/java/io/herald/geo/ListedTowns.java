package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.Dateline;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Towns and regions named in a list with places already found, which the tagger missed or took for
 * people: "Kisumu, Bondo, Nyando", "Moonbi, Parkes, Berry and Wyong", "Pandi and Talavera farms",
 * "Devon and Cornwall police". A name counts only when the gazetteer has a town or a first-level
 * region of that name, and only inside a list: after "and"/"or" that follows a place, before
 * "and"/"or" that leads to one, or between two commas (or a comma and "and") beside a place; "in
 * Texas, Smith said" lists nothing.
 */
final class ListedTowns {
  /** Tagger classes a listed name may carry: none, or a person's (surnames are towns' names). */
  private static final Set<String> TAGS = Set.of("O", "PERSON");

  /** The longest name, in tokens. */
  private static final int MAX_TOKENS = 3;

  private final Gazetteer gazetteer;

  ListedTowns(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The listed names of sentence {@code s} among its free tokens, which they then take; {@code
   * found} holds the toponyms found so far (of every sentence).
   */
  List<Toponym> find(
      Sentence s,
      String text,
      TakenTokens taken,
      List<Toponym> found,
      Optional<Dateline> dateline) {
    int n = s.tokens().size();
    boolean[] starts = new boolean[n];
    boolean[] ends = new boolean[n];
    for (Toponym m : found) {
      if (m.sentence() == s.index()) {
        markPlace(s, m.span(), starts, ends);
      }
    }
    List<Toponym> out = new ArrayList<>();
    boolean more = true;
    while (more) {
      more = false;
      for (int i = 1; i < n && !more; i++) {
        for (int j = Math.min(n - 1, i + MAX_TOKENS - 1); j >= i && !more; j--) {
          if (!candidate(s, i, j, taken)) {
            continue;
          }
          Span span = s.spanOf(i, j);
          String name = span.of(text);
          if (listed(s, i, j, starts, ends)
              && !PlaceWords.generic(Gazetteer.key(name))
              && (!gazetteer.cities(name).isEmpty() || !gazetteer.admin1(name).isEmpty())
              && !ToponymRecognizer.personsName(s, i, j)
              && !Datelines.inDateline(dateline, span)) {
            out.add(new Toponym(s.index(), span, name, Optional.empty(), "geo.listed"));
            taken.mark(span);
            markPlace(s, span, starts, ends);
            more = true;
          }
        }
      }
    }
    return out;
  }

  private static void markPlace(Sentence s, Span span, boolean[] starts, boolean[] ends) {
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (span.overlaps(t.span())) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    if (first >= 0) {
      starts[first] = true;
      ends[last] = true;
    }
  }

  /** Whether tokens {@code i..j} stand in a list beside a place. */
  private static boolean listed(Sentence s, int i, int j, boolean[] starts, boolean[] ends) {
    int n = s.tokens().size();
    String before = s.token(i - 1).word();
    String after = j + 1 < n ? s.token(j + 1).word() : "";
    // "Pandi and Talavera", "Pandi, and Talavera"
    int left = i - 2;
    if (conjunction(before) && left >= 0 && s.token(left).word().equals(",")) {
      left--;
    }
    boolean placeBefore = left >= 0 && ends[left];
    // "Devon and Cornwall", "Parkes, Berry and Wyong"
    int right = j + 2;
    if (after.equals(",") && right < n && conjunction(s.token(right).word())) {
      right++;
    }
    boolean placeAfter = right < n && starts[right];
    if (conjunction(before) && placeBefore) {
      return true;
    }
    boolean leadsToConjunction =
        conjunction(after) || after.equals(",") && j + 2 < n && conjunction(s.token(j + 2).word());
    if (leadsToConjunction && placeAfter) {
      return true;
    }
    // between two separators, one of them next to a place: "Kisumu, Bondo, Nyando"
    boolean commaBefore = before.equals(",");
    boolean separatorAfter = after.equals(",") || conjunction(after);
    return commaBefore && separatorAfter && (placeBefore || placeAfter);
  }

  private static boolean conjunction(String word) {
    return word.equals("and") || word.equals("or");
  }

  /** Whether tokens {@code i..j} are free, capitalised proper nouns of a listed name's classes. */
  private static boolean candidate(Sentence s, int i, int j, TakenTokens taken) {
    for (int k = i; k <= j; k++) {
      Token t = s.token(k);
      if (taken.at(k)
          || !t.isProperNoun()
          || !TAGS.contains(t.ner())
          || t.word().isEmpty()
          || !Character.isUpperCase(t.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
