package io.herald.cli;

import io.herald.ingest.HeadlinePosition;
import io.herald.ingest.ReadOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by commands that read articles. */
final class InputOptions {
  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Article date when the input gives none.")
  String date;

  @Option(
      names = "--headline",
      paramLabel = "last|first|none",
      defaultValue = "last",
      description = "Where plain-text files keep their headline (default: ${DEFAULT-VALUE}).")
  String headline;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration properties file.")
  Path config;

  HeraldConfig config() {
    return config == null ? HeraldConfig.defaults() : HeraldConfig.load(config);
  }

  ReadOptions readOptions(HeraldConfig cfg) {
    Optional<LocalDate> d = Optional.empty();
    if (date != null) {
      try {
        d = Optional.of(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--date: not a valid YYYY-MM-DD date: " + date, e);
      }
    }
    HeadlinePosition h;
    try {
      h = HeadlinePosition.valueOf(headline.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--headline: expected last, first or none, got " + headline, e);
    }
    return new ReadOptions(h, d, cfg.maxInputBytes());
  }
}
