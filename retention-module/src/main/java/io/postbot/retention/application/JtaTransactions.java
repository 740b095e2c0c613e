package io.postbot.retention.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Each purge batch commits on its own, so no transaction holds locks for long. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(Supplier<T> work) {
    return work.get();
  }
}
