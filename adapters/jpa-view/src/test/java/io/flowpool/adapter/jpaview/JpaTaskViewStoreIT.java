package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.testing.ViewTestDatabase;
import io.flowpool.view.testing.TaskViewStoreContract;
import io.flowpool.view.testing.ViewStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaTaskViewStoreIT extends TaskViewStoreContract {

  private static ViewTestDatabase database;

  @BeforeAll
  static void startDatabase() {
    database = ViewTestDatabase.start("jpa_task_view");
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
