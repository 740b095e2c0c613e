package io.postbot.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * PNG charts drawn by gnuplot (Debian's gnuplot-nox) into docs/bench/, and the Markdown that shows
 * them. Without gnuplot the report still has every figure in its tables; the chart is then left out
 * with a note.
 */
final class Charts {

  private final Path folder;
  private final Path work;

  Charts(Path folder, Path work) {
    this.folder = folder;
    this.work = work;
  }

  /** Points: conversations, bot p50, bot p99, trivial p50, trivial p99, bot/s, model/s. */
  String chatLatency(List<double[]> points) {
    return draw(
        "chat-latency",
        "Bot message round trip against load",
        points,
        """
        set logscale xy
        set xlabel "concurrent conversations (each writes one message at a time)"
        set ylabel "latency (ms)"
        set xtics (10, 100, 1000)
        plot DATA using 1:3 with linespoints lw 2 title "bot p99", \
             DATA using 1:2 with linespoints lw 2 title "bot p50", \
             DATA using 1:5 with linespoints dt 2 title "trivial endpoint p99", \
             DATA using 1:4 with linespoints dt 2 title "trivial endpoint p50"
        """);
  }

  String chatThroughput(List<double[]> points) {
    return draw(
        "chat-throughput",
        "Bot replies per second against the model's ceiling",
        points,
        """
        set logscale x
        set xlabel "concurrent conversations"
        set ylabel "replies / sentences per second"
        set yrange [0:*]
        set xtics (10, 100, 1000)
        plot DATA using 1:6 with linespoints lw 2 title "bot replies/s", \
             DATA using 1:7 with lines dt 2 lw 2 title "model ceiling (in-process, all cores)", \
             DATA using 1:($7*0.8) with lines dt 3 title "target: 80% of the ceiling"
        """);
  }

  /** Points: connections, heap MiB, RSS MiB. */
  String socketMemory(List<double[]> points) {
    return draw(
        "sockets-memory",
        "Server memory against idle chat connections",
        points,
        """
        set xlabel "open chat connections"
        set ylabel "MiB"
        set yrange [0:*]
        plot DATA using 1:3 with linespoints lw 2 title "RSS", \
             DATA using 1:2 with linespoints lw 2 title "live heap (after full GC)", \
             1024 with lines dt 2 title "1 GiB"
        """);
  }

  private String draw(String name, String title, List<double[]> points, String plot) {
    Path png = folder.resolve(name + ".png");
    try {
      Files.createDirectories(folder);
      Files.createDirectories(work);
      Path data = work.resolve(name + ".dat");
      StringBuilder rows = new StringBuilder();
      for (double[] point : points) {
        for (double v : point) {
          rows.append(String.format(Locale.ROOT, "%.3f ", v));
        }
        rows.append('\n');
      }
      Files.writeString(data, rows);
      String script =
          String.format(
                  "set terminal pngcairo size 800,480 font \"sans,10\"%nset output '%s'%n"
                      + "set title \"%s\"%nset grid%nset key top left%nDATA = '%s'%n",
                  png, title, data)
              + plot;
      Process gnuplot = new ProcessBuilder("gnuplot").redirectErrorStream(true).start();
      gnuplot.getOutputStream().write(script.getBytes());
      gnuplot.getOutputStream().close();
      String output = new String(gnuplot.getInputStream().readAllBytes());
      if (!gnuplot.waitFor(60, TimeUnit.SECONDS) || gnuplot.exitValue() != 0) {
        return "(chart " + name + " not drawn: " + output.strip() + ")\n\n";
      }
    } catch (IOException e) {
      return "(chart " + name + " not drawn: gnuplot is not installed)\n\n";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
    return "![" + title + "](bench/" + name + ".png)\n\n";
  }
}
