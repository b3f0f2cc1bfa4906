package io.flowpool.adapter.rest.security;

import io.flowpool.view.api.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells callers who they are to the tasklist. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "user")
public class CurrentUserController {

  /** The signed-in user as the tasklist sees them. */
  @Schema(name = "User")
  public record UserJson(String username, Set<String> groups) {}

  @GetMapping
  @Operation(summary = "The signed-in user and the user's groups")
  public UserJson me(CurrentUser user) {
    return new UserJson(user.username(), user.groups());
  }
}
