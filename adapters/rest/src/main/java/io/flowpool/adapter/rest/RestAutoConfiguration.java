package io.flowpool.adapter.rest;

import io.flowpool.adapter.rest.dataentry.DataEntryController;
import io.flowpool.adapter.rest.process.ProcessController;
import io.flowpool.adapter.rest.security.CurrentUserArgumentResolver;
import io.flowpool.adapter.rest.security.CurrentUserController;
import io.flowpool.adapter.rest.security.FlowpoolSecurityProperties;
import io.flowpool.adapter.rest.security.RestSecurityConfiguration;
import io.flowpool.adapter.rest.task.TaskActionController;
import io.flowpool.adapter.rest.task.TaskController;
import io.flowpool.adapter.rest.task.TaskStreamController;
import io.flowpool.adapter.rest.web.LiveStreams;
import io.flowpool.adapter.rest.web.ProblemHandler;
import io.flowpool.view.api.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The tasklist HTTP API: controllers over the view's use cases (the application provides them as
 * beans), problem details, live streams, the OpenAPI description, and its security. Comes before
 * Spring Boot's security defaults so that they step back.
 */
@AutoConfiguration(
    before = {
      SecurityAutoConfiguration.class,
      UserDetailsServiceAutoConfiguration.class,
      OAuth2ResourceServerAutoConfiguration.class
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(
    prefix = "flowpool.rest",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties({FlowpoolRestProperties.class, FlowpoolSecurityProperties.class})
@Import({
  TaskController.class,
  TaskActionController.class,
  TaskStreamController.class,
  DataEntryController.class,
  ProcessController.class,
  CurrentUserController.class,
  ProblemHandler.class,
  RestSecurityConfiguration.class
})
public class RestAutoConfiguration {

  static {
    // the caller is resolved from the authentication, not sent as a request parameter
    SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(CurrentUser.class)
        .replaceWithSchema(SseEmitter.class, new StringSchema().description("an event stream"));
  }

  @Bean
  LiveStreams flowpoolLiveStreams(FlowpoolRestProperties properties) {
    return new LiveStreams(
        properties.getStreamTimeout(),
        properties.getStreamBacklog(),
        properties.getStreamThreads());
  }

  @Bean
  WebMvcConfigurer flowpoolCurrentUser() {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
      }
    };
  }

  @Bean
  @ConditionalOnMissingBean
  OpenAPI flowpoolOpenApi(FlowpoolSecurityProperties security) {
    boolean jwt = security.getMode() == FlowpoolSecurityProperties.Mode.JWT;
    String scheme = jwt ? "bearer" : "basic";
    SecurityScheme securityScheme =
        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme(scheme);
    if (jwt) {
      securityScheme.bearerFormat("JWT");
    }
    return new OpenAPI()
        .info(
            new Info()
                .title("Flowpool tasklist API")
                .version("1")
                .description(
                    "Tasks, data entries and processes as the signed-in user may see them;"
                        + " actions on tasks; live updates as Server-Sent Events. Errors are RFC"
                        + " 7807 problem details."))
        .components(new Components().addSecuritySchemes(scheme, securityScheme))
        .addSecurityItem(new SecurityRequirement().addList(scheme));
  }
}
