package io.postbot.bench;

import io.postbot.bench.measure.Latencies;
import io.postbot.bench.measure.Summary;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The progress line on standard error while a section runs: what is running, how far, and the
 * figures so far. On a terminal the line is rewritten in place every second; otherwise (a log file)
 * a line is printed every ten seconds.
 */
public final class Progress {

  private final PrintStream out;
  private final boolean terminal;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-progress");
        thread.setDaemon(true);
        return thread;
      });
  private String section = "";
  private ScheduledFuture<?> ticking;

  public Progress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  public static Progress onStandardError() {
    return new Progress(System.err, System.console() != null);
  }

  /** Names what runs now, e.g. "chat, 100 conversations". */
  public synchronized void section(String name) {
    section = name;
    note("");
  }

  /** A one-off step without figures (starting the server, opening sockets...). */
  public synchronized void note(String step) {
    stopTicking();
    print(String.format("[bench] %s%s", section, step.isEmpty() ? "" : ": " + step), true);
  }

  /** A timed phase: its figures are printed until {@link #done()}. */
  public synchronized void phase(String name, Duration length, Latencies latencies) {
    stopTicking();
    long started = System.nanoTime();
    long every = terminal ? 1 : 10;
    ticking =
        ticker.scheduleAtFixedRate(
            () -> tick(name, started, length, latencies), 0, every, TimeUnit.SECONDS);
  }

  public synchronized void done() {
    stopTicking();
    if (terminal) {
      out.println();
    }
  }

  private synchronized void tick(String name, long started, Duration length, Latencies l) {
    long elapsed = (System.nanoTime() - started) / 1_000_000_000L;
    String figures = "";
    if (l.running()) {
      Summary s = l.summary();
      figures =
          String.format(
              Locale.ROOT,
              " · %,d done · %.0f/s · p50 %.0f ms · p99 %.0f ms · %d errors",
              s.count(),
              s.throughput(),
              s.p50(),
              s.p99(),
              s.errors());
    }
    print(
        String.format(
            "[bench] %s: %s %d/%d s%s", section, name, elapsed, length.toSeconds(), figures),
        false);
  }

  private void print(String line, boolean own) {
    if (terminal) {
      out.print("\r\033[K" + line);
      if (own) {
        out.println();
      }
    } else {
      out.println(line);
    }
    out.flush();
  }

  private void stopTicking() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
      if (terminal) {
        out.print("\r\033[K");
      }
    }
  }
}
