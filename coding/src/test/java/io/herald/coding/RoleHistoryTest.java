package io.herald.coding;

import static org.assertj.core.api.Assertions.assertThat;

import io.herald.coding.actors.RoleStore;
import io.herald.model.Actor;
import io.herald.model.Article;
import io.herald.model.Role;
import io.herald.model.text.ParsedArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** People named without an office are coded from what earlier articles said about them. */
class RoleHistoryTest {
  private static final ParsedArticle VISIT = Fixtures.parsed("yamada-seoul-visit");

  private static Role role(
      String person, String title, String country, boolean former, String seen) {
    return new Role(person, title, country, "GOV", former, LocalDate.parse(seen), "earlier");
  }

  private static Actor actor(ParsedArticle p, RoleStore roles, String name) {
    return Fixtures.CODER.code(p, roles).actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static RoleStore storeOf(Role... roles) {
    List<Role> all = List.of(roles);
    return word -> all.stream().filter(r -> r.nameHas(word)).toList();
  }

  @Test
  void without_a_store_a_bare_name_has_no_office() {
    assertThat(actor(VISIT, RoleStore.NONE, "Yamada").code().value()).isEqualTo("UNK");
  }

  @Test
  void recent_office_is_carried_to_a_later_article() {
    Actor yamada =
        actor(
            VISIT,
            storeOf(role("Taro Yamada", "Prime Minister", "JPN", false, "2025-03-04")),
            "Yamada");
    assertThat(yamada.code().value()).isEqualTo("JPNGOV");
    assertThat(yamada.role()).isEqualTo("Prime Minister");
    assertThat(yamada.evidence().rule()).isEqualTo("person.role-store");
  }

  @Test
  void a_later_former_ends_the_tenure() {
    RoleStore roles =
        storeOf(
            role("Park Ji-ho", "President", "KOR", false, "2023-01-10"),
            role("Park Ji-ho", "President", "KOR", true, "2025-03-04"));
    Actor park = actor(VISIT, roles, "Park");
    assertThat(park.code().value()).isEqualTo("KORELI");
    assertThat(park.role()).isEqualTo("former President");
  }

  @Test
  void old_evidence_keeps_the_country_but_not_the_office() {
    Actor yamada =
        actor(
            VISIT,
            storeOf(role("Taro Yamada", "Prime Minister", "JPN", false, "2022-05-01")),
            "Yamada");
    assertThat(yamada.code().value()).isEqualTo("JPN");
    assertThat(yamada.evidence().rule()).isEqualTo("person.role-store.stale");
  }

  @Test
  void evidence_from_after_the_article_date_is_not_used() {
    Actor yamada =
        actor(
            VISIT,
            storeOf(role("Taro Yamada", "Prime Minister", "JPN", false, "2025-09-01")),
            "Yamada");
    assertThat(yamada.code().value()).isEqualTo("UNK");
  }

  @Test
  void an_undated_article_projects_nothing() {
    Article undated =
        new Article(
            VISIT.article().id(), VISIT.article().title(), VISIT.text(), Optional.empty(), "", "");
    ParsedArticle p =
        new ParsedArticle(
            undated,
            VISIT.sentences(),
            VISIT.entities(),
            VISIT.corefChains(),
            VISIT.times(),
            VISIT.quotes());
    Actor yamada =
        actor(
            p,
            storeOf(role("Taro Yamada", "Prime Minister", "JPN", false, "2025-03-04")),
            "Yamada");
    assertThat(yamada.code().value()).isEqualTo("UNK");
  }

  @Test
  void a_surname_two_known_people_share_stays_unresolved() {
    RoleStore roles =
        storeOf(
            role("Kim Min-jun", "President", "KOR", false, "2025-03-04"),
            role("Kim Jong-un", "Supreme Leader", "PRK", false, "2025-03-01"));
    assertThat(actor(VISIT, roles, "Kim").code().value()).isEqualTo("UNK");
  }
}
