package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.port.out.ViewTransactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The lock and the undo log that all in-memory tables share. Readers share the read lock; a
 * transaction (or a single write outside one) holds the write lock, so readers never see half of a
 * projection. A failing transaction undoes its writes in reverse order.
 */
final class InMemoryDatabase implements ViewTransactions {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undoLog.get() != null) {
      return work.get();
    }
    lock.writeLock().lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    undoLog.set(undo);
    try {
      return work.get();
    } catch (RuntimeException | Error failure) {
      undo.forEach(Runnable::run);
      throw failure;
    } finally {
      undoLog.remove();
      lock.writeLock().unlock();
    }
  }

  <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Runs a write under the write lock (in the caller's transaction, or in one of its own) and
   * records the undo it returns.
   */
  void write(Supplier<Runnable> writeReturningUndo) {
    inTransaction(
        () -> {
          undoLog.get().push(writeReturningUndo.get());
          return null;
        });
  }
}
