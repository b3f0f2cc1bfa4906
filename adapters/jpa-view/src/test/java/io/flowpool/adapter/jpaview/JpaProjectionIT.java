package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.testing.ViewTestDatabase;
import io.flowpool.view.testing.ProjectionContract;
import io.flowpool.view.testing.ViewStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaProjectionIT extends ProjectionContract {

  private static ViewTestDatabase database;

  @BeforeAll
  static void startDatabase() {
    database = ViewTestDatabase.start("jpa_projection");
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
