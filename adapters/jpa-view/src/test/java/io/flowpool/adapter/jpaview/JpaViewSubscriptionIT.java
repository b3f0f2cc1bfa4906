package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.testing.ViewTestDatabase;
import io.flowpool.view.testing.ViewStores;
import io.flowpool.view.testing.ViewSubscriptionContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JpaViewSubscriptionIT extends ViewSubscriptionContract {

  private static ViewTestDatabase database;

  @BeforeAll
  static void startDatabase() {
    database = ViewTestDatabase.start("jpa_subscription");
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
