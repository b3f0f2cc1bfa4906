package io.flowpool.view.model;

import java.util.List;

/** The filters that share a name: an item matches the group if it matches any of them. */
public record CriteriaGroup(String name, List<Criterion> alternatives) {

  public CriteriaGroup {
    alternatives = List.copyOf(alternatives);
  }
}
