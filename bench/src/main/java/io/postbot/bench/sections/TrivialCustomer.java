package io.postbot.bench.sections;

import io.postbot.bench.client.CustomerClient;
import io.postbot.bench.load.LoadCustomer;
import java.net.http.HttpRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The framework's ceiling: the same customers, on the same server, calling a JAX-RS endpoint that
 * does almost nothing (the built-in tracking simulator: no database, no model), one request at a
 * time each.
 */
final class TrivialCustomer implements LoadCustomer {

  static final String PATH = "api/simulator/tracking/tracking.json?q=CT797294851NO&lang=en";

  private final CustomerClient client;
  private final HttpRequest request;

  TrivialCustomer(CustomerClient client) {
    this.client = client;
    this.request = client.get(PATH);
  }

  @Override
  public CompletableFuture<?> exchange() {
    return client.exchange(request, 200);
  }
}
