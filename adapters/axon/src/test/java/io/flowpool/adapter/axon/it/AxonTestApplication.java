package io.flowpool.adapter.axon.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The smallest application that enables the adapter: a DataSource, JPA, Flyway and this jar. */
@SpringBootApplication
class AxonTestApplication {

  @Bean
  RecordingEngineClient recordingEngineClient() {
    return new RecordingEngineClient();
  }
}
