package io.postbot.bench.sections;

import io.postbot.bench.Progress;
import io.postbot.bench.client.Sentences;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every section runs with: the repository (the launcher, the content's test sentences), the
 * work folder under target/, the port of the server under test, and whether this is a quick run
 * (shorter phases and smaller counts, for trying the suite; its figures are marked so).
 */
public record Run(
    Path repository, Path work, int port, boolean quick, Progress progress, Sentences sentences) {

  /** A phase's length: the full one, or a third of it (at least 5 s) in a quick run. */
  public Duration phase(Duration full) {
    return quick ? Duration.ofSeconds(Math.max(5, full.toSeconds() / 3)) : full;
  }

  /** A count: the full one, or a tenth of it in a quick run. */
  public int count(int full) {
    return quick ? Math.max(1, full / 10) : full;
  }

  /** The embedding cache the suite's servers and the in-process classifier share. */
  public Path embeddingCache() {
    return work.resolve("nlu-embeddings.bin");
  }
}
