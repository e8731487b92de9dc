package io.herald.coding.actors;

import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.List;

/**
 * "the Palestinian Liberation Organization (PLO)": a name the dictionaries do not know, followed by
 * an acronym in parentheses that they do, names the same actor; its words take the acronym's
 * actors, so that a verb whose object is the name finds it.
 */
final class ParentheticalAcronyms {
  private ParentheticalAcronyms() {}

  static void mark(Sentence s, ActorTable table) {
    List<Token> tokens = s.tokens();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      Token acronym = tokens.get(i + 1);
      if (!tokens.get(i).word().equals("(")
          || !tokens.get(i + 2).word().equals(")")
          || !acronym.word().matches("[A-Z]{2,8}")
          || !table.isMarked(s.index(), i + 1)) {
        continue;
      }
      int last = i - 1;
      if (!tokens.get(last).pos().startsWith("NNP") || table.isMarked(s.index(), last)) {
        continue;
      }
      int first = last;
      while (first > 0
          && !table.isMarked(s.index(), first - 1)
          && (tokens.get(first - 1).pos().startsWith("NNP")
              || !tokens.get(first - 1).ner().equals("O")
                  && tokens.get(first - 1).ner().equals(tokens.get(last).ner()))) {
        first--;
      }
      for (ActorTable.Draft d : table.at(s.index(), i + 1)) {
        table.mark(s.index(), first, last, s.spanOf(first, last), d);
      }
    }
  }
}
