package io.postbot.web.testing;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Payara Micro's Arquillian container stops a test class's server with {@code Process.destroy()}
 * and does not wait for it. The next class's server then starts while the old one still listens,
 * cannot bind the port (Payara Micro logs that and starts anyway), and the tests talk to the old
 * server while it shuts down: 404s, missing headers, Grizzly errors, a spent rate-limit budget.
 * This waits for each server to be gone, and refuses to deploy onto a port that something else
 * holds.
 */
public class OneServerAtATime implements LoadableExtension {

  static final Duration PATIENCE = Duration.ofSeconds(90);

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Guard.class);
  }

  /** Waits after each undeploy and checks before each deploy. */
  public static class Guard {

    public void waitForTheServerToExit(@Observes AfterUnDeploy event) {
      for (ProcessHandle server : arquillianServers()) {
        long start = System.nanoTime();
        awaitExit(server, PATIENCE);
        System.err.printf(
            "OneServerAtATime: the last server took %.1f s to exit%n",
            (System.nanoTime() - start) / 1e9);
      }
    }

    public void refuseATakenPort(@Observes BeforeDeploy event) {
      String port = System.getProperty("postbot.it.port");
      if (port != null && !awaitFree(Integer.parseInt(port), PATIENCE)) {
        throw new IllegalStateException(
            "port " + port + " is still taken; a server started now would not listen on it");
      }
    }
  }

  /** The servers the Arquillian container started from this JVM (its deployment folder's name). */
  static List<ProcessHandle> arquillianServers() {
    return ProcessHandle.current()
        .children()
        .filter(p -> p.info().commandLine().orElse("").contains("arquillian-payara-micro"))
        .toList();
  }

  /** Waits for a process to end; one that outlives the patience is killed. */
  static void awaitExit(ProcessHandle process, Duration patience) {
    try {
      process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      process.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the loopback port can be bound within the patience, as a new server would bind it. */
  static boolean awaitFree(int port, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      if (free(port)) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  static boolean free(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (BindException e) {
      return false;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
