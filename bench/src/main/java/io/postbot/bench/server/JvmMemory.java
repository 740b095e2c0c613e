package io.postbot.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of a running JVM: resident set size from /proc, and the Java heap in use after a full
 * collection (jcmd GC.run, then GC.heap_info), which is what live objects take.
 */
public final class JvmMemory {

  private static final Pattern USED = Pattern.compile("heap .*used (\\d+)K");

  private JvmMemory() {}

  /** Resident set size in MiB. */
  public static double residentMiB(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IOException("no VmRSS for process " + pid);
  }

  /** Heap in use after a full collection, in MiB. */
  public static double liveHeapMiB(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    return parseUsedHeapMiB(jcmd(pid, "GC.heap_info"));
  }

  static double parseUsedHeapMiB(String heapInfo) throws IOException {
    Matcher used = USED.matcher(heapInfo);
    if (!used.find()) {
      throw new IOException("cannot read the heap from jcmd: " + heapInfo.lines().findFirst());
    }
    return Long.parseLong(used.group(1)) / 1024.0;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    String javaHome = System.getProperty("java.home");
    Process jcmd =
        new ProcessBuilder(List.of(javaHome + "/bin/jcmd", Long.toString(pid), command))
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    if (!jcmd.waitFor(120, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      throw new IOException("jcmd " + command + " failed: " + output);
    }
    return output;
  }
}
