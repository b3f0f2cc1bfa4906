package io.flowpool.adapter.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Calls the running API over HTTP as a given caller; query parameters are name/value pairs, each
 * fully URL-encoded.
 */
public final class ApiClient {

  /** The users of the test configuration and their passwords. */
  public static final Map<String, String> PASSWORDS =
      Map.of(
          "alice", "alice-secret",
          "bob", "bob-secret",
          "dave", "dave-secret",
          "ada", "ada-secret");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String authorization;

  private ApiClient(int port, String authorization) {
    this.port = port;
    this.authorization = authorization;
  }

  public static ApiClient anonymous(int port) {
    return new ApiClient(port, null);
  }

  public static ApiClient as(int port, String user) {
    return basic(port, user, PASSWORDS.get(user));
  }

  public static ApiClient basic(int port, String user, String password) {
    String credentials = user + ":" + password;
    return new ApiClient(
        port,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  public static ApiClient bearer(int port, String token) {
    return new ApiClient(port, "Bearer " + token);
  }

  public Response get(String path, String... parameters) {
    return send(request(path, parameters).GET());
  }

  public Response post(String path, String jsonBody, String... parameters) {
    HttpRequest.Builder request = request(path, parameters);
    if (jsonBody == null) {
      return send(request.POST(HttpRequest.BodyPublishers.noBody()));
    }
    return send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  /** Opens a Server-Sent Events stream. */
  public SseClient stream(String path, String... parameters) {
    return SseClient.open(http, request(path, parameters).header("Accept", "text/event-stream"));
  }

  public URI uri(String path, String... parameters) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < parameters.length; i += 2) {
      query.append(query.length() == 0 ? "?" : "&");
      query
          .append(URLEncoder.encode(parameters[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    return URI.create("http://localhost:" + port + path + query);
  }

  private HttpRequest.Builder request(String path, String... parameters) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, parameters));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("WWW-Authenticate").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the API answered. */
  public record Response(int status, String contentType, String challenge, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }
}
