package io.herald.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.herald.model.text.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes {@link ParsedArticle}s as JSON, so that tests of the coders, the store and the
 * server run on stored analyses without loading language models.
 */
public final class ParsedArticleCodec {
  private final ObjectMapper mapper;

  public ParsedArticleCodec() {
    mapper =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
  }

  public String write(ParsedArticle article) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(article);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write parsed article " + article.article().id(), e);
    }
  }

  /**
   * Parses a fixture.
   *
   * @throws IllegalArgumentException when the JSON does not describe a parsed article
   */
  public ParsedArticle read(String json) {
    try {
      return mapper.readValue(json, ParsedArticle.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a parsed-article fixture: " + e.getMessage(), e);
    }
  }
}
