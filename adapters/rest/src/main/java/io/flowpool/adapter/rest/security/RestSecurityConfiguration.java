package io.flowpool.adapter.rest.security;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request goes through one stateless filter chain: the API needs a signed-in user (HTTP Basic
 * or a bearer JWT), process instances and the actuator endpoints (dead letters, view rebuild,
 * metrics) need the admin group, and the OpenAPI document, Swagger UI, the static tasklist page and
 * the health endpoint are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnProperty(
    prefix = "flowpool.security",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
public class RestSecurityConfiguration {

  static final String[] PUBLIC_PATHS = {
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/",
    "/index.html",
    "/tasklist.js",
    "/favicon.ico",
    "/actuator/health",
    "/actuator/health/**",
    "/error"
  };

  /** Ordered like Spring Boot's default chain; an application's own chains can come first. */
  @Bean
  @Order(SecurityProperties.BASIC_AUTH_ORDER)
  SecurityFilterChain flowpoolSecurityFilterChain(
      HttpSecurity http, FlowpoolSecurityProperties properties) throws Exception {
    SecurityProblems problems = new SecurityProblems(properties.getMode());
    List<String> publicPaths = new ArrayList<>(List.of(PUBLIC_PATHS));
    publicPaths.addAll(properties.getPublicPaths());
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    // the request that started a stream was authorized; its later dispatches
                    // (completion, timeout, error) carry no credentials of their own
                    .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(publicPaths.toArray(String[]::new))
                    .permitAll()
                    .requestMatchers(
                        "/api/process-instances", "/api/process-instances/**", "/actuator/**")
                    .hasAuthority(CurrentUsers.authority(properties.getAdminGroup()))
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    if (properties.getMode() == FlowpoolSecurityProperties.Mode.JWT) {
      FlowpoolSecurityProperties.Jwt jwt = properties.getJwt();
      http.oauth2ResourceServer(
          resourceServer ->
              resourceServer
                  .bearerTokenResolver(streamsMayPassTokenInQuery())
                  .authenticationEntryPoint(problems)
                  .accessDeniedHandler(problems)
                  .jwt(
                      decoder ->
                          decoder.jwtAuthenticationConverter(
                              new JwtUsers(jwt.getUsernameClaim(), jwt.getGroupsClaim()))));
    } else {
      http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
    }
    return http.build();
  }

  @Bean
  @ConditionalOnProperty(
      prefix = "flowpool.security",
      name = "mode",
      havingValue = "basic",
      matchIfMissing = true)
  UserDetailsService flowpoolUsers(FlowpoolSecurityProperties properties) {
    return ConfiguredUsers.from(properties.getUsers());
  }

  /**
   * A browser's EventSource cannot send headers, so the live streams also take the token as {@code
   * access_token} query parameter; everything else only from the Authorization header.
   */
  private static BearerTokenResolver streamsMayPassTokenInQuery() {
    DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
    DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
    headerOrQuery.setAllowUriQueryParameter(true);
    return request ->
        request.getRequestURI().endsWith("/stream")
            ? headerOrQuery.resolve(request)
            : header.resolve(request);
  }
}
