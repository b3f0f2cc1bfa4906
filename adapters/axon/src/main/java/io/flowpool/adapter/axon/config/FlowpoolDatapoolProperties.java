package io.flowpool.adapter.axon.config;

import io.flowpool.datapool.model.DeletionStrategy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowpool.datapool.*}: how data entries are decided and sent.
 *
 * @param deletionStrategy {@code lax} (default: an update brings a deleted entry back) or {@code
 *     strict} (a deleted entry refuses everything)
 * @param sender how business code's data entries are sent
 */
@ConfigurationProperties("flowpool.datapool")
public record FlowpoolDatapoolProperties(
    @DefaultValue("lax") DeletionStrategy deletionStrategy, @DefaultValue Sender sender) {

  /**
   * {@code flowpool.datapool.sender.*}.
   *
   * @param sendAfterCommit false (default): within the business transaction, so that both commit or
   *     roll back together; true: after the business transaction committed, in a transaction of its
   *     own
   */
  public record Sender(@DefaultValue("false") boolean sendAfterCommit) {}
}
