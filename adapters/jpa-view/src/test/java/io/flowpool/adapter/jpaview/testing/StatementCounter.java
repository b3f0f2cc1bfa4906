package io.flowpool.adapter.jpaview.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource and counts the statements prepared or created on its
 * connections: the test of "one statement per query" counts what reaches the driver.
 */
public class StatementCounter implements BeanPostProcessor {

  private final AtomicInteger statements = new AtomicInteger();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource) {
      return proxy(DataSource.class, dataSource, this::onDataSource);
    }
    return bean;
  }

  public int statements() {
    return statements.get();
  }

  public void reset() {
    statements.set(0);
  }

  private Object onDataSource(Object target, Method method, Object[] arguments) throws Throwable {
    Object result = invoke(target, method, arguments);
    if (result instanceof Connection connection) {
      return proxy(Connection.class, connection, this::onConnection);
    }
    return result;
  }

  private Object onConnection(Object target, Method method, Object[] arguments) throws Throwable {
    String name = method.getName();
    if (name.equals("prepareStatement")
        || name.equals("createStatement")
        || name.equals("prepareCall")) {
      statements.incrementAndGet();
    }
    return invoke(target, method, arguments);
  }

  private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, T target, Handler handler) {
    InvocationHandler invocation =
        (proxy, method, arguments) -> {
          if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
            return invoke(target, method, arguments);
          }
          return handler.handle(target, method, arguments);
        };
    return type.cast(
        Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
  }

  private interface Handler {
    Object handle(Object target, Method method, Object[] arguments) throws Throwable;
  }
}
