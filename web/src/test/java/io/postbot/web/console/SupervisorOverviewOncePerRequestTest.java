package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.handoff.api.AgentDesk;
import io.postbot.handoff.api.SupervisorOverview;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The supervisor page computes its overview once per request")
class SupervisorOverviewOncePerRequestTest {

  @Test
  @DisplayName("however often the page asks for it while rendering")
  void once() {
    AtomicInteger computed = new AtomicInteger();
    SupervisorOverview overview =
        new SupervisorOverview(List.of(), 0, 0, Duration.ZERO, 0, 0, null, 0, null, 0);
    SupervisorPage page = new SupervisorPage();
    page.overview = new OverviewOfThisRequest();
    page.overview.desk =
        (AgentDesk)
            Proxy.newProxyInstance(
                AgentDesk.class.getClassLoader(),
                new Class<?>[] {AgentDesk.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("overview")) {
                    computed.incrementAndGet();
                    return overview;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    for (int i = 0; i < 10; i++) {
      assertThat(page.getOverview()).isSameAs(overview);
    }
    assertThat(computed).hasValue(1);
  }
}
