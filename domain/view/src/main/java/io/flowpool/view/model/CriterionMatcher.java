package io.flowpool.view.model;

import io.flowpool.common.api.Payload;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.TaskView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Evaluates one filter against a task or data entry in memory: the reference semantics that the
 * in-memory store and live subscriptions use, and that a database store must reproduce.
 */
public final class CriterionMatcher {

  private CriterionMatcher() {}

  public static boolean matchesTask(
      Criterion criterion,
      TaskView task,
      List<DataEntryView> dataEntries,
      boolean includeDataEntryPayload) {
    ViewField field = criterion.field();
    if (field instanceof TaskAttribute attribute) {
      return matchesAttribute(attribute.type(), attribute.valueOf(task), criterion);
    }
    if (field instanceof DataEntryAttribute) {
      return dataEntries.stream().anyMatch(entry -> matchesDataEntry(criterion, entry));
    }
    PayloadPath path = (PayloadPath) field;
    return matchesPayload(path, task.payload(), criterion)
        || includeDataEntryPayload
            && dataEntries.stream()
                .anyMatch(entry -> matchesPayload(path, entry.payload(), criterion));
  }

  public static boolean matchesDataEntry(Criterion criterion, DataEntryView entry) {
    if (criterion.field() instanceof DataEntryAttribute attribute) {
      return matchesAttribute(attribute.type(), attribute.valueOf(entry), criterion);
    }
    if (criterion.field() instanceof PayloadPath path) {
      return matchesPayload(path, entry.payload(), criterion);
    }
    return false;
  }

  static boolean matchesAttribute(AttributeType type, Object actual, Criterion criterion) {
    switch (type) {
      case TEXT:
        return matchesText((String) actual, criterion);
      case TEXT_SET:
        return matchesTextSet((Collection<?>) actual, criterion);
      case INSTANT:
        return matchesOrdered((Instant) actual, criterion);
      case NUMBER:
        return matchesOrdered(TextValues.number(actual), criterion);
      default:
        // TEXT_SEARCH, whose only operator is CONTAINS
        String part = TextValues.lower((String) criterion.value());
        return ((Collection<?>) actual)
            .stream().anyMatch(text -> TextValues.lower(TextValues.text(text)).contains(part));
    }
  }

  private static boolean matchesText(String actual, Criterion criterion) {
    String value = (String) criterion.value();
    switch (criterion.operator()) {
      case EQUALS:
        return value.isEmpty() ? actual == null || actual.isEmpty() : value.equals(actual);
      case CONTAINS:
        return TextValues.lower(TextValues.text(actual)).contains(TextValues.lower(value));
      default:
        return matchesOrdered(actual, criterion);
    }
  }

  private static boolean matchesTextSet(Collection<?> actual, Criterion criterion) {
    String value = (String) criterion.value();
    if (criterion.operator() == FilterOperator.EQUALS) {
      return value.isEmpty() ? actual.isEmpty() : actual.contains(value);
    }
    String part = TextValues.lower(value);
    return part.isEmpty()
        || actual.stream().anyMatch(e -> TextValues.lower(TextValues.text(e)).contains(part));
  }

  /** Equality and order for comparable values; an absent value only equals "absent". */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean matchesOrdered(Comparable actual, Criterion criterion) {
    Object value = criterion.value();
    if (criterion.operator() == FilterOperator.EQUALS) {
      return actual == null ? value == null : value != null && actual.compareTo(value) == 0;
    }
    if (actual == null) {
      return false;
    }
    switch (criterion.operator()) {
      case LESS_THAN:
        return actual.compareTo(value) < 0;
      case GREATER_THAN:
        return actual.compareTo(value) > 0;
      default:
        // BETWEEN
        return actual.compareTo(value) >= 0 && actual.compareTo(criterion.upperValue()) <= 0;
    }
  }

  /**
   * A payload filter matches if any value at the path matches; a path that leads nowhere counts as
   * one absent value. Values have no declared type, so numbers compare as numbers when the filter
   * value is one, texts compare as texts, and booleans only by {@code =} and {@code %}.
   */
  static boolean matchesPayload(PayloadPath path, Payload payload, Criterion criterion) {
    List<Object> values = path.valuesIn(payload);
    if (values.isEmpty()) {
      return matchesPayloadValue(null, criterion);
    }
    return values.stream().anyMatch(value -> matchesPayloadValue(value, criterion));
  }

  private static boolean matchesPayloadValue(Object actual, Criterion criterion) {
    String value = (String) criterion.value();
    if (actual != null && !TextValues.isScalar(actual)) {
      return false;
    }
    switch (criterion.operator()) {
      case EQUALS:
        if (actual instanceof Number number && TextValues.parseNumber(value) != null) {
          return TextValues.number(number).compareTo(TextValues.parseNumber(value)) == 0;
        }
        return actual == null ? value.isEmpty() : TextValues.text(actual).equals(value);
      case CONTAINS:
        return TextValues.lower(TextValues.text(actual)).contains(TextValues.lower(value));
      default:
        return matchesPayloadOrder(actual, criterion);
    }
  }

  private static boolean matchesPayloadOrder(Object actual, Criterion criterion) {
    if (actual instanceof Number number) {
      BigDecimal lower = TextValues.parseNumber((String) criterion.value());
      BigDecimal upper =
          criterion.upperValue() == null
              ? null
              : TextValues.parseNumber((String) criterion.upperValue());
      if (lower == null || criterion.operator() == FilterOperator.BETWEEN && upper == null) {
        return false;
      }
      return matchesOrdered(TextValues.number(number), typed(criterion, lower, upper));
    }
    if (actual instanceof String text) {
      return matchesOrdered(text, criterion);
    }
    return false;
  }

  private static Criterion typed(Criterion criterion, Object value, Object upperValue) {
    return new Criterion(
        criterion.filter(),
        criterion.name(),
        criterion.field(),
        criterion.operator(),
        value,
        upperValue);
  }
}
