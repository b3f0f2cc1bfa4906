package io.flowpool.app.processapplication.order;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Modification;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.api.AnonymizeDataEntryCommand;
import io.flowpool.datapool.api.AuthorizationChange;
import io.flowpool.datapool.api.AuthorizationChangeType;
import io.flowpool.datapool.api.DataEntryChange;
import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.DeleteDataEntryCommand;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.datapool.port.in.SendDataEntryUseCase;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The order process's business code: publishes each order as the data entry {@code order#<orderId>}
 * through Flowpool's {@link SendDataEntryUseCase}. The model calls it by expression with plain
 * values, e.g. {@code ${orderDataEntries.received(orderId, customer, amount)}}, so it knows no
 * engine type. Called from the model it runs in the engine's transaction, and so does what it
 * sends, unless {@code flowpool.datapool.sender.send-after-commit} is true.
 */
@Component(OrderDataEntries.BEAN_NAME)
public class OrderDataEntries {

  /** The name the model's expressions use. */
  public static final String BEAN_NAME = "orderDataEntries";

  /** The data entry type of orders; the collector correlates tasks by the variable orderId. */
  public static final String ENTRY_TYPE = "order";

  /** Replaces user names when an order is anonymized. */
  public static final String ANONYMOUS = "anonymous";

  private final SendDataEntryUseCase sender;
  private final Clock clock;
  private final String applicationName;

  OrderDataEntries(
      SendDataEntryUseCase sender,
      Clock clock,
      @Value("${flowpool.application-name:${spring.application.name}}") String applicationName) {
    this.sender = sender;
    this.clock = clock;
    this.applicationName = applicationName;
  }

  /** A new order; sales and the approvers may see it. */
  public void received(String orderId, String customer, long amount) {
    send(
        orderId,
        customer,
        amount,
        ProcessingType.IN_PROGRESS.of("Received"),
        new Modification(clock.instant(), null, "Order received", null),
        List.of(
            new AuthorizationChange(
                AuthorizationChangeType.ADD, Set.of(), Set.of("sales", "approvers"))));
  }

  /** The order is approved; from now on shipping may see it too. */
  public void approved(String orderId, String customer, long amount) {
    send(
        orderId,
        customer,
        amount,
        ProcessingType.IN_PROGRESS.of("Approved"),
        new Modification(clock.instant(), null, "Order approved", null),
        List.of(AuthorizationChange.addGroup("shipping")));
  }

  public void rejected(String orderId, String customer, long amount) {
    send(
        orderId,
        customer,
        amount,
        ProcessingType.CANCELLED.of("Rejected"),
        new Modification(clock.instant(), null, "Order rejected", null),
        List.of());
  }

  public void shipped(String orderId, String customer, long amount) {
    send(
        orderId,
        customer,
        amount,
        ProcessingType.COMPLETED.of("Shipped"),
        new Modification(clock.instant(), null, "Order shipped", null),
        List.of());
  }

  /**
   * A user amended the order, e.g. in a form. The protocol names the user, and since the change
   * says nothing about authorizations, the user may see the entry from now on.
   */
  public void amended(String orderId, String customer, long amount, String user) {
    send(
        orderId,
        customer,
        amount,
        ProcessingType.IN_PROGRESS.of("Amended"),
        new Modification(clock.instant(), user, "Order amended", null),
        List.of());
  }

  /** The customer withdrew the order: its entry is deleted. */
  public void withdrawn(String orderId, String user, String reason) {
    sender.delete(
        new DeleteDataEntryCommand(
            ENTRY_TYPE,
            orderId,
            new Modification(clock.instant(), user, "Order withdrawn", reason),
            ProcessingType.CANCELLED.of("Withdrawn")));
  }

  /** Removes user names from the order's protocol and its user authorizations. */
  public void anonymize(String orderId) {
    sender.anonymize(
        new AnonymizeDataEntryCommand(
            ENTRY_TYPE, orderId, ANONYMOUS, Set.of(), Modification.at(clock.instant())));
  }

  private void send(
      String orderId,
      String customer,
      long amount,
      DataEntryState state,
      Modification modification,
      List<AuthorizationChange> authorizationChanges) {
    sender.createOrUpdate(
        new DataEntryChange(
            ENTRY_TYPE,
            orderId,
            "Order",
            applicationName,
            "Order " + orderId,
            "Order of " + customer + " over " + amount,
            payload(orderId, customer, amount),
            Correlations.none(),
            state,
            modification,
            authorizationChanges,
            "forms/order"));
  }

  /** What the tasklist shows of an order. */
  public static Payload payload(String orderId, String customer, long amount) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("orderId", orderId);
    values.put("customer", customer);
    values.put("amount", amount);
    return new Payload(values);
  }
}
