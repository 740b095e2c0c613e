package io.postbot.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The facts a figure needs beside it: the machine (cores, processor, memory, kernel, Java) and how
 * busy it was (load average). On a shared machine the load says how far to trust the absolute
 * figures; ratios to a ceiling measured in the same run travel better.
 */
public final class Machine {

  private Machine() {}

  public static JsonObject describe() {
    return Json.createObjectBuilder()
        .add("cores", Runtime.getRuntime().availableProcessors())
        .add("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"))
        .add("memory_gib", Math.round(memoryKib() / 1024.0 / 1024.0))
        .add("kernel", firstLine(Path.of("/proc/sys/kernel/osrelease")))
        .add("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"))
        .build();
  }

  /** The 1-minute load average: runnable tasks, on a machine with {@code cores} cores. */
  public static double loadAverage() {
    String line = firstLine(Path.of("/proc/loadavg"));
    try {
      return Double.parseDouble(line.split(" ")[0]);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static long memoryKib() {
    String total = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    String digits = total.replaceAll("\\D", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits);
  }

  private static String firstValue(Path file, String key) {
    try {
      return Files.readAllLines(file).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  private static String firstLine(Path file) {
    try {
      return Files.readAllLines(file).stream().findFirst().orElse("?").strip();
    } catch (IOException e) {
      return "?";
    }
  }
}
