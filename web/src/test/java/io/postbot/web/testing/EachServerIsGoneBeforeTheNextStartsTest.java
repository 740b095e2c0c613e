package io.postbot.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The integration tests' next server starts only once the last one is gone")
class EachServerIsGoneBeforeTheNextStartsTest {

  @Test
  @DisplayName("a port that a listener still holds is not free; once it closes, it is")
  void aHeldPortIsNotFree() throws Exception {
    int port;
    try (ServerSocket old = new ServerSocket()) {
      old.bind(new InetSocketAddress("127.0.0.1", 0));
      port = old.getLocalPort();
      assertThat(OneServerAtATime.awaitFree(port, Duration.ofMillis(500))).isFalse();
    }
    assertThat(OneServerAtATime.awaitFree(port, Duration.ofSeconds(5))).isTrue();
  }

  @Test
  @DisplayName("a stopping server is waited for until it has exited")
  void aStoppingServerIsWaitedFor() throws Exception {
    Process stopping = sleeping(1);

    OneServerAtATime.awaitExit(stopping.toHandle(), Duration.ofSeconds(30));

    assertThat(stopping.isAlive()).isFalse();
    assertThat(stopping.exitValue()).isZero();
  }

  @Test
  @DisplayName("a server that does not stop within the patience is killed")
  void aServerThatHangsIsKilled() throws Exception {
    Process hanging = sleeping(600);

    OneServerAtATime.awaitExit(hanging.toHandle(), Duration.ofMillis(300));

    assertThat(hanging.isAlive()).isFalse();
  }

  /** A process standing in for a server that takes this long to stop. */
  private static Process sleeping(int seconds) throws java.io.IOException {
    return new ProcessBuilder("sleep", Integer.toString(seconds)).start();
  }
}
