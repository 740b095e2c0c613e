package io.postbot.bench.sections;

import io.postbot.chat.infrastructure.content.ContentKnowledgeBase;
import io.postbot.chat.infrastructure.understanding.ClassifierRecipe;
import io.postbot.chat.infrastructure.understanding.EmbeddingIntentClassifier;
import io.postbot.shared.Language;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;

/**
 * The model's ceiling: the bot's own classifier (same recipe, same content, same entry point as a
 * customer's message takes) run in-process on the load's sentences, one at a time per thread, with
 * one thread, one thread per core and four per core; and what each feature block costs a sentence.
 */
public final class NluSection implements Section {

  @Override
  public String name() {
    return "nlu";
  }

  @Override
  public boolean startsServer() {
    return false;
  }

  @Override
  public JsonObject run(Run run) throws Exception {
    run.progress().section("nlu");
    run.progress().note("training the bot's classifier on the shipped content");
    long started = System.nanoTime();
    EmbeddingIntentClassifier classifier =
        new EmbeddingIntentClassifier(
            ContentKnowledgeBase.loadShipped(),
            ClassifierRecipe.standard(),
            ClassifierRecipe.DEFAULT_THRESHOLD,
            run.embeddingCache());
    classifier.classify("where is my parcel", Language.EN);
    double trainSeconds = (System.nanoTime() - started) / 1e9;
    List<String> sentences = run.sentences().all();
    Throughput throughput = new Throughput(classifier, run.sentences(), run.progress());
    throughput.warmUp(run.phase(Duration.ofSeconds(15)));
    Duration measured = run.phase(Duration.ofSeconds(30));
    int cores = Runtime.getRuntime().availableProcessors();
    var threads = Json.createArrayBuilder();
    for (int count : new int[] {1, cores, 4 * cores}) {
      run.progress().section("nlu, " + count + " thread" + (count == 1 ? "" : "s"));
      threads.add(
          Json.createObjectBuilder()
              .add("threads", count)
              .add("summary", throughput.measure(count, measured).toJson()));
    }
    run.progress().section("nlu, cost of each feature block");
    JsonObject blocks =
        new FeatureBlockCosts(sentences).measure(classifier, run.phase(Duration.ofSeconds(15)));
    return Json.createObjectBuilder()
        .add("sentences", sentences.size())
        .add("recipe", ClassifierRecipe.STANDARD_FEATURES)
        .add("train_seconds", Math.round(trainSeconds * 10) / 10.0)
        .add("cores", cores)
        .add("throughput", threads)
        .add("blocks", blocks)
        .build();
  }
}
