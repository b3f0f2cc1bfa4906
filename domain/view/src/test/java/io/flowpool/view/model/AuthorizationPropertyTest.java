package io.flowpool.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.SourceReference;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.api.ProtocolEntry;
import io.flowpool.view.api.TaskView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The authorization predicate against a naive reference: a reader is a set of principal strings
 * ({@code user:kermit}, {@code group:sales}), a task the set of principals it names, and "may see"
 * a non-empty intersection. Random users, tasks and entries with fixed seeds.
 */
class AuthorizationPropertyTest {

  private static final List<String> USERS = List.of("kermit", "piggy", "gonzo", "fozzie");
  private static final List<String> GROUPS = List.of("sales", "accounting", "support", "admins");
  private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

  @Test
  void a_task_is_visible_exactly_when_the_reader_shares_a_principal_with_it() {
    Random random = new Random(42L);
    int visible = 0;
    for (int round = 0; round < 2000; round++) {
      CurrentUser user = randomUser(random);
      TaskView task = randomTask(random);

      boolean expected = intersects(principalsOf(user), principalsOf(task));
      assertThat(ViewAuthorization.canSee(user, task))
          .as("%s / %s", user, task)
          .isEqualTo(expected);
      visible += expected ? 1 : 0;
    }
    assertThat(visible).isBetween(200, 1800);
  }

  @Test
  void every_task_scope_admits_what_its_naive_rule_says() {
    Random random = new Random(4711L);
    for (int round = 0; round < 2000; round++) {
      CurrentUser user = randomUser(random);
      TaskView task = randomTask(random);
      boolean includeAssigned = random.nextBoolean();
      Set<String> reader = principalsOf(user);
      Set<String> candidates = candidatePrincipalsOf(task);
      boolean assignedToReader = ("user:" + user.username()).equals(assigneePrincipal(task));
      boolean unassigned = task.assignee() == null;

      assertThat(TaskAccess.forUser(user, false, false).admits(task, List.of()))
          .isEqualTo(intersects(reader, principalsOf(task)));
      assertThat(TaskAccess.forUser(user, true, false).admits(task, List.of()))
          .isEqualTo(assignedToReader);
      assertThat(TaskAccess.forCandidate(user, includeAssigned).admits(task, List.of()))
          .isEqualTo(intersects(reader, candidates) && (includeAssigned || unassigned));
      assertThat(TaskAccess.forGroups(user, includeAssigned).admits(task, List.of()))
          .isEqualTo(
              intersects(groupsOnly(reader), groupsOnly(candidates))
                  && (includeAssigned || unassigned));
      assertThat(TaskAccess.everyone().admits(task, List.of())).isTrue();
    }
  }

  @Test
  void involvement_needs_a_visible_task_and_the_reader_in_a_correlated_protocol() {
    Random random = new Random(99L);
    for (int round = 0; round < 1000; round++) {
      CurrentUser user = randomUser(random);
      TaskView task = randomTask(random);
      List<DataEntryView> entries = List.of(randomEntry(random), randomEntry(random));
      boolean named =
          entries.stream()
              .flatMap(e -> e.protocol().stream())
              .anyMatch(l -> ("user:" + l.username()).equals("user:" + user.username()));
      boolean visible = intersects(principalsOf(user), principalsOf(task));
      boolean assignedToReader = ("user:" + user.username()).equals(assigneePrincipal(task));

      assertThat(TaskAccess.forUser(user, false, true).admits(task, entries))
          .isEqualTo(visible && named);
      assertThat(TaskAccess.forUser(user, true, true).admits(task, entries))
          .isEqualTo(assignedToReader || visible && named);
    }
  }

  @Test
  void a_data_entry_is_visible_exactly_when_the_reader_shares_a_principal_with_it() {
    Random random = new Random(123L);
    for (int round = 0; round < 2000; round++) {
      CurrentUser user = randomUser(random);
      DataEntryView entry = randomEntry(random);
      Set<String> entryPrincipals = new HashSet<>();
      entry.authorizedUsers().forEach(u -> entryPrincipals.add("user:" + u));
      entry.authorizedGroups().forEach(g -> entryPrincipals.add("group:" + g));

      assertThat(ViewAuthorization.canSee(user, entry))
          .isEqualTo(intersects(principalsOf(user), entryPrincipals));
      assertThat(new DataEntryAccess(null, false, null, null).admits(entry)).isTrue();
    }
  }

  @Test
  void a_definition_is_startable_when_it_is_offered_in_the_tasklist_to_a_principal_of_the_reader() {
    Random random = new Random(5L);
    for (int round = 0; round < 2000; round++) {
      CurrentUser user = randomUser(random);
      boolean startable = random.nextBoolean();
      Set<String> users = subset(random, USERS);
      Set<String> groups = subset(random, GROUPS);
      ProcessDefinitionView definition =
          new ProcessDefinitionView(
              "p:1:1", "p", 1, "app", "P", null, null, null, startable, users, groups);
      Set<String> starters = new HashSet<>();
      users.forEach(u -> starters.add("user:" + u));
      groups.forEach(g -> starters.add("group:" + g));

      assertThat(ViewAuthorization.canStart(user, definition))
          .isEqualTo(startable && intersects(principalsOf(user), starters));
    }
  }

  private static Set<String> principalsOf(CurrentUser user) {
    Set<String> principals = new HashSet<>();
    principals.add("user:" + user.username());
    user.groups().forEach(g -> principals.add("group:" + g));
    return principals;
  }

  private static Set<String> principalsOf(TaskView task) {
    Set<String> principals = candidatePrincipalsOf(task);
    if (task.assignee() != null) {
      principals.add(assigneePrincipal(task));
    }
    return principals;
  }

  private static Set<String> candidatePrincipalsOf(TaskView task) {
    Set<String> principals = new HashSet<>();
    task.candidateUsers().forEach(u -> principals.add("user:" + u));
    task.candidateGroups().forEach(g -> principals.add("group:" + g));
    return principals;
  }

  private static String assigneePrincipal(TaskView task) {
    return task.assignee() == null ? null : "user:" + task.assignee();
  }

  private static Set<String> groupsOnly(Set<String> principals) {
    Set<String> groups = new HashSet<>();
    principals.stream().filter(p -> p.startsWith("group:")).forEach(groups::add);
    return groups;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String element : a) {
      if (b.contains(element)) {
        return true;
      }
    }
    return false;
  }

  private static CurrentUser randomUser(Random random) {
    return new CurrentUser(USERS.get(random.nextInt(USERS.size())), subset(random, GROUPS));
  }

  private static TaskView randomTask(Random random) {
    return new TaskView(
        "t",
        SourceReference.process("i", "e", "p:1", "p", "P", "app"),
        "key",
        null,
        null,
        null,
        null,
        random.nextBoolean() ? null : USERS.get(random.nextInt(USERS.size())),
        subset(random, USERS),
        subset(random, GROUPS),
        NOW,
        null,
        null,
        null,
        "Task",
        null,
        0,
        0);
  }

  private static DataEntryView randomEntry(Random random) {
    List<ProtocolEntry> protocol = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      protocol.add(
          new ProtocolEntry(
              NOW,
              ProcessingType.IN_PROGRESS.of(""),
              random.nextInt(4) == 0 ? null : USERS.get(random.nextInt(USERS.size())),
              null,
              null));
    }
    return new DataEntryView(
        "order",
        "o",
        "Order",
        "app",
        "Order",
        null,
        null,
        null,
        ProcessingType.IN_PROGRESS.of(""),
        null,
        subset(random, USERS),
        subset(random, GROUPS),
        protocol,
        NOW,
        NOW,
        0);
  }

  private static Set<String> subset(Random random, List<String> values) {
    Set<String> subset = new HashSet<>();
    for (String value : values) {
      if (random.nextInt(4) == 0) {
        subset.add(value);
      }
    }
    return subset;
  }
}
