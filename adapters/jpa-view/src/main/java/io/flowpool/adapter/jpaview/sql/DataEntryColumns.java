package io.flowpool.adapter.jpaview.sql;

import io.flowpool.view.model.DataEntryAttribute;

/** Which column of {@code fp_data_entry} (alias {@code e}) holds each data entry attribute. */
final class DataEntryColumns {

  private DataEntryColumns() {}

  static String column(DataEntryAttribute attribute) {
    switch (attribute) {
      case ENTRY_TYPE:
        return "e.entry_type";
      case ENTRY_ID:
        return "e.entry_id";
      case TYPE:
        return "e.type";
      case NAME:
        return "e.name";
      case DESCRIPTION:
        return "e.description";
      case APPLICATION_NAME:
        return "e.application_name";
      case FORM_KEY:
        return "e.form_key";
      case STATE:
        return "e.state";
      case PROCESSING_TYPE:
        return "e.processing_type";
      case CREATED_AT:
        return "e.created_at";
      case LAST_MODIFIED_AT:
        return "e.last_modified_at";
      case VERSION:
        return "e.version";
      default:
        throw new IllegalStateException("no column holds the data entry attribute " + attribute);
    }
  }
}
