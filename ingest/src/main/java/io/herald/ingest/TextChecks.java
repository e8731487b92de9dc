package io.herald.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decides whether bytes are usable English text; every failure comes back as a message. */
final class TextChecks {
  private TextChecks() {}

  /** Strict UTF-8 decoding; binary content (NUL bytes, invalid sequences) is an error. */
  static String decode(byte[] bytes) throws BadInputException {
    if (binary(bytes)) {
      throw new BadInputException("binary content (NUL bytes), not text");
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new BadInputException("not valid UTF-8 text (binary or another encoding)");
    }
  }

  /** Whether the bytes hold a NUL, which no text file does. */
  static boolean binary(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A problem with the body text, if any: empty, not written in the Latin alphabet, or written in
   * another language of it ({@link LanguageGuess}); Herald's models read English.
   */
  static Optional<String> problemWithBody(String body) {
    if (body.isBlank()) {
      return Optional.of("empty: no story text");
    }
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c < 0x250) {
          latin++;
        }
      }
    }
    if (letters == 0) {
      return Optional.of("no letters: not a story");
    }
    if (latin < letters * 0.6) {
      return Optional.of("not English: most letters are outside the Latin alphabet");
    }
    Optional<String> language = LanguageGuess.otherThanEnglish(body);
    if (language.isPresent()) {
      return Optional.of(
          "not English: the text reads as " + language.get() + " (Herald's models read English)");
    }
    int controls = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        controls++;
      }
    }
    if (controls > body.length() / 100 + 2) {
      return Optional.of("control characters throughout: binary content, not text");
    }
    return Optional.empty();
  }
}
