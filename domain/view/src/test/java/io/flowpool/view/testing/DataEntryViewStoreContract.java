package io.flowpool.view.testing;

import static io.flowpool.view.testing.ViewSamples.FOZZIE;
import static io.flowpool.view.testing.ViewSamples.GONZO;
import static io.flowpool.view.testing.ViewSamples.KERMIT;
import static io.flowpool.view.testing.ViewSamples.NOW;
import static io.flowpool.view.testing.ViewSamples.PIGGY;
import static io.flowpool.view.testing.ViewSamples.dataEntry;
import static io.flowpool.view.testing.ViewSamples.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.DataEntriesForDataEntryTypeQuery;
import io.flowpool.view.api.DataEntriesForUserQuery;
import io.flowpool.view.api.DataEntriesQuery;
import io.flowpool.view.api.DataEntryForIdentityQuery;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.InvalidQueryException;
import io.flowpool.view.api.ProtocolEntry;
import io.flowpool.view.api.ResultPage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data entry projection and queries through a store adapter. Subclass it and provide empty stores.
 *
 * <p>The sample: orders o1 (group sales, changed by Kermit), o2 (user Gonzo), o3 (user Piggy and
 * group accounting, changed by Piggy) and invoice i1 (group accounting), changed an hour apart.
 */
public abstract class DataEntryViewStoreContract {

  protected ViewFixture view;

  /** Fresh, empty stores for each test. */
  protected abstract ViewStores createStores();

  @BeforeEach
  void createViewWithSampleEntries() {
    view = new ViewFixture(createStores());
    view.emit(
        order("o1")
            .authorizeGroups("sales")
            .payload("amount", 100)
            .payload("region", "north")
            .changedBy("kermit", "created")
            .created(),
        order("o2")
            .authorizeUsers("gonzo")
            .state(ProcessingType.COMPLETED, "Done")
            .payload("amount", 5)
            .payload("region", "south")
            .at(hours(1))
            .created(),
        order("o3")
            .authorizeUsers("piggy")
            .authorizeGroups("accounting")
            .state(ProcessingType.PRELIMINARY, "Draft")
            .payload("region", "north")
            .changedBy("piggy", "drafted")
            .at(hours(2))
            .created(),
        dataEntry("invoice", "i1").authorizeGroups("accounting").at(hours(3)).created());
  }

  @Test
  void a_user_sees_the_entries_authorized_for_the_user_or_one_of_the_users_groups() {
    assertThat(idsForUser(KERMIT, false)).containsExactly("o1");
    assertThat(idsForUser(PIGGY, false)).containsExactly("o3", "o1");
    assertThat(idsForUser(GONZO, false)).containsExactly("i1", "o3", "o2");
    assertThat(idsForUser(FOZZIE, false)).isEmpty();
  }

  @Test
  void involvements_only_returns_the_entries_whose_protocol_names_the_user() {
    assertThat(idsForUser(PIGGY, true)).containsExactly("o3");
    assertThat(idsForUser(KERMIT, true)).containsExactly("o1");
    assertThat(idsForUser(GONZO, true)).isEmpty();
  }

  @Test
  void administrators_see_every_entry_paged_with_the_total() {
    ResultPage<DataEntryView> second =
        view.dataEntries().dataEntries(new DataEntriesQuery(1, 3, null, null));

    assertThat(ids(second)).containsExactly("o1");
    assertThat(second.total()).isEqualTo(4);
  }

  @Test
  void the_entries_of_one_type_are_those_of_the_type_the_user_may_see() {
    ResultPage<DataEntryView> page =
        view.dataEntries()
            .dataEntriesForDataEntryType(
                new DataEntriesForDataEntryTypeQuery("order", GONZO, 0, 50, null, null));

    assertThat(ids(page)).containsExactly("o3", "o2");
  }

  @Test
  void an_entry_the_user_may_not_see_is_not_found_like_one_that_does_not_exist() {
    assertThat(byId("o1", KERMIT)).isPresent();
    assertThat(byId("o2", KERMIT)).isEmpty();
    assertThat(byId("o9", KERMIT)).isEmpty();
  }

  @Test
  void filters_apply_to_entry_attributes_and_payload() {
    assertThat(idsForAll(List.of(), List.of("data.state.processingType=COMPLETED")))
        .containsExactly("o2");
    assertThat(idsForAll(List.of(), List.of("data.state.state%draft"))).containsExactly("o3");
    assertThat(idsForAll(List.of(), List.of("amount>50"))).containsExactly("o1");
    assertThat(idsForAll(List.of(), List.of("region=north"))).containsExactly("o3", "o1");
    assertThat(idsForAll(List.of(), List.of("data.entryId=i1", "data.entryId=o2")))
        .containsExactly("i1", "o2");
  }

  @Test
  void a_task_filter_on_a_data_entry_query_is_refused() {
    assertThatThrownBy(() -> idsForAll(List.of(), List.of("task.name=x")))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("task.name=x");
  }

  @Test
  void entries_sort_by_attributes_and_payload_with_missing_values_last() {
    assertThat(idsForAll(List.of("+payload.amount"), List.of()))
        .containsExactly("o2", "o1", "i1", "o3");
    assertThat(idsForAll(List.of("-data.name"), List.of())).containsExactly("o3", "o2", "o1", "i1");
    // a reader's entries in the same order, limited to those they may see (o2, o3 and i1)
    List<String> visible = idsForUser(GONZO, false);
    assertThat(visible).hasSize(3);
    assertThat(
            ids(
                view.dataEntries()
                    .dataEntriesForUser(
                        new DataEntriesForUserQuery(
                            GONZO, false, 0, 50, List.of("+payload.amount"), null))))
        .containsExactlyElementsOf(
            idsForAll(List.of("+payload.amount"), List.of()).stream()
                .filter(visible::contains)
                .toList());
    assertThatThrownBy(() -> idsForAll(List.of("+colour"), List.of()))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void every_change_adds_a_line_to_the_protocol() {
    view.emit(
        order("o1")
            .state(ProcessingType.IN_PROGRESS, "Approved")
            .changedBy("piggy", "approved")
            .at(hours(5))
            .updated());

    DataEntryView entry = byId("o1", KERMIT).orElseThrow();
    assertThat(entry.protocol())
        .extracting(ProtocolEntry::username, ProtocolEntry::log, line -> line.state().state())
        .containsExactly(
            tuple("kermit", "created", "In review"), tuple("piggy", "approved", "Approved"));
    assertThat(entry.createdAt()).isEqualTo(NOW);
    assertThat(entry.lastModifiedAt()).isEqualTo(hours(5));
    assertThat(entry.version()).isEqualTo(1);
  }

  @Test
  void authorization_changes_add_and_remove_readers() {
    view.emit(order("o1").authorizeUsers("fozzie").updated());
    assertThat(byId("o1", FOZZIE)).isPresent();

    view.emit(order("o1").revokeUser("fozzie").updated());
    assertThat(byId("o1", FOZZIE)).isEmpty();
    assertThat(byId("o1", KERMIT)).isPresent();
  }

  @Test
  void a_deleted_entry_is_gone_and_a_later_create_brings_it_back_without_its_former_readers() {
    view.emit(order("o1").deleted());
    assertThat(byId("o1", KERMIT)).isEmpty();

    view.emit(order("o1").authorizeUsers("fozzie").changedBy("fozzie", "again").created());

    assertThat(byId("o1", KERMIT)).isEmpty();
    assertThat(byId("o1", FOZZIE))
        .hasValueSatisfying(
            entry -> {
              assertThat(entry.version()).isEqualTo(2);
              assertThat(entry.protocol()).extracting(ProtocolEntry::log).containsExactly("again");
            });
  }

  @Test
  void a_late_duplicate_of_the_create_does_not_bring_a_deleted_entry_back() {
    view.emit(order("o1").deleted());

    view.project(0, order("o1").authorizeGroups("sales").created());

    assertThat(byId("o1", KERMIT)).isEmpty();
  }

  @Test
  void anonymizing_replaces_user_names_except_the_excluded_and_drops_user_readers() {
    view.emit(
        order("o3").changedBy("gonzo", "checked").updated(),
        order("o3").changedBy("admin", "anonymized").anonymized("anonymous", "gonzo"));

    DataEntryView entry =
        view.dataEntries()
            .dataEntries(new DataEntriesQuery(0, 10, null, List.of("data.entryId=o3")))
            .items()
            .get(0);
    assertThat(entry.protocol())
        .extracting(ProtocolEntry::username)
        .containsExactly("anonymous", "gonzo", "admin");
    assertThat(entry.authorizedUsers()).isEmpty();
    assertThat(entry.authorizedGroups()).containsExactly("accounting");
    assertThat(byId("o3", PIGGY)).isEmpty();
  }

  protected Optional<DataEntryView> byId(String orderId, CurrentUser user) {
    return view.dataEntries()
        .dataEntryForIdentity(new DataEntryForIdentityQuery("order", orderId, user));
  }

  protected List<String> idsForUser(CurrentUser user, boolean involvementsOnly) {
    return ids(
        view.dataEntries()
            .dataEntriesForUser(
                new DataEntriesForUserQuery(user, involvementsOnly, 0, 50, null, null)));
  }

  protected List<String> idsForAll(List<String> sort, List<String> filters) {
    return ids(view.dataEntries().dataEntries(new DataEntriesQuery(0, 50, sort, filters)));
  }

  protected static List<String> ids(ResultPage<DataEntryView> page) {
    return page.items().stream().map(DataEntryView::entryId).toList();
  }

  protected static Instant hours(int hours) {
    return NOW.plus(Duration.ofHours(hours));
  }
}
