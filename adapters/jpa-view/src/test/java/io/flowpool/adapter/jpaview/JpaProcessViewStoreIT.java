package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.testing.ViewTestDatabase;
import io.flowpool.view.testing.ProcessViewStoreContract;
import io.flowpool.view.testing.ViewStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaProcessViewStoreIT extends ProcessViewStoreContract {

  private static ViewTestDatabase database;

  @BeforeAll
  static void startDatabase() {
    database = ViewTestDatabase.start("jpa_process_view");
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
