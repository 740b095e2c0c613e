package io.postbot.bench.sections;

import io.postbot.bench.Progress;
import io.postbot.bench.client.Sentences;
import io.postbot.bench.measure.Latencies;
import io.postbot.bench.measure.Summary;
import io.postbot.bench.server.ProcessCpu;
import io.postbot.chat.domain.model.understanding.IntentClassifier;
import io.postbot.shared.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sentences per second through a classifier, with a number of threads each taking one at a time.
 */
final class Throughput {

  private final IntentClassifier classifier;
  private final List<String> sentences;
  private final List<Language> languages = new ArrayList<>();
  private final Progress progress;

  Throughput(IntentClassifier classifier, Sentences sentences, Progress progress) {
    this.classifier = classifier;
    this.sentences = sentences.all();
    sentences.english().forEach(s -> languages.add(Language.EN));
    sentences.norwegian().forEach(s -> languages.add(Language.NB));
    this.progress = progress;
  }

  void warmUp(Duration length) throws InterruptedException {
    run(Runtime.getRuntime().availableProcessors(), length, "warm-up", new Latencies());
  }

  Summary measure(int threads, Duration length) throws InterruptedException {
    Latencies latencies = new Latencies(ProcessCpu.self());
    latencies.start();
    run(threads, length, "measuring", latencies);
    return latencies.summary();
  }

  private void run(int threads, Duration length, String phase, Latencies latencies)
      throws InterruptedException {
    AtomicBoolean stopped = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t * sentences.size() / threads;
      workers.add(Thread.ofPlatform().start(() -> classify(offset, latencies, stopped)));
    }
    progress.phase(phase, length, latencies);
    Thread.sleep(length.toMillis());
    latencies.stop();
    stopped.set(true);
    for (Thread worker : workers) {
      worker.join();
    }
    progress.done();
  }

  private void classify(int offset, Latencies latencies, AtomicBoolean stopped) {
    for (int k = offset; !stopped.get(); k++) {
      int i = k % sentences.size();
      long started = System.nanoTime();
      classifier.classify(sentences.get(i), languages.get(i));
      latencies.record(System.nanoTime() - started);
    }
  }
}
