package io.postbot.testing;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * Runs a repository test's work in a resource-local transaction of its entity manager, as the
 * container runs a use case in a JTA transaction of its own.
 */
public final class Transactions {

  private Transactions() {}

  public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
    em.getTransaction().begin();
    T result = work.get();
    em.getTransaction().commit();
    return result;
  }

  public static void inTransaction(EntityManager em, Runnable work) {
    inTransaction(
        em,
        () -> {
          work.run();
          return null;
        });
  }
}
