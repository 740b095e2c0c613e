package io.postbot.bench;

import java.nio.file.Path;

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

  /** The command that reproduces this section's figures. */
  String command() {
    return "./postbot bench " + (quick ? "--quick " : "") + section;
  }
}
