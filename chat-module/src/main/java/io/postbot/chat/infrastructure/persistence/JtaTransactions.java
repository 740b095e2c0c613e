package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.application.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Transactions of the container's transaction manager: each run is a new one. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T run(Supplier<T> work) {
    return work.get();
  }
}
