package io.postbot.chat.infrastructure.understanding.features;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * TF-IDF vectors over word unigrams and bigrams and character n-grams (within padded words), with a
 * vocabulary learnt from the training sentences. Character n-grams carry most of the signal for
 * Norwegian, which the English embedding models do not know, and make typos less harmful. Each
 * block (words, characters, stems) is L2-normalised and then weighted.
 */
public final class NgramVocabulary implements Serializable {

  private final Map<String, Integer> index;
  private final float[] idf;
  private final int[] block;
  private final NgramSettings settings;
  private final Set<String> lexicon;

  private NgramVocabulary(
      Map<String, Integer> index, float[] idf, NgramSettings settings, Set<String> lexicon) {
    this.lexicon = lexicon;
    this.index = index;
    this.idf = idf;
    this.settings = settings;
    this.block = new int[idf.length];
    index.forEach((gram, i) -> block[i] = NgramSettings.block(gram));
  }

  /** Learns the vocabulary and inverse document frequencies from the training sentences. */
  public static NgramVocabulary fit(List<String> sentences, NgramSettings settings) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    Set<String> lexicon = settings.lexicon(sentences);
    for (String sentence : sentences) {
      settings
          .grams(sentence, lexicon)
          .keySet()
          .forEach(g -> documentFrequency.merge(g, 1, Integer::sum));
    }
    Map<String, Integer> index = new HashMap<>();
    documentFrequency.forEach((gram, df) -> {
      if (df >= settings.minDocumentFrequency()) {
        index.put(gram, index.size());
      }
    });
    float[] idf = new float[index.size()];
    double n = sentences.size();
    index.forEach(
        (gram, i) -> idf[i] = (float) (Math.log((1 + n) / (1 + documentFrequency.get(gram))) + 1));
    return new NgramVocabulary(Map.copyOf(index), idf, settings, lexicon);
  }

  public int size() {
    return idf.length;
  }

  public SparseVector vector(String sentence) {
    TreeMap<Integer, Float> values = new TreeMap<>();
    double[] blockNorm = new double[3];
    settings
        .grams(sentence, lexicon)
        .forEach((gram, count) -> {
          Integer i = index.get(gram);
          if (i != null) {
            float weight = (float) ((1 + Math.log(count)) * idf[i]);
            values.put(i, weight);
            blockNorm[block[i]] += weight * weight;
          }
        });
    boolean norwegian = settings.scalesNorwegian(sentence);
    int[] indices = new int[values.size()];
    float[] weights = new float[values.size()];
    int k = 0;
    for (var entry : values.entrySet()) {
      int b = block[entry.getKey()];
      double norm = Math.sqrt(blockNorm[b]);
      double blockWeight = settings.blockWeight(b, norwegian);
      indices[k] = entry.getKey();
      weights[k] = (float) (entry.getValue() / norm * blockWeight);
      k++;
    }
    return new SparseVector(indices, weights);
  }
}
