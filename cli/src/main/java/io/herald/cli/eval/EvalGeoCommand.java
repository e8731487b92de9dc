package io.herald.cli.eval;

import io.herald.eval.geo.AdjectivalPolicy;
import io.herald.eval.geo.GeoPoint;
import io.herald.eval.geo.GeoScorer;
import io.herald.eval.geo.GoldArticle;
import io.herald.eval.geo.GoldCorpus;
import io.herald.eval.geo.GoldToponym;
import io.herald.eval.geo.GrittaXmlReader;
import io.herald.eval.geo.PredictedToponym;
import io.herald.geo.Gazetteer;
import io.herald.geo.Geoparser;
import io.herald.geo.SourceHome;
import io.herald.model.Article;
import io.herald.model.Place;
import io.herald.model.codes.Countries;
import io.herald.model.text.ParsedArticle;
import io.herald.nlp.CoreNlpAnalyzer;
import io.herald.nlp.NlpConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herald eval geo FILE}: geoparses each article of a Gritta-format gold set (LGL, GeoVirus)
 * with CoreNLP's NER and Herald's geoparser, and prints toponym recognition (exact and overlapping
 * spans), distance figures and the resolution speed.
 */
@Command(
    name = "geo",
    description =
        "Score toponym recognition and resolution against a Gritta-format gold set"
            + " (../shared/data/geo/lgl/lgl.xml, ../shared/data/geo/geovirus/GeoVirus.xml).")
public final class EvalGeoCommand implements Callable<Integer> {
  private static final List<String> NER_ONLY = List.of("tokenize", "ssplit", "pos", "lemma", "ner");

  @Parameters(paramLabel = "FILE", description = "Gold XML (LGL or GeoVirus format).")
  Path file;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Score only the first N articles (0: all).")
  int limit;

  @Option(
      names = "--report",
      paramLabel = "TSV",
      description =
          "Also write one line per gold toponym and per false positive to this file (article,"
              + " outcome, phrase, context, place, error km, rule, gold lat,lon, predicted"
              + " lat,lon).")
  Optional<Path> report;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep each article's language analysis in this folder and reuse it on later runs"
              + " (for iterating on the geoparser without re-running CoreNLP).")
  Optional<Path> cache;

  /** Where a source's home region comes from. */
  enum Homes {
    /** Read from the source's own stories in the gold set ({@link Geoparser#learnHome}). */
    learn,
    /** No source has a home: what a plain {@code herald analyze} without {@code geo.homes} does. */
    none
  }

  @Option(
      names = "--homes",
      paramLabel = "MODE",
      defaultValue = "learn",
      description =
          "learn: read each source's home region from its own (unlabelled) stories in the gold"
              + " set; none: no source has a home, as in a plain analyze without geo.homes"
              + " (default: ${DEFAULT-VALUE}).")
  Homes homes;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or positive: " + limit);
    }
    GoldCorpus gold = readGold(file).limit(limit);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    Countries countries = Countries.load();
    Geoparser geoparser = new Geoparser(Gazetteer.load(countries), countries);
    CachedAnalyzer parses =
        new CachedAnalyzer(
            cache, () -> new CoreNlpAnalyzer(new NlpConfig(NER_ONLY, "statistical", true, false)));
    out.printf(
        Locale.ROOT,
        "herald eval geo: %s: %d articles, %d located gold toponyms, %d without coordinates"
            + " (ignored), %d spans realigned, %d dropped%n",
        file,
        gold.articles().size(),
        gold.toponymCount(),
        gold.unlocatedCount(),
        gold.realigned(),
        gold.dropped());
    out.printf(
        Locale.ROOT, "gazetteer and models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);

    GeoScorer counted = new GeoScorer(AdjectivalPolicy.COUNT);
    GeoScorer dropped = new GeoScorer(AdjectivalPolicy.DROP);
    List<ParsedArticle> parsed = new ArrayList<>();
    Map<String, List<ParsedArticle>> bySource = new LinkedHashMap<>();
    for (GoldArticle g : gold.articles()) {
      Article a = new Article(g.id(), "", g.text(), Optional.empty(), g.source(), "");
      ParsedArticle p = parses.analyze(a);
      parsed.add(p);
      bySource.computeIfAbsent(g.source(), k -> new ArrayList<>()).add(p);
    }
    // a source's home region, read from its own stories (unlabelled text only, as a feed reader
    // that has seen a paper's earlier stories could)
    Map<String, SourceHome> homeOf = new HashMap<>();
    bySource.forEach(
        (source, stories) ->
            homeOf.put(
                source,
                source.isEmpty() || homes == Homes.none
                    ? SourceHome.NONE
                    : geoparser.learnHome(stories)));
    out.printf(
        Locale.ROOT,
        "sources: %d, with a home region read from their stories: %d (--homes %s)%n",
        bySource.size(),
        homeOf.values().stream().filter(SourceHome::known).count(),
        homes);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < gold.articles().size(); i++) {
      GoldArticle g = gold.articles().get(i);
      List<Place> places = geoparser.geoparse(parsed.get(i), homeOf.get(g.source()));
      List<PredictedToponym> predicted = places.stream().map(EvalGeoCommand::predicted).toList();
      counted.add(g, predicted);
      dropped.add(g, predicted);
      report.ifPresent(r -> lines.addAll(reportLines(g, places)));
    }
    out.println("== adjectival mentions counted as predictions (default output) ==");
    out.print(counted.scores().format());
    out.println("== adjectival mentions dropped ==");
    out.print(dropped.scores().format());
    printSpeed(out, geoparser, parsed);
    report.ifPresent(r -> write(r, lines));
    return 0;
  }

  private static GoldCorpus readGold(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("gold file " + file + " not found" + sharedHint(file));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return GrittaXmlReader.read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Says so when the missing file lies in a {@code shared} folder that is itself absent. */
  private static String sharedHint(Path file) {
    Path dir = file.toAbsolutePath().normalize();
    for (; dir != null; dir = dir.getParent()) {
      if (dir.getFileName() != null && dir.getFileName().toString().equals("shared")) {
        return Files.isDirectory(dir)
            ? ""
            : ": the shared evaluation data folder " + dir + " is absent on this machine";
      }
    }
    return "";
  }

  private static PredictedToponym predicted(Place p) {
    return new PredictedToponym(p.span(), new GeoPoint(p.lat(), p.lon()), p.adjectival());
  }

  /** Geoparses the already parsed articles again (after one warm-up pass) and times it. */
  private static void printSpeed(PrintWriter out, Geoparser geoparser, List<ParsedArticle> parsed) {
    for (ParsedArticle p : parsed) {
      geoparser.geoparse(p);
    }
    long places = 0;
    long start = System.nanoTime();
    for (ParsedArticle p : parsed) {
      places += geoparser.geoparse(p).size();
    }
    double ms = (System.nanoTime() - start) / 1e6;
    out.printf(
        Locale.ROOT,
        "resolution speed: %d toponyms in %.1f ms (recognition on parsed text + resolution,"
            + " in memory): %.1f ms per 1,000 toponyms%n",
        places,
        ms,
        places == 0 ? 0 : ms * 1000 / places);
  }

  private static List<String> reportLines(GoldArticle g, List<Place> places) {
    List<String> out = new ArrayList<>();
    boolean[] used = new boolean[places.size()];
    for (GoldToponym t : g.toponyms()) {
      int hit = -1;
      for (int i = 0; i < places.size(); i++) {
        if (!used[i] && places.get(i).span().overlaps(t.span())) {
          hit = i;
          break;
        }
      }
      if (hit < 0) {
        out.add(
            String.join(
                "\t", g.id(), "MISS", t.phrase(), context(g, t), "", "", "", point(t.point()), ""));
        continue;
      }
      used[hit] = true;
      Place p = places.get(hit);
      double km = t.point().distanceKm(new GeoPoint(p.lat(), p.lon()));
      out.add(
          String.join(
              "\t",
              g.id(),
              km <= 161 ? "OK" : "FAR",
              t.phrase(),
              context(g, t),
              p.name() + " " + p.country() + " " + p.kind().jsonName(),
              String.format(Locale.ROOT, "%.0f", km),
              p.evidence().rule(),
              point(t.point()),
              point(new GeoPoint(p.lat(), p.lon()))));
    }
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      boolean unlocated = g.unlocated().stream().anyMatch(s -> s.overlaps(p.span()));
      if (!used[i] && !unlocated) {
        out.add(
            String.join(
                "\t",
                g.id(),
                p.adjectival() ? "FP-ADJ" : "FP",
                p.span().of(g.text()),
                "",
                p.name() + " " + p.country() + " " + p.kind().jsonName(),
                "",
                p.evidence().rule(),
                "",
                point(new GeoPoint(p.lat(), p.lon()))));
      }
    }
    return out;
  }

  private static String point(GeoPoint p) {
    return String.format(Locale.ROOT, "%.3f,%.3f", p.lat(), p.lon());
  }

  private static String context(GoldArticle g, GoldToponym t) {
    int s = Math.max(0, t.span().start() - 30);
    int e = Math.min(g.text().length(), t.span().end() + 30);
    return g.text().substring(s, e).replaceAll("\\s+", " ");
  }

  private static void write(Path path, List<String> lines) {
    try {
      Files.write(path, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }
}
