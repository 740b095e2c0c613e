package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on standard error, redrawn in place. */
final class ConsoleProgress implements ProgressListener {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private String lastLine = "";

  ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void update(String stage, int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String line =
        String.format(
            "%-10s [%s%s] %d/%d",
            stage, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
    if (!line.equals(lastLine)) {
      out.print("\r" + line);
      if (done >= total) {
        out.println();
      }
      out.flush();
      lastLine = line;
    }
  }
}
