package io.flowpool.view.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.view.api.InvalidQueryException;
import io.flowpool.view.api.TaskView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The filter evaluation against a deliberately naive reference: filters split by a regular
 * expression, every value handled as a string, numbers as longs, dates as ISO strings (which sort
 * like the instants they name). Random tasks and filters with fixed seeds.
 */
class FilterPropertyTest {

  private static final Instant BASE = Instant.parse("2026-03-02T00:00:00Z");
  private static final List<String> WORDS =
      List.of("Approve", "approve order", "Check", "ship", "Order", "invoice", "");
  private static final List<String> USERS = List.of("kermit", "piggy", "gonzo");
  private static final List<String> GROUPS = List.of("sales", "accounting", "support");
  private static final Pattern FILTER = Pattern.compile("^([^=%<>\\[]+)(=|%|<|>|\\[\\])(.*)$");

  @Test
  void random_filters_select_the_same_tasks_as_the_naive_reference() {
    Random random = new Random(20260302L);
    int matches = 0;
    for (int round = 0; round < 400; round++) {
      List<TaskView> tasks = randomTasks(random, 12);
      List<String> filters = randomFilters(random);
      TaskFilter filter = FilterParser.taskFilter(filters, false);
      for (TaskView task : tasks) {
        boolean expected = Reference.matches(filters, task);
        assertThat(filter.test(task, List.of()))
            .as("filters %s on task %s", filters, task)
            .isEqualTo(expected);
        matches += expected ? 1 : 0;
      }
    }
    // the generator must produce both outcomes, or the comparison proves little
    assertThat(matches).isBetween(200, 4600);
  }

  @Test
  void any_string_either_parses_into_exactly_what_it_says_or_is_refused() {
    Random random = new Random(7L);
    String alphabet = "ab.=%<>[]|1 ";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String filter = text.toString();
      Matcher matcher = FILTER.matcher(filter);
      if (!matcher.matches() || matcher.group(1).isEmpty()) {
        assertThatThrownBy(() -> FilterParser.taskFilter(List.of(filter), false))
            .as(filter)
            .isInstanceOf(InvalidQueryException.class);
        continue;
      }
      try {
        Criterion criterion =
            FilterParser.taskFilter(List.of(filter), false).groups().get(0).alternatives().get(0);
        String rebuilt =
            criterion.name()
                + criterion.operator().symbol()
                + criterion.value()
                + (criterion.upperValue() == null ? "" : "|" + criterion.upperValue());
        assertThat(rebuilt).as(filter).isEqualTo(filter);
      } catch (InvalidQueryException refused) {
        assertThat(refused.getMessage()).as(filter).contains("'" + filter + "'");
      }
    }
  }

  private static List<TaskView> randomTasks(Random random, int count) {
    List<TaskView> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> payload = new LinkedHashMap<>();
      if (random.nextBoolean()) {
        payload.put("amount", random.nextInt(200));
      }
      payload.put("customer", Map.of("name", pick(random, WORDS)));
      payload.put("tags", List.of(pick(random, WORDS), pick(random, WORDS)));
      payload.put("flag", random.nextBoolean());
      tasks.add(
          new TaskView(
              "t" + i,
              SourceReference.process(
                  "i" + i,
                  "e",
                  "p:1",
                  "p",
                  pick(random, List.of("Order process", "Billing")),
                  "app"),
              "key",
              null,
              null,
              new Payload(payload),
              null,
              random.nextInt(3) == 0 ? null : pick(random, USERS),
              Set.of(),
              subset(random, GROUPS),
              BASE,
              random.nextBoolean() ? null : pick(random, WORDS),
              random.nextBoolean() ? null : BASE.plus(Duration.ofHours(random.nextInt(96))),
              null,
              pick(random, WORDS),
              null,
              random.nextInt(100),
              0));
    }
    return tasks;
  }

  private static List<String> randomFilters(Random random) {
    List<String> filters = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      filters.add(randomFilter(random));
    }
    if (random.nextBoolean()) {
      // repeat a name with another value: an alternative
      String first = filters.get(0);
      Matcher matcher = FILTER.matcher(first);
      if (matcher.matches() && !matcher.group(2).equals("[]")) {
        filters.add(matcher.group(1) + matcher.group(2) + otherValueFor(random, matcher.group(1)));
      }
    }
    return filters;
  }

  private static String randomFilter(Random random) {
    String op = pick(random, "=", "%", "<", ">", "[]");
    String ordered = pick(random, "=", "<", ">", "[]");
    switch (random.nextInt(9)) {
      case 0:
        return "task.name" + op + textOperand(random, op);
      case 1:
        return random.nextBoolean() ? "task.assignee=" : "task.assignee=" + pick(random, USERS);
      case 2:
        return "task.priority" + ordered + numberOperand(random, ordered);
      case 3:
        boolean absent = ordered.equals("=") && random.nextBoolean();
        return "task.dueDate" + ordered + (absent ? "" : dateOperand(random, ordered));
      case 4:
        return "task.candidateGroups"
            + pick(random, "=", "%")
            + pick(random, GROUPS).substring(0, 3 + random.nextInt(3));
      case 5:
        return "task.textSearch%" + lowerPart(random);
      case 6:
        return "amount" + op + numberOperand(random, op);
      case 7:
        return pick(random, "customer.name", "tags") + op + textOperand(random, op);
      default:
        return "flag=" + random.nextBoolean();
    }
  }

  private static String otherValueFor(Random random, String name) {
    if (name.equals("task.priority") || name.equals("amount")) {
      return String.valueOf(random.nextInt(200));
    }
    if (name.equals("task.dueDate")) {
      return dateOperand(random, "=");
    }
    return pick(random, WORDS);
  }

  private static String textOperand(Random random, String op) {
    if (!op.equals("[]")) {
      return pick(random, WORDS);
    }
    List<String> nonEmpty = WORDS.stream().filter(w -> !w.isEmpty()).toList();
    return pick(random, nonEmpty) + "|" + pick(random, nonEmpty);
  }

  private static String numberOperand(Random random, String op) {
    String from = String.valueOf(random.nextInt(200));
    return op.equals("[]") ? from + "|" + random.nextInt(200) : from;
  }

  private static String dateOperand(Random random, String op) {
    String from = BASE.plus(Duration.ofHours(random.nextInt(96))).toString();
    String to = BASE.plus(Duration.ofHours(random.nextInt(96))).toString();
    return op.equals("[]") ? from + "|" + to : from;
  }

  private static String lowerPart(Random random) {
    String word = pick(random, WORDS);
    return word.toLowerCase(Locale.ROOT)
        .substring(0, Math.min(word.length(), 1 + random.nextInt(4)));
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Set<String> subset(Random random, List<String> values) {
    return values.stream().filter(v -> random.nextInt(3) == 0).collect(Collectors.toSet());
  }

  /** The naive reference: strings, longs and ISO date strings, nothing shared with the model. */
  private static final class Reference {

    static boolean matches(List<String> filters, TaskView task) {
      Map<String, List<String[]>> byName = new LinkedHashMap<>();
      for (String filter : filters) {
        Matcher m = FILTER.matcher(filter);
        m.matches();
        byName
            .computeIfAbsent(m.group(1), k -> new ArrayList<>())
            .add(new String[] {m.group(2), m.group(3)});
      }
      for (Map.Entry<String, List<String[]>> group : byName.entrySet()) {
        boolean any = false;
        for (String[] opValue : group.getValue()) {
          any |= matchesOne(group.getKey(), opValue[0], opValue[1], task);
        }
        if (!any) {
          return false;
        }
      }
      return true;
    }

    private static boolean matchesOne(String name, String op, String value, TaskView task) {
      switch (name) {
        case "task.name":
          return text(task.name(), op, value);
        case "task.assignee":
          return text(task.assignee(), op, value);
        case "task.priority":
          return number(String.valueOf(task.priority()), op, value);
        case "task.dueDate":
          return date(task.dueDate() == null ? null : task.dueDate().toString(), op, value);
        case "task.candidateGroups":
          if (op.equals("=")) {
            return value.isEmpty()
                ? task.candidateGroups().isEmpty()
                : task.candidateGroups().contains(value);
          }
          return task.candidateGroups().stream()
              .anyMatch(g -> g.contains(value.toLowerCase(Locale.ROOT)));
        case "task.textSearch":
          return Arrays.asList(task.name(), task.description(), task.processName()).stream()
              .anyMatch(
                  t ->
                      t != null
                          && t.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)));
        case "amount":
          Object amount = task.payload().get("amount");
          if (amount == null) {
            return (op.equals("=") || op.equals("%")) && value.isEmpty();
          }
          if (op.equals("%")) {
            return amount.toString().contains(value.toLowerCase(Locale.ROOT));
          }
          return number(amount.toString(), op, value);
        case "customer.name":
          return text(
              ((Map<?, ?>) task.payload().get("customer")).get("name").toString(), op, value);
        case "tags":
          return ((List<?>) task.payload().get("tags"))
              .stream().anyMatch(t -> text(t.toString(), op, value));
        default:
          return task.payload().get("flag").toString().equals(value);
      }
    }

    private static boolean text(String actual, String op, String value) {
      switch (op) {
        case "=":
          return value.isEmpty() ? actual == null || actual.isEmpty() : value.equals(actual);
        case "%":
          return (actual == null ? "" : actual)
              .toLowerCase(Locale.ROOT)
              .contains(value.toLowerCase(Locale.ROOT));
        case "<":
          return actual != null && actual.compareTo(value) < 0;
        case ">":
          return actual != null && actual.compareTo(value) > 0;
        default:
          String[] bounds = value.split("\\|", -1);
          return actual != null
              && actual.compareTo(bounds[0]) >= 0
              && actual.compareTo(bounds[1]) <= 0;
      }
    }

    private static boolean number(String actual, String op, String value) {
      long a = Long.parseLong(actual);
      switch (op) {
        case "=":
          return a == Long.parseLong(value);
        case "<":
          return a < Long.parseLong(value);
        case ">":
          return a > Long.parseLong(value);
        default:
          String[] bounds = value.split("\\|", -1);
          if (bounds.length != 2) {
            return false;
          }
          return a >= Long.parseLong(bounds[0]) && a <= Long.parseLong(bounds[1]);
      }
    }

    private static boolean date(String actual, String op, String value) {
      switch (op) {
        case "=":
          return value.isEmpty() ? actual == null : value.equals(actual);
        case "<":
          return actual != null && actual.compareTo(value) < 0;
        case ">":
          return actual != null && actual.compareTo(value) > 0;
        default:
          String[] bounds = value.split("\\|", -1);
          return actual != null
              && actual.compareTo(bounds[0]) >= 0
              && actual.compareTo(bounds[1]) <= 0;
      }
    }
  }
}
