package io.flowpool.adapter.amqp.rebuild;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * Actuator endpoint {@code flowpool-view-rebuild} of a platform node: write asks every process
 * application to re-publish its events, read lists the requests this node sent.
 */
@Endpoint(id = "flowpool-view-rebuild")
public class ViewRebuildEndpoint {

  private final ViewRebuildRequester requester;

  public ViewRebuildEndpoint(ViewRebuildRequester requester) {
    this.requester = requester;
  }

  @ReadOperation
  public List<ViewRebuildRequest> requests() {
    return requester.sent();
  }

  @WriteOperation
  public ViewRebuildRequest request() {
    return requester.request();
  }
}
