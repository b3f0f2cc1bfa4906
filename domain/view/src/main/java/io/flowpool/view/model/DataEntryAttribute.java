package io.flowpool.view.model;

import io.flowpool.view.api.DataEntryView;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The data entry attributes that filters ({@code data.<name>}) and sorts may name. */
public enum DataEntryAttribute implements ViewField {
  ENTRY_TYPE("entryType", AttributeType.TEXT, DataEntryView::entryType),
  ENTRY_ID("entryId", AttributeType.TEXT, DataEntryView::entryId),
  TYPE("type", AttributeType.TEXT, DataEntryView::type),
  NAME("name", AttributeType.TEXT, DataEntryView::name),
  DESCRIPTION("description", AttributeType.TEXT, DataEntryView::description),
  APPLICATION_NAME("applicationName", AttributeType.TEXT, DataEntryView::applicationName),
  FORM_KEY("formKey", AttributeType.TEXT, DataEntryView::formKey),
  STATE("state.state", AttributeType.TEXT, entry -> entry.state().state()),
  PROCESSING_TYPE(
      "state.processingType", AttributeType.TEXT, entry -> entry.state().processingType().name()),
  CREATED_AT("createdAt", AttributeType.INSTANT, DataEntryView::createdAt),
  LAST_MODIFIED_AT("lastModifiedAt", AttributeType.INSTANT, DataEntryView::lastModifiedAt),
  VERSION("version", AttributeType.NUMBER, DataEntryView::version);

  private final String fieldName;
  private final AttributeType type;
  private final Function<DataEntryView, Object> accessor;

  DataEntryAttribute(
      String fieldName, AttributeType type, Function<DataEntryView, Object> accessor) {
    this.fieldName = fieldName;
    this.type = type;
    this.accessor = accessor;
  }

  @Override
  public String fieldName() {
    return fieldName;
  }

  public AttributeType type() {
    return type;
  }

  /** The attribute's value in a data entry: a String, Instant or Long. */
  public Object valueOf(DataEntryView entry) {
    return accessor.apply(entry);
  }

  public static Optional<DataEntryAttribute> byName(String fieldName) {
    return Arrays.stream(values()).filter(a -> a.fieldName.equals(fieldName)).findFirst();
  }

  /** Every attribute name, for error messages. */
  public static String names() {
    return Arrays.stream(values())
        .map(DataEntryAttribute::fieldName)
        .collect(Collectors.joining(", "));
  }
}
