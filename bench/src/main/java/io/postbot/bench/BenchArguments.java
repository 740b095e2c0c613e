package io.postbot.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The suite's command line as bin/bench passes it: {@code [--quick] [--port N] SECTION}, run from
 * the repository's root.
 */
record BenchArguments(String section, boolean quick, int port, Path repository) {

  static final int DEFAULT_PORT = 18180;

  static BenchArguments parse(String[] args) {
    String section = null;
    boolean quick = false;
    int port = DEFAULT_PORT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--port" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("--port needs a number");
          }
          port = Integer.parseInt(args[++i]);
        }
        default -> {
          if (args[i].startsWith("-") || section != null) {
            throw new IllegalArgumentException("unexpected argument: " + args[i]);
          }
          section = args[i];
        }
      }
    }
    if (section == null) {
      throw new IllegalArgumentException("name a section, or report");
    }
    return new BenchArguments(section, quick, port, Path.of("").toAbsolutePath());
  }

  /**
   * The command that reproduces this section's figures, with the POSTBOT_ settings of the
   * environment it ran in (they reach the servers and the in-process classifier alike).
   */
  String command(Map<String, String> environment) {
    StringBuilder command = new StringBuilder();
    new TreeMap<>(settings(environment))
        .forEach((key, value) -> command.append(key).append('=').append(value).append(' '));
    return command + "./postbot bench " + (quick ? "--quick " : "") + section;
  }

  /** Product settings given to the run (POSTBOT_ variables), not the launcher's own. */
  static Map<String, String> settings(Map<String, String> environment) {
    Map<String, String> settings = new TreeMap<>();
    environment.forEach((key, value) -> {
      if (key.startsWith("POSTBOT_") && !LAUNCHER.contains(key)) {
        settings.put(key, value);
      }
    });
    return settings;
  }

  private static final Set<String> LAUNCHER = Set.of("POSTBOT_PORT", "POSTBOT_DATA");
}
