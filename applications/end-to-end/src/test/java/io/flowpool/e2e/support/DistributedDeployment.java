package io.flowpool.e2e.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpool.adapter.amqp.testing.RabbitTestBroker;
import io.flowpool.common.testing.PostgresTestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * Two process applications ({@code order-application}, {@code invoice-application}: the example jar
 * twice, each with its own engine database) and one process platform (its own view database), on a
 * RabbitMQ virtual host of their own. Started once, shared by the test classes, removed with
 * everything it created when the test run ends.
 */
public final class DistributedDeployment implements AutoCloseable {

  public static final String ORDERS = "order-application";
  public static final String INVOICES = "invoice-application";

  /** Platform users: candidates of the example's tasks, and an admin. */
  public static final String APPROVER = "kermit";

  public static final String ADMIN = "root";

  /** How long a committed change may take to reach the view in a healthy deployment. */
  public static final Duration VISIBLE = Duration.ofSeconds(30);

  private final String vhost = "flowpool-e2e-" + UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, PostgresTestDatabase> engineDatabases = new LinkedHashMap<>();
  private final Map<String, ApplicationProcess> applications = new LinkedHashMap<>();
  private final PostgresTestDatabase platformDatabase;
  private final ApplicationProcess platform;
  private final CachingConnectionFactory connectionFactory;
  private final Path logs;

  private DistributedDeployment() {
    logs = Path.of(System.getProperty("flowpool.e2e.logs", "target/e2e-logs"));
    BrokerControl.addVirtualHost(vhost, RabbitTestBroker.USER);
    connectionFactory = new CachingConnectionFactory(RabbitTestBroker.HOST, RabbitTestBroker.PORT);
    connectionFactory.setUsername(RabbitTestBroker.USER);
    connectionFactory.setPassword(RabbitTestBroker.PASSWORD);
    connectionFactory.setVirtualHost(vhost);
    connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
    for (String application : List.of(ORDERS, INVOICES)) {
      PostgresTestDatabase database = PostgresTestDatabase.create("flowpool_e2e_engine");
      engineDatabases.put(application, database);
      applications.put(
          application,
          new ApplicationProcess(
              application,
              Path.of(System.getProperty("flowpool.process-application.jar")),
              freePort(),
              ApplicationProcess.arguments(processApplicationSettings(application, database)),
              logs));
    }
    platformDatabase = PostgresTestDatabase.create("flowpool_e2e_platform");
    platform =
        new ApplicationProcess(
            "process-platform",
            Path.of(System.getProperty("flowpool.process-platform.jar")),
            freePort(),
            ApplicationProcess.arguments(platformSettings()),
            logs);
  }

  /** Creates the virtual host and databases and starts the three JVMs. */
  public static DistributedDeployment start() {
    DistributedDeployment deployment = new DistributedDeployment();
    try {
      // the engines first (in parallel): their start-up is the slow one
      List<CompletableFuture<ApplicationProcess>> starting = new ArrayList<>();
      for (ApplicationProcess application : deployment.applications.values()) {
        starting.add(CompletableFuture.supplyAsync(() -> application.start().awaitHealthy()));
      }
      deployment.platform.start();
      starting.forEach(CompletableFuture::join);
      deployment.platform.awaitHealthy();
      return deployment;
    } catch (RuntimeException e) {
      deployment.close();
      throw e;
    }
  }

  public ApplicationProcess application(String name) {
    return applications.get(name);
  }

  public ApplicationProcess platform() {
    return platform;
  }

  /**
   * Another platform node on the same view database and queue, as a second replica behind a load
   * balancer: it serves the API and waits as the view queue's standby consumer. Not started.
   */
  public ApplicationProcess newPlatformNode(String name) {
    return new ApplicationProcess(
        name,
        Path.of(System.getProperty("flowpool.process-platform.jar")),
        freePort(),
        ApplicationProcess.arguments(platformSettings()),
        logs);
  }

  public EngineRest engine(String application) {
    return new EngineRest(applications.get(application).baseUrl());
  }

  public Tasklist tasklist(String user) {
    return new Tasklist(platform.baseUrl(), user, user);
  }

  /** Starts an order in the application; returns its first task (approval). */
  public String newOrderTask(String application) {
    EngineRest engine = engine(application);
    return engine.taskOf(engine.startOrder(newOrderId(), 120));
  }

  /** Waits until the approver sees the task in the platform's view; returns it. */
  public JsonNode awaitVisible(String taskId) {
    Tasklist approver = tasklist(APPROVER);
    return await().atMost(VISIBLE).until(() -> approver.task(taskId), Optional::isPresent).get();
  }

  public static String newOrderId() {
    return "o-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String vhost() {
    return vhost;
  }

  /** A connection to the deployment's virtual host, with publisher confirms. */
  public CachingConnectionFactory connectionFactory() {
    return connectionFactory;
  }

  public PostgresTestDatabase platformDatabase() {
    return platformDatabase;
  }

  /** How many events the application's event store holds. */
  public long storedEvents(String application) {
    try (Connection connection = ViewAudit.connect(engineDatabases.get(application));
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from domain_event_entry")) {
      count.next();
      return count.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the events of " + application, e);
    }
  }

  /**
   * A counter or gauge of an application's (or a platform node's, as admin) actuator metrics; the
   * name may carry a tag filter, e.g. {@code flowpool.view.consumed?tag=outcome:projected}.
   */
  public double metric(ApplicationProcess application, String name) {
    Http http = Http.anonymous(application.baseUrl());
    if (!applications.containsValue(application)) {
      http = http.as(ADMIN, ADMIN);
    }
    Http.Answer answer = http.get("/actuator/metrics/" + name);
    if (answer.status() == 404) {
      return 0; // not registered yet: nothing counted
    }
    return answer.requireSuccess("metric " + name).body().at("/measurements/0/value").asDouble();
  }

  /** Runs SQL on the platform's database, as a database administrator would. */
  public void executeOnPlatformDatabase(String sql) {
    try (Connection connection = ViewAudit.connect(platformDatabase);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run on the platform's database: " + sql, e);
    }
  }

  /** The platform's view compared with every engine's runtime tasks. */
  public ViewAudit.Result audit() {
    return ViewAudit.compare(engineDatabases, platformDatabase);
  }

  @Override
  public void close() {
    platform.stop();
    applications.values().forEach(ApplicationProcess::stop);
    connectionFactory.destroy();
    platformDatabase.close();
    engineDatabases.values().forEach(PostgresTestDatabase::close);
    BrokerControl.deleteVirtualHost(vhost);
  }

  private Map<String, String> processApplicationSettings(
      String application, PostgresTestDatabase database) {
    Map<String, String> settings = new LinkedHashMap<>(brokerSettings());
    settings.put("spring.application.name", application);
    settings.putAll(databaseSettings(database));
    // the platform's users are not the engine's: the engine does not check claimants
    settings.put("flowpool.engine-client.check-users", "false");
    settings.put("flowpool.amqp.outbox.confirm-timeout", "3s");
    return settings;
  }

  private Map<String, String> platformSettings() {
    Map<String, String> settings = new LinkedHashMap<>(brokerSettings());
    settings.putAll(databaseSettings(platformDatabase));
    settings.put("spring.profiles.active", "e2e");
    settings.put("flowpool.security.users." + APPROVER + ".password", "{noop}" + APPROVER);
    settings.put("flowpool.security.users." + APPROVER + ".groups", "approvers");
    settings.put("flowpool.security.users." + ADMIN + ".password", "{noop}" + ADMIN);
    settings.put("flowpool.security.users." + ADMIN + ".groups", "admin");
    settings.put("flowpool.amqp.consumer.redelivery-delay", "200ms");
    return settings;
  }

  private Map<String, String> brokerSettings() {
    return Map.of(
        "spring.rabbitmq.host", RabbitTestBroker.HOST,
        "spring.rabbitmq.port", String.valueOf(RabbitTestBroker.PORT),
        "spring.rabbitmq.username", RabbitTestBroker.USER,
        "spring.rabbitmq.password", RabbitTestBroker.PASSWORD,
        "spring.rabbitmq.virtual-host", vhost);
  }

  private static Map<String, String> databaseSettings(PostgresTestDatabase database) {
    return Map.of(
        "spring.datasource.url", database.jdbcUrl(),
        "spring.datasource.username", database.username(),
        "spring.datasource.password", database.password());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
