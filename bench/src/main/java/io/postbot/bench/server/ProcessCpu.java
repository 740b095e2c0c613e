package io.postbot.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * CPU time a process has used (user and system, all its threads), from /proc/PID/stat. On a shared
 * machine wall-clock rates depend on what else runs; CPU time per request depends far less, so the
 * suite reports it beside every rate.
 */
public final class ProcessCpu {

  /** Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ) on every architecture. */
  static final long NANOS_PER_TICK = 10_000_000L;

  private ProcessCpu() {}

  /**
   * Nanoseconds of CPU the process has used so far; reads fail as 0 (the figure is then absent).
   */
  public static LongSupplier of(long pid) {
    Path stat = Path.of("/proc/" + pid + "/stat");
    return () -> {
      try {
        return parseTicks(Files.readString(stat)) * NANOS_PER_TICK;
      } catch (IOException | RuntimeException e) {
        return 0;
      }
    };
  }

  /** utime + stime: fields 14 and 15, counted after the command name in parentheses. */
  static long parseTicks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  public static LongSupplier self() {
    return of(ProcessHandle.current().pid());
  }
}
