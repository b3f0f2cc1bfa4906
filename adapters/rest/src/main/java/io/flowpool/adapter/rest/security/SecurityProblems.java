package io.flowpool.adapter.rest.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers "who are you?" (401) and "not for you" (403) as RFC 7807 problem details, like every
 * other error of the API, with the challenge header of the authentication mode.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FlowpoolSecurityProperties.Mode mode;
  private final BearerTokenAuthenticationEntryPoint bearer =
      new BearerTokenAuthenticationEntryPoint();

  SecurityProblems(FlowpoolSecurityProperties.Mode mode) {
    this.mode = mode;
  }

  @Override
  public void commence(
      HttpServletRequest request,
      HttpServletResponse response,
      AuthenticationException authException)
      throws IOException {
    if (mode == FlowpoolSecurityProperties.Mode.JWT) {
      bearer.commence(request, response, authException);
    } else {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"flowpool\"");
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }
    write(response, "this request needs a signed-in user");
  }

  @Override
  public void handle(
      HttpServletRequest request,
      HttpServletResponse response,
      AccessDeniedException accessDeniedException)
      throws IOException {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    write(response, "this request is not allowed for the signed-in user");
  }

  private static void write(HttpServletResponse response, String detail) throws IOException {
    HttpStatus status = HttpStatus.valueOf(response.getStatus());
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
