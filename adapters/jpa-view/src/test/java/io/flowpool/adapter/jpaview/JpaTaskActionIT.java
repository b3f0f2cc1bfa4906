package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.testing.ViewTestDatabase;
import io.flowpool.view.testing.TaskActionContract;
import io.flowpool.view.testing.ViewStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaTaskActionIT extends TaskActionContract {

  private static ViewTestDatabase database;

  @BeforeAll
  static void startDatabase() {
    database = ViewTestDatabase.start("jpa_task_action");
  }

  @AfterAll
  static void stopDatabase() {
    database.close();
  }

  @Override
  protected ViewStores createStores() {
    return database.freshStores();
  }
}
