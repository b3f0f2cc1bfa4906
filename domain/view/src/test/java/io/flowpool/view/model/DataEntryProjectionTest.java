package io.flowpool.view.model;

import static io.flowpool.view.testing.ViewSamples.NOW;
import static io.flowpool.view.testing.ViewSamples.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProtocolEntry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataEntryProjectionTest {

  private static final DataEntryView CREATED =
      upserted(
          DataEntryProjection.apply(
              Optional.empty(),
              order("o1")
                  .authorizeUsers("kermit")
                  .authorizeGroups("sales")
                  .changedBy("kermit", "new")
                  .created(),
              0,
              NOW));

  @Test
  void a_created_entry_has_its_readers_and_one_protocol_line() {
    assertThat(CREATED.authorizedUsers()).containsExactly("kermit");
    assertThat(CREATED.authorizedGroups()).containsExactly("sales");
    assertThat(CREATED.protocol()).extracting(ProtocolEntry::username).containsExactly("kermit");
    assertThat(CREATED.createdAt()).isEqualTo(NOW);
  }

  @Test
  void an_update_applies_authorization_changes_to_the_readers_it_had() {
    DataEntryView row =
        upserted(
            apply(CREATED, order("o1").authorizeUsers("piggy").revokeUser("kermit").updated(), 1));

    assertThat(row.authorizedUsers()).containsExactly("piggy");
    assertThat(row.authorizedGroups()).containsExactly("sales");
    assertThat(row.protocol()).hasSize(2);
  }

  @Test
  void a_created_event_after_a_lax_deletion_starts_without_former_readers() {
    DataEntryView row = upserted(apply(CREATED, order("o1").authorizeUsers("gonzo").created(), 2));

    assertThat(row.authorizedUsers()).containsExactly("gonzo");
    assertThat(row.authorizedGroups()).isEmpty();
  }

  @Test
  void an_event_without_a_state_leaves_the_entry_undefined() {
    DataEntryUpdatedEvent noState =
        new DataEntryUpdatedEvent(
            "order", "o1", null, "app", "Order", null, null, null, null, null, null, null);

    DataEntryView row = upserted(apply(CREATED, noState, 1));

    assertThat(row.state().processingType()).isEqualTo(ProcessingType.UNDEFINED);
    assertThat(row.protocol().get(1).time()).isEqualTo(NOW);
  }

  @Test
  void deletion_deletes_and_anonymization_of_a_missing_entry_changes_nothing() {
    assertThat(apply(CREATED, order("o1").deleted(), 1)).isInstanceOf(RowChange.Delete.class);
    assertThat(DataEntryProjection.apply(Optional.empty(), order("o1").anonymized("x"), 1, NOW))
        .isInstanceOf(RowChange.Keep.class);
  }

  private static RowChange<DataEntryView> apply(
      DataEntryView row, DataEntryEvent event, long sequence) {
    return DataEntryProjection.apply(Optional.of(row), event, sequence, NOW);
  }

  private static DataEntryView upserted(RowChange<DataEntryView> change) {
    assertThat(change).isInstanceOf(RowChange.Upsert.class);
    return ((RowChange.Upsert<DataEntryView>) change).row();
  }
}
