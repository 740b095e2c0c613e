package io.postbot.web.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer in front of instances, with the shipped configuration
 * (bin/cluster-nginx.conf) rendered for a private prefix, so it never touches the packaged service.
 */
final class Nginx implements AutoCloseable {

  static final Path TEMPLATE = Path.of("../bin/cluster-nginx.conf");

  private final int port;
  private final Process process;

  private Nginx(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  /** The configuration for nginx's folder, its listening address and the instances' ports. */
  static String render(String template, Path prefix, String listen, List<Integer> instances) {
    String servers =
        instances.stream()
            .map(p -> "    server 127.0.0.1:" + p + " max_fails=0;")
            .collect(Collectors.joining("\n"));
    return template
        .replace("{{PREFIX}}", prefix.toString())
        .replace("{{LISTEN}}", listen)
        .replace("{{SERVERS}}", servers);
  }

  static Nginx start(Path directory, List<Integer> instances)
      throws IOException, InterruptedException {
    Path prefix = directory.toAbsolutePath().resolve("nginx");
    Files.createDirectories(prefix);
    int port = FreePort.find();
    Path conf = prefix.resolve("nginx.conf");
    Files.writeString(
        conf, render(Files.readString(TEMPLATE), prefix, "127.0.0.1:" + port, instances));
    Process process =
        new ProcessBuilder(
                "/usr/sbin/nginx",
                "-p",
                prefix.toString(),
                "-c",
                conf.toString(),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("nginx.out").toFile())
            .start();
    Nginx nginx = new Nginx(port, process);
    Instant limit = Instant.now().plus(Duration.ofSeconds(20));
    while (!nginx.accepts()) {
      if (!process.isAlive() || Instant.now().isAfter(limit)) {
        nginx.close();
        throw new IOException("nginx did not start; see " + prefix.resolve("nginx.out"));
      }
      Thread.sleep(100);
    }
    return nginx;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  private boolean accepts() {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
