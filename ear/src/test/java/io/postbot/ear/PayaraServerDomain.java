package io.postbot.ear;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away Payara Server domain for the EAR test, prepared as docs/operations.md tells an
 * operator: free ports, every listener (admin console included) on loopback, no JMS broker, the
 * data grid on loopback, and the PostgreSQL driver in the domain's lib/ (what {@code asadmin
 * add-library} does, done before the first start to save a restart).
 */
final class PayaraServerDomain implements AutoCloseable {

  private static final String NAME = "postbot-it";

  private final Path home;
  private final Path domains;
  private final int[] ports;
  private boolean started;

  PayaraServerDomain(Path home, Path domains) throws IOException {
    this.home = home;
    this.domains = domains;
    this.ports = freePorts(12);
  }

  int adminPort() {
    return ports[0];
  }

  int httpPort() {
    return ports[1];
  }

  void create(Path jdbcDriver) throws IOException, InterruptedException {
    deleteLeftovers(domains.resolve(NAME));
    String properties =
        String.join(
            ":",
            "http.ssl.port=" + ports[2],
            "domain.jmxPort=" + ports[3],
            "jms.port=" + ports[4],
            "orb.listener.port=" + ports[5],
            "orb.ssl.port=" + ports[6],
            "orb.mutualauth.port=" + ports[7],
            "osgi.shell.telnet.port=" + ports[8],
            "java.debugger.port=" + ports[9]);
    asadmin(
        "--user",
        "admin",
        "create-domain",
        "--nopassword=true",
        "--adminport",
        String.valueOf(adminPort()),
        "--instanceport",
        String.valueOf(httpPort()),
        "--domainproperties",
        properties,
        "--domaindir",
        domains.toString(),
        NAME);
    Path domain = domains.resolve(NAME);
    Path domainXml = domain.resolve("config/domain.xml");
    String xml =
        Files.readString(domainXml)
            .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
            .replace("<network-listener port=", "<network-listener address=\"127.0.0.1\" port=")
            .replace(
                "<hazelcast-runtime-configuration ",
                "<hazelcast-runtime-configuration das-bind-address=\"127.0.0.1\" ")
            .replace("das-port=\"4900\"", "das-port=\"" + ports[10] + "\"")
            .replace("start-port=\"5900\"", "start-port=\"" + ports[11] + "\"")
            .replaceFirst("<jms-service type=\"EMBEDDED\"", "<jms-service type=\"DISABLED\"")
            // The DAS's own java-config comes first (server-config).
            .replaceFirst(
                "(<java-config [^>]*>)",
                "$1<jvm-options>--enable-native-access=ALL-UNNAMED</jvm-options>"
                    + "<jvm-options>-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"
                    + "</jvm-options>");
    Files.writeString(domainXml, xml);
    Files.copy(jdbcDriver, domain.resolve("lib").resolve(jdbcDriver.getFileName()));
  }

  void start() throws IOException, InterruptedException {
    asadmin("start-domain", "--domaindir", domains.toString(), NAME);
    started = true;
  }

  /** Runs these asadmin command lines against the running domain, in one asadmin process. */
  String run(List<String> commandLines) throws IOException, InterruptedException {
    Path file = domains.resolve(NAME + "-commands.txt");
    Files.write(file, commandLines);
    return asadmin("--port", String.valueOf(adminPort()), "multimode", "--file", file.toString());
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

  String asadmin(String... arguments) throws IOException, InterruptedException {
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
    return output;
  }

  /** A domain left by an earlier, interrupted run would make create-domain fail. */
  private static void deleteLeftovers(Path domain) throws IOException {
    if (Files.exists(domain)) {
      try (var paths = Files.walk(domain)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] found = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        sockets.add(socket);
        found[i] = socket.getLocalPort();
      }
      return found;
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }
}
