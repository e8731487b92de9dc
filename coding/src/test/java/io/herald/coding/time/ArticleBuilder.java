package io.herald.coding.time;

import io.herald.model.Article;
import io.herald.model.Span;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.TimeMention;
import io.herald.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds small parsed articles by hand: sentences as {@code word/POS} or {@code word/POS/lemma}
 * tokens separated by spaces (the text is the words joined by single spaces), and SUTime mentions
 * located by their text.
 */
final class ArticleBuilder {
  private final Optional<LocalDate> date;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();
  private int searchFrom;

  private ArticleBuilder(Optional<LocalDate> date) {
    this.date = date;
  }

  static ArticleBuilder dated(String isoDate) {
    return new ArticleBuilder(Optional.of(LocalDate.parse(isoDate)));
  }

  static ArticleBuilder undated() {
    return new ArticleBuilder(Optional.empty());
  }

  /** Raw text before the first sentence (a dateline); no tokens, as the analyser blanks it. */
  ArticleBuilder prefix(String raw) {
    text.append(raw);
    return this;
  }

  ArticleBuilder sentence(String tagged) {
    if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.append(' ');
    }
    int sentenceStart = text.length();
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.trim().split(" +")) {
      // the word ends at the first slash before a tag; tags never start with a digit ("1/2/CD")
      int slash = item.indexOf('/', 1);
      while (slash + 1 < item.length() && Character.isDigit(item.charAt(slash + 1))) {
        slash = item.indexOf('/', slash + 1);
      }
      String word = item.substring(0, slash);
      String[] rest = item.substring(slash + 1).split("/");
      String pos = rest[0];
      String lemma = rest.length > 1 ? rest[1] : word.toLowerCase(Locale.ROOT);
      if (!tokens.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(
          new Token(tokens.size(), word, lemma, pos, "O", "", new Span(start, text.length())));
    }
    sentences.add(
        new Sentence(sentences.size(), new Span(sentenceStart, text.length()), tokens, List.of()));
    return this;
  }

  /** A SUTime mention: the next occurrence of {@code words} after the previous mention. */
  ArticleBuilder time(String words, String type, String value) {
    int start = text.indexOf(words, searchFrom);
    if (start < 0) {
      throw new IllegalArgumentException("\"" + words + "\" not in " + text);
    }
    searchFrom = start + 1;
    Span span = new Span(start, start + words.length());
    int sentence = -1;
    for (Sentence s : sentences) {
      if (s.span().start() <= start && start < s.span().end()) {
        sentence = s.index();
      }
    }
    times.add(new TimeMention(sentence, span, words, type, value));
    return this;
  }

  ParsedArticle build() {
    Article a = new Article("test", "", text.toString(), date, "", "");
    return new ParsedArticle(a, sentences, List.of(), List.of(), times, List.of());
  }
}
