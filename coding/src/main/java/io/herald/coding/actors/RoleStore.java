package io.herald.coding.actors;

import io.herald.model.Role;
import java.util.List;

/**
 * What earlier articles said about people's offices. The actor coder reads it for people an article
 * names without a title; the store that keeps it is given to the pipeline, never global.
 */
public interface RoleStore {
  /** A store that knows nothing: offices come only from the article itself. */
  RoleStore NONE = name -> List.of();

  /** Every recorded role of a person whose name contains {@code nameWord}, any order. */
  List<Role> rolesOf(String nameWord);
}
