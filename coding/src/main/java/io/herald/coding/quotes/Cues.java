package io.herald.coding.quotes;

import io.herald.model.codes.TsvTable;
import io.herald.model.text.Token;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs that introduce what someone said: direct quotations and reported speech. The lists are
 * data, {@code speech-verbs.tsv} in the coding resources, read once; add a verb there, not here.
 */
final class Cues {
  private static final String RESOURCE = "/io/herald/coding/speech-verbs.tsv";

  /** Verbs that report speech or writing, with or without a clause ("said", "tweeted"). */
  private static final Set<String> SPEECH = column("quotes");

  /**
   * Verbs whose clausal complement is reported speech or a stated view ("said he wants to ...").
   */
  private static final Set<String> REPORTING = union(column("reports"), column("belief"));

  /**
   * Verbs whose object, infinitive or prepositional complement is an attributed position ("urged
   * Congress to act", "criticized the plan").
   */
  private static final Set<String> OBJECT = column("object");

  private static Set<String> column(String name) {
    TsvTable table = TsvTable.load(Cues.class, RESOURCE);
    Set<String> out = new HashSet<>();
    for (String[] row : table.rows()) {
      String flag = table.get(row, name).strip();
      if (!flag.equals("0") && !flag.equals("1")) {
        throw new IllegalStateException(
            RESOURCE + ": column " + name + " of \"" + row[0] + "\" must be 0 or 1, got " + flag);
      }
      if (flag.equals("1")) {
        out.add(table.get(row, "lemma").strip().toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private Cues() {}

  /** A verb that can introduce a direct quotation. */
  static boolean isSpeech(Token t) {
    return t.isVerb() && SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** A verb whose object or infinitive is what someone said, wants or holds. */
  static boolean takesObjectContent(Token t) {
    return t.isVerb() && OBJECT.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** A verb whose clausal complement reports what someone said. */
  static boolean isReporting(Token t) {
    return t.isVerb() && REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT));
  }
}
