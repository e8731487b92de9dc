package io.herald.coding.entities;

import io.herald.model.Article;
import io.herald.model.Span;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.Sentence;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a parsed article by hand, the way CoreNLP would have returned it. Each sentence is a line
 * of space-separated tokens written {@code word}, {@code word|NER} or {@code word|NER|POS}; the
 * part-of-speech defaults to NNP for capitalised words, CD for figures and NN otherwise. Runs of
 * tokens with the same NER tag become one entity mention, as in CoreNLP; {@link #mention} adds
 * others (CoreNLP's pronoun mentions, whose tokens are untagged).
 */
final class ArticleBuilder {
  private final List<String[]> lines = new ArrayList<>();
  private final List<int[]> extra = new ArrayList<>();
  private final List<String> extraTypes = new ArrayList<>();

  ArticleBuilder sentence(String tokens) {
    lines.add(tokens.split(" "));
    return this;
  }

  ArticleBuilder mention(int sentence, int first, int last, String type) {
    extra.add(new int[] {sentence, first, last});
    extraTypes.add(type);
    return this;
  }

  static ParsedArticle of(String... sentences) {
    ArticleBuilder b = new ArticleBuilder();
    for (String s : sentences) {
      b.sentence(s);
    }
    return b.build();
  }

  ParsedArticle build() {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (int s = 0; s < lines.size(); s++) {
      if (s > 0) {
        text.append('\n');
      }
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < lines.get(s).length; i++) {
        String[] parts = lines.get(s)[i].split("\\|");
        String word = parts[0];
        if (i > 0) {
          text.append(' ');
        }
        Span span = new Span(text.length(), text.length() + word.length());
        text.append(word);
        String ner = parts.length > 1 ? parts[1] : "O";
        String pos = parts.length > 2 ? parts[2] : defaultPos(word);
        tokens.add(new Token(i, word, word, pos, ner, "", span));
      }
      Sentence sentence =
          new Sentence(
              s,
              new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end()),
              tokens,
              List.of());
      sentences.add(sentence);
      for (int i = 0; i < tokens.size(); ) {
        String ner = tokens.get(i).ner();
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(ner)) {
          j++;
        }
        if (!ner.equals("O")) {
          mentions.add(mention(text, sentence, i, j, ner));
        }
        i = j + 1;
      }
    }
    for (int k = 0; k < extra.size(); k++) {
      int[] e = extra.get(k);
      mentions.add(mention(text, sentences.get(e[0]), e[1], e[2], extraTypes.get(k)));
    }
    Article article = new Article("test", "", text.toString(), Optional.empty(), "", "");
    return new ParsedArticle(article, sentences, mentions, List.of(), List.of(), List.of());
  }

  private static EntityMention mention(
      CharSequence text, Sentence s, int first, int last, String type) {
    Span span = s.spanOf(first, last);
    return new EntityMention(span.of(text), type, span, s.index(), first, last);
  }

  private static String defaultPos(String word) {
    if (word.matches("[0-9][0-9.,/]*|\\.[0-9]+")) {
      return "CD";
    }
    return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
  }
}
