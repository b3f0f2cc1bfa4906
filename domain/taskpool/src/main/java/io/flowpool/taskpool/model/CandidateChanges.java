package io.flowpool.taskpool.model;

import java.util.Set;
import java.util.TreeSet;

/**
 * Candidate additions and removals of one task within one transaction, merged as set arithmetic:
 * the last change reported for a user (or group) decides whether it is added or removed.
 */
final class CandidateChanges {

  private final Set<String> added = new TreeSet<>();
  private final Set<String> removed = new TreeSet<>();

  void add(Set<String> candidates) {
    added.addAll(candidates);
    removed.removeAll(candidates);
  }

  void remove(Set<String> candidates) {
    removed.addAll(candidates);
    added.removeAll(candidates);
  }

  void clear() {
    added.clear();
    removed.clear();
  }

  Set<String> added() {
    return Set.copyOf(added);
  }

  Set<String> removed() {
    return Set.copyOf(removed);
  }

  /** The candidates after applying these changes to a known set. */
  Set<String> applyTo(Set<String> candidates) {
    Set<String> result = new TreeSet<>(candidates);
    result.addAll(added);
    result.removeAll(removed);
    return result;
  }
}
