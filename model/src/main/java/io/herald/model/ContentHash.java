package io.herald.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of an article's title and text: the key that makes re-analysis replace, not add. */
public final class ContentHash {
  private ContentHash() {}

  /** Hex SHA-256 of {@code title + "\n\n" + text} in UTF-8. */
  public static String of(String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(title.getBytes(StandardCharsets.UTF_8));
      sha.update("\n\n".getBytes(StandardCharsets.UTF_8));
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** The hash of an article. */
  public static String of(Article article) {
    return of(article.title(), article.text());
  }
}
