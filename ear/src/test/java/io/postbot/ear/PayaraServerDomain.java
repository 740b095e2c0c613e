package io.postbot.ear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away Payara Server domain for the EAR test: own port range, every listener on loopback,
 * no JMS broker, no data-grid discovery beyond loopback.
 */
final class PayaraServerDomain implements AutoCloseable {

  static final int PORT_BASE = 28000;
  static final int ADMIN_PORT = PORT_BASE + 48;
  static final int HTTP_PORT = PORT_BASE + 80;
  private static final String NAME = "postbot-it";

  private final Path home;
  private final Path domains;
  private boolean started;

  PayaraServerDomain(Path home, Path domains) {
    this.home = home;
    this.domains = domains;
  }

  void create(List<String> jvmOptions) throws IOException, InterruptedException {
    deleteLeftovers(domains.resolve(NAME));
    asadmin(
        "--user",
        "admin",
        "create-domain",
        "--nopassword=true",
        "--portbase",
        String.valueOf(PORT_BASE),
        "--domaindir",
        domains.toString(),
        NAME);
    Path domainXml = domains.resolve(NAME).resolve("config/domain.xml");
    String xml = Files.readString(domainXml);
    xml =
        xml.replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
            .replace("<network-listener port=", "<network-listener address=\"127.0.0.1\" port=")
            .replace(
                "<hazelcast-runtime-configuration ",
                "<hazelcast-runtime-configuration das-bind-address=\"127.0.0.1\" ")
            .replaceFirst("<jms-service type=\"EMBEDDED\"", "<jms-service type=\"DISABLED\"");
    StringBuilder options = new StringBuilder();
    for (String option : jvmOptions) {
      options.append("<jvm-options>").append(option).append("</jvm-options>");
    }
    // The first java-config is the DAS's own (server-config).
    xml = xml.replaceFirst("(<java-config [^>]*>)", "$1" + options.toString().replace("$", "\\$"));
    Files.writeString(domainXml, xml);
  }

  void start() throws IOException, InterruptedException {
    asadmin("start-domain", "--domaindir", domains.toString(), NAME);
    started = true;
  }

  void deploy(Path archive) throws IOException, InterruptedException {
    asadmin(
        "--port", String.valueOf(ADMIN_PORT), "deploy", "--name", "postbot", archive.toString());
  }

  /** A domain left by an earlier, interrupted run would make create-domain fail. */
  private static void deleteLeftovers(Path domain) throws IOException {
    if (Files.exists(domain)) {
      try (var paths = Files.walk(domain)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  Path serverLog() {
    return domains.resolve(NAME).resolve("logs/server.log");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (started) {
      asadmin("stop-domain", "--domaindir", domains.toString(), NAME);
    }
  }

  private void asadmin(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/asadmin").toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "asadmin " + String.join(" ", arguments) + " failed:\n" + output);
    }
  }
}
