package io.postbot.web.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run of the suite, one row per fault, written as a Markdown table into
 * target/faults/figures.md and, when postbot.faults.docs names it, into docs/reliability.md between
 * its figure markers, so the document shows the last run.
 */
final class Figures {

  static final String START = "<!-- fault-suite figures: start -->";
  static final String END = "<!-- fault-suite figures: end -->";

  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(String fault, Ledger ledger, Ledger.Check check, String recovery) {
    rows.add(
        String.format(
            Locale.ROOT,
            "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s |",
            fault,
            ledger.outcomes().size(),
            check.acknowledged(),
            check.found(),
            check.lost(),
            check.duplicated(),
            ledger.serverErrors(),
            ledger.unavailable(),
            ledger.hung(),
            seconds(ledger.slowest()),
            recovery));
  }

  void note(String note) {
    notes.add(note);
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append("Last run: ")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, `./postbot faults`.\n\n");
    out.append(
        "| fault | sent | acknowledged | found after | lost | duplicated | 5xx | 503 + Retry-After"
            + " | no answer in 6 s | slowest answer | recovery |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    rows.forEach(row -> out.append(row).append('\n'));
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(note -> out.append("- ").append(note).append('\n'));
    }
    return out.toString();
  }

  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("figures.md"), table());
    String docs = System.getProperty("postbot.faults.docs");
    if (docs != null && Files.isRegularFile(Path.of(docs))) {
      String text = Files.readString(Path.of(docs));
      int start = text.indexOf(START);
      int end = text.indexOf(END);
      if (start >= 0 && end > start) {
        Files.writeString(
            Path.of(docs),
            text.substring(0, start + START.length()) + "\n" + table() + text.substring(end));
      }
    }
  }
}
