package io.flowpool.adapter.rest.dataentry;

import io.flowpool.adapter.rest.web.LiveStreams;
import io.flowpool.adapter.rest.web.NotFoundException;
import io.flowpool.adapter.rest.web.QueryParameters;
import io.flowpool.adapter.rest.web.SseStream;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.DataEntriesForDataEntryTypeQuery;
import io.flowpool.view.api.DataEntriesForUserQuery;
import io.flowpool.view.api.DataEntryForIdentityQuery;
import io.flowpool.view.api.DataEntryUpdate;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.port.in.DataEntryQueryUseCase;
import io.flowpool.view.port.in.SubscribeToDataEntriesUseCase;
import io.flowpool.view.port.in.ViewSubscription;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The data entries the caller is authorized for: lists, one entry with its protocol, live. */
@RestController
@RequestMapping("/api/data-entries")
@Tag(name = "data entries")
public class DataEntryController {

  private final DataEntryQueryUseCase dataEntries;
  private final SubscribeToDataEntriesUseCase subscriptions;
  private final LiveStreams streams;

  public DataEntryController(
      DataEntryQueryUseCase dataEntries,
      SubscribeToDataEntriesUseCase subscriptions,
      LiveStreams streams) {
    this.dataEntries = dataEntries;
    this.subscriptions = subscriptions;
    this.streams = streams;
  }

  @GetMapping
  @Operation(
      summary = "The data entries the caller or one of the caller's groups is authorized for")
  @ApiResponse(responseCode = "200", description = "one page")
  @ApiResponse(responseCode = "400", description = "a malformed filter or sort, or a bad page")
  public DataEntryPage list(
      CurrentUser user,
      @Parameter(description = QueryParameters.PAGE) @RequestParam(defaultValue = "0") int page,
      @Parameter(description = QueryParameters.SIZE) @RequestParam(defaultValue = "50") int size,
      @Parameter(description = QueryParameters.SORT) @RequestParam(required = false)
          List<String> sort,
      @Parameter(description = QueryParameters.FILTER) @RequestParam(required = false)
          List<String> filter,
      @Parameter(description = "only entries whose protocol names the caller")
          @RequestParam(defaultValue = "false")
          boolean involvementsOnly) {
    return DataEntryPage.of(
        dataEntries.dataEntriesForUser(forUser(user, involvementsOnly, page, size, sort, filter)));
  }

  @GetMapping("/{entryType}")
  @Operation(summary = "The data entries of one type the caller is authorized for")
  @ApiResponse(responseCode = "200", description = "one page")
  @ApiResponse(responseCode = "400", description = "a malformed filter or sort, or a bad page")
  public DataEntryPage listOfType(
      CurrentUser user,
      @PathVariable String entryType,
      @Parameter(description = QueryParameters.PAGE) @RequestParam(defaultValue = "0") int page,
      @Parameter(description = QueryParameters.SIZE) @RequestParam(defaultValue = "50") int size,
      @Parameter(description = QueryParameters.SORT) @RequestParam(required = false)
          List<String> sort,
      @Parameter(description = QueryParameters.FILTER) @RequestParam(required = false)
          List<String> filter) {
    return DataEntryPage.of(
        dataEntries.dataEntriesForDataEntryType(
            new DataEntriesForDataEntryTypeQuery(
                entryType,
                user,
                page,
                size,
                QueryParameters.sort(sort),
                QueryParameters.filters(filter))));
  }

  @GetMapping("/{entryType}/{entryId}")
  @Operation(summary = "One data entry with its protocol")
  @ApiResponse(responseCode = "200", description = "the entry")
  @ApiResponse(
      responseCode = "404",
      description = "no such entry, or the caller is not authorized for it (both alike)")
  public DataEntryJson one(
      CurrentUser user, @PathVariable String entryType, @PathVariable String entryId) {
    return dataEntries
        .dataEntryForIdentity(new DataEntryForIdentityQuery(entryType, entryId, user))
        .map(DataEntryJson::withProtocol)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no data entry " + entryType + "/" + entryId + " for this user"));
  }

  @GetMapping("/stream")
  @Operation(
      summary = "Follows the data entry list live (Server-Sent Events)",
      description =
          "The same parameters as the list. Events: `initial` (a DataEntryPage), then `update`"
              + " (a DataEntry that now matches, new or changed) and `removed` ({entryType,"
              + " entryId} of an entry that no longer matches).")
  @ApiResponse(
      responseCode = "200",
      description = "an event stream",
      content =
          @Content(
              mediaType = "text/event-stream",
              schema = @Schema(type = "string", description = "events as described above")))
  @ApiResponse(responseCode = "400", description = "a malformed filter or sort, or a bad page")
  public SseEmitter stream(
      CurrentUser user,
      @Parameter(description = QueryParameters.PAGE) @RequestParam(defaultValue = "0") int page,
      @Parameter(description = QueryParameters.SIZE) @RequestParam(defaultValue = "50") int size,
      @Parameter(description = QueryParameters.SORT) @RequestParam(required = false)
          List<String> sort,
      @Parameter(description = QueryParameters.FILTER) @RequestParam(required = false)
          List<String> filter,
      @Parameter(description = "only entries whose protocol names the caller")
          @RequestParam(defaultValue = "false")
          boolean involvementsOnly) {
    DataEntriesForUserQuery query = forUser(user, involvementsOnly, page, size, sort, filter);
    SseStream stream = streams.open();
    ViewSubscription<DataEntryView> subscription =
        subscriptions.subscribe(query, update -> send(stream, update));
    stream.start("initial", DataEntryPage.of(subscription.initialResult()), subscription::close);
    return stream.emitter();
  }

  private static void send(SseStream stream, DataEntryUpdate update) {
    if (update instanceof DataEntryUpdate.Upserted upserted) {
      stream.send("update", DataEntryJson.of(upserted.dataEntry()));
    } else {
      stream.send("removed", RemovedDataEntry.of(update.identity()));
    }
  }

  private static DataEntriesForUserQuery forUser(
      CurrentUser user,
      boolean involvementsOnly,
      int page,
      int size,
      List<String> sort,
      List<String> filter) {
    return new DataEntriesForUserQuery(
        user,
        involvementsOnly,
        page,
        size,
        QueryParameters.sort(sort),
        QueryParameters.filters(filter));
  }
}
