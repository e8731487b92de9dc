package io.herald.cli;

import io.herald.coding.actors.IgoMembership;
import io.herald.coding.actors.Membership;
import io.herald.coding.actors.Organisation;
import io.herald.model.codes.Countries;
import io.herald.model.codes.Country;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald igo}: who belongs to an organisation on a day, or what a country belongs to. */
@Command(
    name = "igo",
    description = {
      "Member countries of an international organisation on a day (NATO, EU, UN, ASEAN, AU, G7,"
          + " G20, QUAD, OPEC, SCO, BRICS, GCC, ARABLEAGUE, OAS, OSCE, IAEA, WTO, COMMONWEALTH,"
          + " or an actor code such as IGOWSTNAT), or the organisations of a country (ISO alpha-3).",
      "Each line shows when the country joined (and left), from the bundled sourced data."
    })
final class IgoCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ORG|ISO3", description = "An organisation or a country code.")
  String subject;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The day asked about (default: today, UTC).")
  String date;

  @Override
  public Integer call() {
    LocalDate day = day();
    Countries countries = Countries.load();
    return print(countries, IgoMembership.load(countries), day);
  }

  private int print(Countries countries, IgoMembership igos, LocalDate day) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Optional<Organisation> org = igos.organisation(subject);
    if (org.isPresent()) {
      Organisation o = org.get();
      var members = igos.membersOn(o.key(), day);
      out.printf(
          "%s (%s), %d member countries on %s%s%n",
          o.name(),
          o.code().value(),
          members.size(),
          day,
          o.complete() ? "" : " (partial data: only the members Herald records)");
      for (String iso3 : members) {
        out.println(
            "  " + iso3 + "  " + name(countries, iso3) + "  " + period(igos, o.key(), iso3, day));
      }
      out.println("source: " + o.source());
      return 0;
    }
    String iso3 = subject.strip().toUpperCase(Locale.ROOT);
    if (countries.byIso3(iso3).isEmpty()) {
      throw new IllegalArgumentException(
          "neither an organisation nor an ISO alpha-3 country code: " + subject);
    }
    out.printf("%s (%s) on %s:%n", name(countries, iso3), iso3, day);
    for (Organisation o : igos.organisationsOf(iso3, day)) {
      out.println(
          "  " + o.key() + "  " + o.code().value() + "  " + period(igos, o.key(), iso3, day));
    }
    return 0;
  }

  private LocalDate day() {
    if (date == null) {
      return LocalDate.now(java.time.ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--date: expected a date YYYY-MM-DD, got \"" + date + "\"", e);
    }
  }

  private static String name(Countries countries, String iso3) {
    return countries.byIso3(iso3).map(Country::name).orElse(iso3);
  }

  private static String period(IgoMembership igos, String org, String iso3, LocalDate day) {
    for (Membership m : igos.history(org, iso3)) {
      if (m.certainOn(day)) {
        return "joined " + m.joined() + m.left().map(l -> ", left " + l).orElse("");
      }
    }
    return "";
  }
}
