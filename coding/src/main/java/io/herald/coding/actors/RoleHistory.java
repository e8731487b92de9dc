package io.herald.coding.actors;

import io.herald.model.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what office a person holds on an article's date from what earlier articles said.
 *
 * <p>Only evidence dated on or before the article counts. The latest evidence decides: a "former"
 * statement ends the tenure (the person is coded as an elite, {@code ELI}); a current office seen
 * within {@link #FRESH_DAYS} days is projected to the article date; older evidence is not projected
 * blindly, since offices end without every article saying so: the person keeps the country but no
 * sector. Without an article date nothing is projected.
 */
final class RoleHistory {
  /** How long a sighting of an office is trusted without fresh evidence. */
  static final long FRESH_DAYS = 365;

  /** The office to code, with the rule that decided it. */
  record Decision(String title, String country, String sector, boolean former, String rule) {}

  private RoleHistory() {}

  static Optional<Decision> decide(List<Role> roles, String name, Optional<LocalDate> date) {
    if (date.isEmpty() || roles.isEmpty()) {
      return Optional.empty();
    }
    List<Role> mine = new ArrayList<>();
    for (Role r : roles) {
      if (compatible(r.person(), name) && !r.seen().isAfter(date.get())) {
        mine.add(r);
      }
    }
    Set<String> people = mine.stream().map(Role::person).collect(Collectors.toSet());
    if (mine.isEmpty() || people.size() > 1 && !name.contains(" ")) {
      return Optional.empty(); // unknown, or a bare surname several known people share
    }
    Role latest =
        mine.stream()
            .max(Comparator.comparing(Role::seen).thenComparing(Role::former))
            .orElseThrow();
    if (latest.former()) {
      return Optional.of(
          new Decision(latest.title(), latest.country(), "ELI", true, "person.role-store.former"));
    }
    long days = ChronoUnit.DAYS.between(latest.seen(), date.get());
    if (days <= FRESH_DAYS) {
      return Optional.of(
          new Decision(
              latest.title(), latest.country(), latest.sector(), false, "person.role-store"));
    }
    return Optional.of(new Decision("", latest.country(), "", false, "person.role-store.stale"));
  }

  /** "Ishiba" and "Shigeru Ishiba" may be one person; "Shigeru Ishiba" and "Taro Ishiba" not. */
  static boolean compatible(String stored, String name) {
    List<String> a = List.of(stored.split("\\s+"));
    List<String> b = List.of(name.split("\\s+"));
    return a.containsAll(b) || b.containsAll(a);
  }
}
