package io.postbot.chat.infrastructure.understanding.features;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A sentence-embedding model shipped in a LangChain4j artifact, loaded into an ONNX Runtime session
 * of our own: by default one thread per sentence and no spinning. ONNX Runtime's default spreads
 * one sentence over every core and keeps its pool's threads spinning between runs; a server embeds
 * many customers' sentences at once on request threads, and there those threads only fight each
 * other (measured in docs/benchmarks.md). The thread count is {@value #THREADS_KEY} (a system
 * property or the environment variable POSTBOT_NLU_ONNX_THREADS).
 */
final class OnnxSession extends AbstractInProcessEmbeddingModel {

  static final String THREADS_KEY = "postbot.nlu.onnx-threads";

  private final OnnxBertBiEncoder encoder;
  private final int dimension;

  OnnxSession(
      Class<?> artifact, String model, String tokenizer, PoolingMode pooling, int dimension) {
    super(null);
    this.dimension = dimension;
    try (InputStream tokenizerJson = resource(artifact, tokenizer)) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session;
      try (InputStream onnx = resource(artifact, model);
          OrtSession.SessionOptions options = options(threads())) {
        session = environment.createSession(onnx.readAllBytes(), options);
      }
      this.encoder = new OnnxBertBiEncoder(environment, session, tokenizerJson, pooling);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model " + model, e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load " + model, e);
    }
  }

  /** Threads for one sentence: the setting (0: ONNX Runtime's default, every core), or 1. */
  static int threads() {
    String value = System.getProperty(THREADS_KEY, System.getenv("POSTBOT_NLU_ONNX_THREADS"));
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      return Math.max(0, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(THREADS_KEY + " must be a whole number, not " + value, e);
    }
  }

  static OrtSession.SessionOptions options(int threads) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(threads);
    options.setInterOpNumThreads(1);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    if (threads != 0) {
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.addConfigEntry("session.inter_op.allow_spinning", "0");
    }
    return options;
  }

  private static InputStream resource(Class<?> artifact, String name) throws IOException {
    InputStream in = artifact.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IOException("not found beside " + artifact.getName());
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return dimension;
  }
}
