package io.herald.coding.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One period of a country's membership of an organisation.
 *
 * @param org the organisation's key in {@code igos.tsv}, e.g. {@code NATO}
 * @param member ISO 3166-1 alpha-3 code of the member country
 * @param joined when it became a member
 * @param left the last day of membership, empty while it is a member
 * @param source where the dates come from (the organisation's source unless the row names its own)
 * @param note anything a reader of the dates should know (predecessor states, suspensions), or
 *     empty
 */
public record Membership(
    String org,
    String member,
    MembershipDate joined,
    Optional<MembershipDate> left,
    String source,
    String note) {
  public Membership {
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(joined, "joined");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    if (left.isPresent() && left.get().last().isBefore(joined.first())) {
      throw new IllegalArgumentException(
          member + " in " + org + ": left " + left.get() + " before joining " + joined);
    }
  }

  /**
   * Whether the data makes the country certainly a member on {@code day}: from the latest day the
   * joining can have happened to the earliest day the leaving can have happened. A start known only
   * to the month or year therefore counts from the last day of it, an end so known until the first
   * day of it.
   */
  public boolean certainOn(LocalDate day) {
    return !day.isBefore(joined.last()) && left.map(l -> !day.isAfter(l.first())).orElse(true);
  }
}
