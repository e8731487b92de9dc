package io.herald.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
  @Test
  void spanish_and_italian_news_read_as_their_languages() {
    assertThat(
            LanguageGuess.otherThanEnglish(
                "El presidente del Gobierno se reunió el lunes con los líderes de la oposición"
                    + " para hablar de la crisis y de las medidas que el Ejecutivo quiere aprobar"
                    + " antes del verano, según fuentes de su partido."))
        .contains("Spanish");
    assertThat(
            LanguageGuess.otherThanEnglish(
                "Il presidente del Consiglio ha incontrato i leader della maggioranza per"
                    + " discutere della legge di bilancio, che sarà presentata alla Camera entro"
                    + " la fine del mese, e anche delle riforme che non sono ancora state"
                    + " approvate."))
        .contains("Italian");
  }

  @Test
  void english_with_foreign_phrases_names_and_tables_stays_english() {
    assertThat(
            LanguageGuess.otherThanEnglish(
                "French President Emmanuel Macron called the deal \"une victoire pour"
                    + " l'Europe\" on Monday, and German Chancellor Olaf Scholz said the"
                    + " agreement was \"ein wichtiger Schritt\" for the bloc, which had argued"
                    + " about it for months."))
        .isEmpty();
    assertThat(
            LanguageGuess.otherThanEnglish(
                "Bayern Munich 3 Borussia Dortmund 1; Real Madrid 2 Atletico de Madrid 2;"
                    + " Juventus 1 Inter Milan 0; Ajax 4 PSV Eindhoven 2; Porto 1 Benfica 1;"
                    + " Olympique de Marseille 2 Paris St Germain 2; Lazio 0 Roma 0"))
        .isEmpty();
    assertThat(LanguageGuess.otherThanEnglish("Le président a rencontré le chancelier."))
        .as("too short to judge")
        .isEmpty();
  }

  @Test
  void every_bundled_demo_story_is_english() throws IOException {
    Path sample =
        Path.of(
            "..",
            "cli",
            "src",
            "main",
            "resources",
            "io",
            "herald",
            "cli",
            "demo",
            "meantime-sample.jsonl");
    Assumptions.assumeTrue(Files.exists(sample), "demo sample not found");
    List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(LanguageGuess.otherThanEnglish(line)).as(line).isEmpty();
    }
  }

  /** Every BBC News story of the shared corpus, when present (research-only: never committed). */
  @Test
  void no_bbc_story_reads_as_another_language() throws IOException {
    Path bbc = Path.of("..", "..", "shared", "data", "corpus", "bbc");
    Assumptions.assumeTrue(Files.isDirectory(bbc), "../shared/data/corpus/bbc absent: skipped");
    List<String> flagged = new ArrayList<>();
    int read = 0;
    try (Stream<Path> files = Files.walk(bbc)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        Optional<String> other = LanguageGuess.otherThanEnglish(text);
        other.ifPresent(l -> flagged.add(f.getFileName() + " as " + l));
        read++;
      }
    }
    assertThat(read).isGreaterThan(2000);
    assertThat(flagged).isEmpty();
  }
}
