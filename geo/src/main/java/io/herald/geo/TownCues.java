package io.herald.geo;

import io.herald.model.Span;
import io.herald.model.text.Dateline;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Town names the tagger missed or took for an organisation, where the words around them say a place
 * is meant: "in Mansfield", "the Mansfield Police Department", "Mansfield Mayor Curtis McCoy". A
 * capitalised name counts only when the gazetteer has a town of that name.
 */
final class TownCues {
  /** Words before a name that say a place is meant ("in Mansfield", "north Arlington"). */
  private static final Set<String> TOWN_BEFORE =
      Set.of(
          "in",
          "near",
          "outside",
          "from",
          "at",
          "In",
          "Near",
          "Outside",
          "From",
          "At",
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "downtown",
          "suburban",
          "rural",
          "Metro",
          "metro");

  /** Words before "of" and a name that say a town is meant ("the University of Hartford"). */
  private static final Set<String> TOWN_OF =
      Set.of("University", "College", "City", "Town", "Village", "Township", "Borough");

  /** Words after a name that say a town is meant ("Mansfield police", "Mansfield Mayor"). */
  private static final Set<String> TOWN_AFTER =
      Set.of(
          "police",
          "mayor",
          "township",
          "residents",
          "resident",
          "aldermen",
          "selectmen",
          "selectman",
          "council",
          "firefighters",
          "fire",
          "officers",
          "area",
          "townships");

  /**
   * Words after a name that say a town is meant unless the name is a person's ("Harwinton
   * taxpayers", "Crestwood Board of Education", but not "Arnold man"). Schools and libraries are
   * too often named after people ("Lee Academy", "Carnegie Library") to say as much.
   */
  private static final Set<String> TOWN_AFTER_UNLESS_PERSON =
      Set.of(
          "man",
          "woman",
          "native",
          "officials",
          "taxpayers",
          "voters",
          "board",
          "zoning",
          "planning",
          "commissioners",
          "trustees",
          "teen",
          "couple",
          "family",
          "senior",
          "students");

  /**
   * Nouns that head the names of institutions and are towns' names too ("College", Alaska;
   * "Police", Poland): "Metro Police", "the College of Law" name no place.
   */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "college",
          "university",
          "police",
          "council",
          "law",
          "chamber",
          "front",
          "board",
          "school",
          "court",
          "church",
          "hospital",
          "center",
          "centre",
          "park",
          "union",
          "high",
          "academy",
          "library",
          "county",
          "state",
          "city",
          "community",
          "public");

  private final Gazetteer gazetteer;

  TownCues(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The cued towns of sentence {@code s} among its free tokens, which they then take. */
  List<Toponym> find(Sentence s, String text, TakenTokens taken, Optional<Dateline> dateline) {
    List<Toponym> out = new ArrayList<>();
    int n = s.tokens().size();
    int i = 0;
    while (i < n) {
      int found = -1;
      for (int j = Math.min(n - 1, i + 2); j >= i && found < 0; j--) {
        if (!properName(s, i, j, taken)) {
          continue;
        }
        Span span = s.spanOf(i, j);
        String name = span.of(text);
        boolean before =
            i > 0 && TOWN_BEFORE.contains(s.token(i - 1).word())
                || i > 1
                    && s.token(i - 1).word().equals("of")
                    && (TOWN_OF.contains(s.token(i - 2).word()) || personBefore(s, i - 1));
        String next = j + 1 < n ? s.token(j + 1).word().toLowerCase(Locale.ROOT) : "";
        boolean person = s.token(i).ner().equals("PERSON");
        boolean institution = false;
        for (int k = i; k <= j; k++) {
          institution |= INSTITUTION_WORDS.contains(s.token(k).word().toLowerCase(Locale.ROOT));
        }
        boolean after =
            TOWN_AFTER.contains(next)
                || TOWN_AFTER_UNLESS_PERSON.contains(next) && !person && !institution
                || !institution && regionAfterComma(s, text, name, j);
        // "Kitsmore, 54, of Tyler": a person's age and "of" name a home town, however tagged
        boolean hometown = i == j && i > 1 && s.token(i - 1).word().equals("of") && aged(s, i - 1);
        if ((after || hometown || before && !person && !institution)
            && !PlaceWords.generic(Gazetteer.key(name))
            && !gazetteer.cities(name).isEmpty()
            && !Datelines.inDateline(dateline, span)) {
          found = j;
          out.add(new Toponym(s.index(), span, name, Optional.empty(), "geo.town-cue"));
          taken.mark(span);
        }
      }
      i = found >= 0 ? found + 1 : i + 1;
    }
    return out;
  }

  /**
   * Whether a comma and a region or country that holds a town called {@code name} follow token
   * {@code j}: "Marion, Ohio", "Buffalo, New York".
   */
  private boolean regionAfterComma(Sentence s, String text, String name, int j) {
    int n = s.tokens().size();
    if (j + 2 >= n || !s.token(j + 1).word().equals(",")) {
      return false;
    }
    for (int last = Math.min(n - 1, j + 3); last >= j + 2; last--) {
      String region = s.spanOf(j + 2, last).of(text);
      List<GazetteerEntry> regions = new ArrayList<>(gazetteer.admin1(region));
      gazetteer.country(region).ifPresent(regions::add);
      for (GazetteerEntry r : regions) {
        for (GazetteerEntry town : gazetteer.cities(name)) {
          if (SenseScore.within(town, r)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a person, perhaps with an age, stands right before the "of" at {@code of}: "James
   * Tauber of Nelson", "Crolley, 42, of Swansea", "said Amstutz, of Wooster".
   */
  private static boolean personBefore(Sentence s, int of) {
    int k = of - 1;
    if (k >= 0 && s.token(k).word().equals(",")) {
      k--;
      if (k >= 1 && s.token(k).word().chars().allMatch(Character::isDigit)) {
        k -= 2;
        if (k + 1 < 0 || !s.token(k + 1).word().equals(",")) {
          return false;
        }
      }
    }
    return k >= 0 && s.token(k).ner().equals("PERSON");
  }

  /** Whether a person's name and age stand right before the "of" at {@code of}: "Kitsmore, 54,". */
  private static boolean aged(Sentence s, int of) {
    return of >= 4
        && s.token(of - 1).word().equals(",")
        && s.token(of - 2).word().chars().allMatch(Character::isDigit)
        && s.token(of - 3).word().equals(",")
        && s.token(of - 4).ner().equals("PERSON");
  }

  /** Whether tokens {@code i..j} are free, capitalised proper nouns. */
  private static boolean properName(Sentence s, int i, int j, TakenTokens taken) {
    for (int k = i; k <= j; k++) {
      Token t = s.token(k);
      if (taken.at(k)
          || !t.pos().startsWith("NNP")
          || PlaceWords.notPlace(t.ner())
          || t.word().isEmpty()
          || !Character.isUpperCase(t.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
