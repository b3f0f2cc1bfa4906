package io.flowpool.adapter.rest.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The body of a defer: from when on the task should show again. */
@Schema(name = "Defer")
public record DeferRequest(
    @Schema(
            description = "ISO-8601 instant, e.g. 2030-01-01T10:00:00Z",
            requiredMode = Schema.RequiredMode.REQUIRED)
        Instant followUpDate) {}
