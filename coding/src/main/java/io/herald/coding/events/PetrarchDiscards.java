package io.herald.coding.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH discard list: phrases marking text that is not political news (sports results,
 * weather). A line {@code BASEBALL} discards a sentence containing the phrase, {@code +TYPHOON} the
 * whole story; {@code #} starts a comment. Phrases match whole words, ignoring case; {@code _}
 * stands for a space.
 */
public final class PetrarchDiscards {
  /** A phrase and whether it discards the whole story rather than one sentence. */
  private record Phrase(String words, boolean story) {}

  private final List<Phrase> phrases;

  private PetrarchDiscards(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  /**
   * Reads a discard list.
   *
   * @param origin file name for error messages
   * @throws IllegalArgumentException naming the line when a line holds only a {@code +}
   */
  public static PetrarchDiscards read(Reader reader, String origin) throws IOException {
    List<Phrase> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      text = text.strip();
      if (text.isEmpty() || text.startsWith("<!--")) {
        continue;
      }
      boolean story = text.startsWith("+");
      String words = normalise(story ? text.substring(1) : text);
      if (words.isBlank()) {
        throw new IllegalArgumentException(origin + ":" + lineNo + ": discard line without words");
      }
      out.add(new Phrase(words, story));
    }
    return new PetrarchDiscards(out);
  }

  /** Whether the sentence (or, for story discards, the story holding it) is not to be coded. */
  public boolean discards(String sentence, String story) {
    return discardsStory(story) || discardsSentence(sentence);
  }

  /** Whether a {@code +} phrase silences the whole story. */
  public boolean discardsStory(String story) {
    return matches(story, true);
  }

  /** Whether a sentence phrase silences this sentence. */
  public boolean discardsSentence(String sentence) {
    return matches(sentence, false);
  }

  private boolean matches(String text, boolean story) {
    String padded = " " + normalise(text) + " ";
    for (Phrase p : phrases) {
      if (p.story == story && padded.contains(" " + p.words + " ")) {
        return true;
      }
    }
    return false;
  }

  private static String normalise(String text) {
    return text.toUpperCase(Locale.ROOT)
        .replace('_', ' ')
        .replaceAll("[^\\p{L}\\p{N}' ]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
