package io.postbot.chat.infrastructure.understanding.features;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * A sentence-embedding model shipped inside a Maven artifact and run by ONNX Runtime (through
 * LangChain4j, in a session with our thread settings: {@link OnnxSession}). The model is loaded on
 * first use; nothing goes over the network. One instance per model serves the whole process (every
 * trained model, every version), so each ONNX model is loaded once; a saved model refers to it by
 * name.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder, Serializable {

  private static final Map<String, OnnxSentenceEncoder> SHARED = new ConcurrentHashMap<>();

  private static final int BATCH = 32;

  private static final int DIMENSION = 384;

  private final String name;
  private final Supplier<EmbeddingModel> loader;
  private final Class<?> modelClass;
  private final String modelResource;
  private volatile EmbeddingModel model;
  private volatile String modelId;

  private final String prefix;

  private OnnxSentenceEncoder(
      String name, Supplier<EmbeddingModel> loader, Class<?> modelClass, String modelResource) {
    this(name, loader, modelClass, modelResource, "");
  }

  private OnnxSentenceEncoder(
      String name,
      Supplier<EmbeddingModel> loader,
      Class<?> modelClass,
      String modelResource,
      String prefix) {
    this.prefix = prefix;
    this.name = name;
    this.loader = loader;
    this.modelClass = modelClass;
    this.modelResource = modelResource;
  }

  /** all-MiniLM-L6-v2, quantized: 6 layers, 384 dimensions, mean pooling. */
  public static OnnxSentenceEncoder miniLm() {
    return SHARED.computeIfAbsent(
        "minilm",
        name ->
            new OnnxSentenceEncoder(
                name,
                () ->
                    new OnnxSession(
                        AllMiniLmL6V2QuantizedEmbeddingModel.class,
                        "all-minilm-l6-v2-q.onnx",
                        "all-minilm-l6-v2-q-tokenizer.json",
                        PoolingMode.MEAN,
                        DIMENSION),
                AllMiniLmL6V2QuantizedEmbeddingModel.class,
                "/all-minilm-l6-v2-q.onnx"));
  }

  /** BAAI bge-small-en-v1.5, quantized: 12 layers, 384 dimensions, CLS pooling. */
  public static OnnxSentenceEncoder bgeSmall() {
    return SHARED.computeIfAbsent(
        "bge",
        name ->
            new OnnxSentenceEncoder(
                name,
                () ->
                    new OnnxSession(
                        BgeSmallEnV15QuantizedEmbeddingModel.class,
                        "bge-small-en-v1.5-q.onnx",
                        "bge-small-en-v1.5-q-tokenizer.json",
                        PoolingMode.CLS,
                        DIMENSION),
                BgeSmallEnV15QuantizedEmbeddingModel.class,
                "/bge-small-en-v1.5-q.onnx"));
  }

  /**
   * intfloat e5-small-v2, quantized: 12 layers, 384 dimensions, mean pooling; every sentence is
   * given the prefix "query: " the model was trained with.
   */
  public static OnnxSentenceEncoder e5Small() {
    return SHARED.computeIfAbsent(
        "e5",
        name ->
            new OnnxSentenceEncoder(
                name,
                () ->
                    new OnnxSession(
                        E5SmallV2QuantizedEmbeddingModel.class,
                        "e5-small-v2-q.onnx",
                        "e5-small-v2-q-tokenizer.json",
                        PoolingMode.MEAN,
                        DIMENSION),
                E5SmallV2QuantizedEmbeddingModel.class,
                "/e5-small-v2-q.onnx",
                "query: "));
  }

  /** The process's encoder of this name ("minilm", "bge", "e5"). */
  public static OnnxSentenceEncoder named(String name) {
    return switch (name) {
      case "minilm" -> miniLm();
      case "bge" -> bgeSmall();
      case "e5" -> e5Small();
      default -> throw new IllegalArgumentException("no sentence-embedding model '" + name + "'");
    };
  }

  /** A saved model keeps the encoder's name only; reading it back gives the shared encoder. */
  private Object writeReplace() throws ObjectStreamException {
    return new ByName(name);
  }

  private record ByName(String name) implements Serializable {
    private Object readResolve() throws ObjectStreamException {
      return named(name);
    }
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The name and a CRC-32 of the ONNX model file shipped in the artifact (read once, about 0.1 s):
   * another version of the model gets another id. Just the name if the file cannot be read.
   */
  @Override
  public String modelId() {
    String id = modelId;
    if (id == null) {
      id = name;
      try (InputStream in = modelClass.getResourceAsStream(modelResource)) {
        if (in != null) {
          CRC32 crc = new CRC32();
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0; ) {
            crc.update(buffer, 0, n);
          }
          id = name + "/" + Long.toHexString(crc.getValue());
        }
      } catch (IOException e) {
        // the name alone still works; vectors are then trusted across model versions
      }
      modelId = id;
    }
    return id;
  }

  @Override
  public float[][] encode(List<String> sentences, IntConsumer progress) {
    EmbeddingModel loaded = model();
    float[][] vectors = new float[sentences.size()][];
    for (int from = 0; from < sentences.size(); from += BATCH) {
      int to = Math.min(sentences.size(), from + BATCH);
      List<TextSegment> segments = new ArrayList<>(to - from);
      for (String sentence : sentences.subList(from, to)) {
        // The tokenizer rejects empty input; a blank sentence still needs a vector.
        segments.add(TextSegment.from(prefix + (sentence.isBlank() ? "?" : sentence)));
      }
      List<Embedding> embedded =
          segments.size() == 1
              ? List.of(loaded.embed(segments.get(0)).content())
              : loaded.embedAll(segments).content();
      for (int i = 0; i < embedded.size(); i++) {
        vectors[from + i] = embedded.get(i).vector();
      }
      progress.accept(to);
    }
    return vectors;
  }

  private EmbeddingModel model() {
    EmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        if (model == null) {
          model = loader.get();
        }
        loaded = model;
      }
    }
    return loaded;
  }
}
