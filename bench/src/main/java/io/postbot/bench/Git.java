package io.postbot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The commit the figures were measured on, marked "+changes" when the work tree had edits. */
final class Git {

  private Git() {}

  static String describe(Path repository) {
    try {
      String commit = run(repository, List.of("git", "rev-parse", "--short", "HEAD")).strip();
      String changes =
          run(
              repository,
              List.of("git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs"));
      return changes.isBlank() ? commit : commit + "+changes";
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String run(Path repository, List<String> command) throws IOException {
    Process git = new ProcessBuilder(command).directory(repository.toFile()).start();
    String output = new String(git.getInputStream().readAllBytes());
    try {
      if (git.waitFor() != 0) {
        throw new IOException("git failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return output;
  }
}
