package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on standard error, redrawn in place. */
final class ConsoleProgress implements ProgressListener {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private String lastLine = "";
  private String lastStage = "";
  private long stageStart = System.nanoTime();

  ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void update(String stage, int done, int total) {
    if (!stage.equals(lastStage)) {
      lastStage = stage;
      stageStart = System.nanoTime();
    }
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    String line =
        String.format(
            "%-10s [%s%s] %3d%% of %d",
            stage, "#".repeat(filled), " ".repeat(WIDTH - filled), percent, total);
    if (!line.equals(lastLine)) {
      out.print("\r" + line);
      if (done >= total) {
        out.printf(" (%.1f s)%n", (System.nanoTime() - stageStart) / 1e9);
      }
      out.flush();
      lastLine = line;
    }
  }
}
