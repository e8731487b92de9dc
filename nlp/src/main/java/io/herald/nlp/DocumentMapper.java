package io.herald.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.Pair;
import io.herald.model.Article;
import io.herald.model.Span;
import io.herald.model.text.CorefChain;
import io.herald.model.text.CorefMention;
import io.herald.model.text.Dependency;
import io.herald.model.text.EntityMention;
import io.herald.model.text.ParsedArticle;
import io.herald.model.text.QuoteMention;
import io.herald.model.text.Sentence;
import io.herald.model.text.TimeMention;
import io.herald.model.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts one annotated CoreNLP document into Herald's records. The only place that does. */
final class DocumentMapper {
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  ParsedArticle map(Article article, CoreDocument doc) {
    List<Sentence> sentences = new ArrayList<>();
    List<CoreSentence> coreSentences = doc.sentences() == null ? List.of() : doc.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      sentences.add(sentence(i, coreSentences.get(i)));
    }
    List<EntityMention> entities = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    if (doc.entityMentions() != null) {
      for (CoreEntityMention m : doc.entityMentions()) {
        entities.add(entity(m));
        if (TIME_TYPES.contains(m.entityType())) {
          time(m).ifPresent(times::add);
        }
      }
    }
    return new ParsedArticle(
        article, sentences, entities, coref(doc, sentences), times, quotes(doc));
  }

  private static Sentence sentence(int index, CoreSentence s) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : s.tokens()) {
      String normalized = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      tokens.add(
          new Token(
              t.index() - 1,
              t.originalText(),
              t.lemma() == null ? t.word() : t.lemma(),
              t.tag() == null ? "" : t.tag(),
              t.ner() == null ? "O" : t.ner(),
              normalized == null ? "" : normalized,
              new Span(t.beginPosition(), t.endPosition())));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = s.dependencyParse();
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(
            new Dependency(
                e.getGovernor().index() - 1,
                e.getDependent().index() - 1,
                e.getRelation().toString()));
      }
    }
    List<CoreLabel> labels = s.tokens();
    Span span =
        labels.isEmpty()
            ? new Span(0, 0)
            : new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
    return new Sentence(index, span, tokens, deps);
  }

  private static EntityMention entity(CoreEntityMention m) {
    Pair<Integer, Integer> off = m.charOffsets();
    List<CoreLabel> tokens = m.tokens();
    return new EntityMention(
        m.text(),
        m.entityType(),
        new Span(off.first(), off.second()),
        tokens.get(0).sentIndex(),
        tokens.get(0).index() - 1,
        tokens.get(tokens.size() - 1).index() - 1);
  }

  private static java.util.Optional<TimeMention> time(CoreEntityMention m) {
    Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
    String value = timex == null ? null : timex.value();
    if (value == null) {
      value = m.tokens().get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
    if (value == null) {
      value = "";
    }
    String type = timex != null && timex.timexType() != null ? timex.timexType() : m.entityType();
    Pair<Integer, Integer> off = m.charOffsets();
    return java.util.Optional.of(
        new TimeMention(
            m.tokens().get(0).sentIndex(),
            new Span(off.first(), off.second()),
            m.text(),
            type,
            value));
  }

  private static List<CorefChain> coref(CoreDocument doc, List<Sentence> sentences) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
        doc.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<CorefChain> out = new ArrayList<>();
    if (chains == null) {
      return out;
    }
    for (edu.stanford.nlp.coref.data.CorefChain chain : chains.values()) {
      List<CorefMention> mentions = new ArrayList<>();
      int representative = 0;
      edu.stanford.nlp.coref.data.CorefChain.CorefMention rep = chain.getRepresentativeMention();
      for (edu.stanford.nlp.coref.data.CorefChain.CorefMention m :
          chain.getMentionsInTextualOrder()) {
        Sentence s = sentences.get(m.sentNum - 1);
        int first = m.startIndex - 1;
        int last = m.endIndex - 2;
        if (first < 0 || last < first || last >= s.tokens().size()) {
          continue;
        }
        if (m == rep) {
          representative = mentions.size();
        }
        mentions.add(
            new CorefMention(
                m.sentNum - 1,
                first,
                last,
                m.headIndex - 1,
                s.spanOf(first, last),
                m.mentionSpan,
                m.mentionType.name()));
      }
      if (mentions.size() > 1) {
        out.add(new CorefChain(chain.getChainID(), mentions, representative));
      }
    }
    out.sort((a, b) -> a.mentions().get(0).span().compareTo(b.mentions().get(0).span()));
    return out;
  }

  private static List<QuoteMention> quotes(CoreDocument doc) {
    List<QuoteMention> out = new ArrayList<>();
    List<CoreQuote> quotes;
    try {
      quotes = doc.quotes();
    } catch (RuntimeException e) {
      return out; // the quote annotator did not run
    }
    if (quotes == null) {
      return out;
    }
    for (CoreQuote q : quotes) {
      Pair<Integer, Integer> off = q.quoteCharOffsets();
      out.add(
          new QuoteMention(
              new Span(off.first(), off.second()),
              q.text(),
              q.canonicalSpeaker().or(q::speaker).orElse("")));
    }
    return out;
  }
}
