package io.flowpool.adapter.jpaview.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.view.model.DataEntryAttribute;
import io.flowpool.view.model.TaskAttribute;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A new attribute in the domain must get its column here before the build passes. */
class ColumnsTest {

  @Test
  void every_task_attribute_has_its_columns() {
    assertThat(TaskAttribute.values())
        .allSatisfy(attribute -> assertThat(TaskColumns.of(attribute)).isNotEmpty());
    assertThat(TaskColumns.of(TaskAttribute.TEXT_SEARCH))
        .containsExactly("t.name", "t.description", "t.source_name");
  }

  @Test
  void every_data_entry_attribute_has_its_column() {
    assertThat(Arrays.stream(DataEntryAttribute.values()).map(DataEntryColumns::column))
        .doesNotHaveDuplicates()
        .allMatch(column -> column.startsWith("e."));
  }
}
