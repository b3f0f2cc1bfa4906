package io.flowpool.app.processapplication.testing;

import static io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport.APPLICATION;
import static io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport.NOW;
import static io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport.orderPayload;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Modification;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.AuthorizationChangeType;
import io.flowpool.datapool.api.DataEntryAnonymizedEvent;
import io.flowpool.datapool.api.DataEntryCreatedEvent;
import io.flowpool.datapool.api.DataEntryDeletedEvent;
import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.DataEntryUpdatedEvent;
import io.flowpool.datapool.api.ProcessingType;
import java.util.List;
import java.util.Set;

/** The data entry events the example's business code must send for an order, written out. */
public final class OrderEntries {

  private OrderEntries() {}

  /** The aggregate id of the order's data entry. */
  public static String entryOf(String orderId) {
    return "order#" + orderId;
  }

  public static DataEntryCreatedEvent received(String orderId, String customer, int amount) {
    return new DataEntryCreatedEvent(
        "order",
        orderId,
        "Order",
        APPLICATION,
        "Order " + orderId,
        "Order of " + customer + " over " + amount,
        orderPayload(orderId, customer, amount),
        Correlations.none(),
        ProcessingType.IN_PROGRESS.of("Received"),
        new Modification(NOW, null, "Order received", null),
        List.of(
            new AuthorizationChange(
                AuthorizationChangeType.ADD, Set.of(), Set.of("approvers", "sales"))),
        "forms/order");
  }

  public static DataEntryUpdatedEvent approved(String orderId, String customer, int amount) {
    return updated(
        orderId,
        customer,
        amount,
        ProcessingType.IN_PROGRESS.of("Approved"),
        new Modification(NOW, null, "Order approved", null),
        List.of(AuthorizationChange.addGroup("shipping")));
  }

  public static DataEntryUpdatedEvent rejected(String orderId, String customer, int amount) {
    return updated(
        orderId,
        customer,
        amount,
        ProcessingType.CANCELLED.of("Rejected"),
        new Modification(NOW, null, "Order rejected", null),
        List.of());
  }

  public static DataEntryUpdatedEvent shipped(String orderId, String customer, int amount) {
    return updated(
        orderId,
        customer,
        amount,
        ProcessingType.COMPLETED.of("Shipped"),
        new Modification(NOW, null, "Order shipped", null),
        List.of());
  }

  /** Anonymized: user names become "anonymous", no user is excluded. */
  public static DataEntryAnonymizedEvent anonymized(String orderId) {
    return new DataEntryAnonymizedEvent(
        "order", orderId, "anonymous", Set.of(), Modification.at(NOW));
  }

  /** Withdrawn by a user: the entry is deleted, its last state cancelled. */
  public static DataEntryDeletedEvent withdrawn(String orderId, String user, String reason) {
    return new DataEntryDeletedEvent(
        "order",
        orderId,
        new Modification(NOW, user, "Order withdrawn", reason),
        ProcessingType.CANCELLED.of("Withdrawn"));
  }

  /** Amended by a named user: the sender authorizes the author. */
  public static DataEntryUpdatedEvent amended(
      String orderId, String customer, int amount, String user) {
    return updated(
        orderId,
        customer,
        amount,
        ProcessingType.IN_PROGRESS.of("Amended"),
        new Modification(NOW, user, "Order amended", null),
        List.of(AuthorizationChange.addUser(user)));
  }

  private static DataEntryUpdatedEvent updated(
      String orderId,
      String customer,
      int amount,
      DataEntryState state,
      Modification modification,
      List<AuthorizationChange> authorizationChanges) {
    return new DataEntryUpdatedEvent(
        "order",
        orderId,
        "Order",
        APPLICATION,
        "Order " + orderId,
        "Order of " + customer + " over " + amount,
        orderPayload(orderId, customer, amount),
        Correlations.none(),
        state,
        modification,
        authorizationChanges,
        "forms/order");
  }
}
