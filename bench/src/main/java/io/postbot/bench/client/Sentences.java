package io.postbot.bench.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer sentences every load and the model's ceiling use: the content's held-out test sets
 * (label, tab, sentence), in English and Norwegian, out-of-scope ones included. The same list feeds
 * the server and the in-process classifier, so the two rates compare like with like.
 */
public record Sentences(List<String> english, List<String> norwegian) {

  public static final String ENGLISH = "chat-module/src/test/resources/nlu/postal-test-en.tsv";
  public static final String NORWEGIAN = "chat-module/src/test/resources/nlu/postal-test-nb.tsv";

  public Sentences {
    if (english.isEmpty() || norwegian.isEmpty()) {
      throw new IllegalArgumentException("sentences in both languages are needed");
    }
    english = List.copyOf(english);
    norwegian = List.copyOf(norwegian);
  }

  public static Sentences read(Path repository) throws IOException {
    return new Sentences(texts(repository.resolve(ENGLISH)), texts(repository.resolve(NORWEGIAN)));
  }

  static List<String> texts(Path tsv) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0 && !line.substring(tab + 1).isBlank()) {
        texts.add(line.substring(tab + 1).strip());
      }
    }
    return texts;
  }

  /** Customer {@code n} speaks English when n is even, Norwegian when odd. */
  public String language(int customer) {
    return customer % 2 == 0 ? "en" : "nb";
  }

  /**
   * The k-th sentence of customer n: each customer walks its language's list from its own start.
   */
  public String sentence(int customer, long k) {
    List<String> list = customer % 2 == 0 ? english : norwegian;
    long start = (customer / 2) * 37L;
    return list.get((int) ((start + k) % list.size()));
  }

  /** Both lists, English first: what the in-process classifier is given. */
  public List<String> all() {
    List<String> all = new ArrayList<>(english);
    all.addAll(norwegian);
    return all;
  }
}
