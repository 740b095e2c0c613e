package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.content.ContentLoader;
import io.postbot.chat.infrastructure.understanding.ClassifierRecipe;
import io.postbot.chat.infrastructure.understanding.IntentModel;
import io.postbot.chat.infrastructure.understanding.KnowledgeBaseExamples;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import io.postbot.chat.infrastructure.understanding.OutOfScopeThreshold;
import io.postbot.chat.infrastructure.understanding.features.CachingSentenceEncoder;
import io.postbot.chat.infrastructure.understanding.features.EmbeddingCache;
import io.postbot.chat.infrastructure.understanding.features.NorwegianAnalysis;
import io.postbot.chat.infrastructure.understanding.features.SentenceEncoder;
import io.postbot.chat.infrastructure.understanding.learning.NeighbourVote;
import io.postbot.chat.infrastructure.understanding.learning.NoveltySettings;
import io.postbot.chat.infrastructure.understanding.learning.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code postbot nlu-eval}: trains the classifier (on a data set or on the bot's content), picks
 * the out-of-scope threshold on validation data, classifies the test sentences one at a time as the
 * bot would, and prints the figures as one JSON line last on standard output.
 */
public final class NluEval {

  private NluEval() {}

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println(EvalArguments.USAGE);
      return;
    }
    EvalArguments arguments;
    try {
      arguments = EvalArguments.parse(args);
    } catch (EvalArguments.UsageException e) {
      System.err.println("nlu-eval: " + e.getMessage());
      System.err.println(EvalArguments.USAGE);
      System.exit(2);
      return;
    }
    try {
      System.out.println(run(arguments).toJson());
    } catch (IOException | RuntimeException e) {
      System.err.println("nlu-eval: " + e.getMessage());
      System.exit(1);
    }
  }

  static EvalReport run(EvalArguments a) throws IOException {
    ConsoleProgress progress = new ConsoleProgress(System.err);
    List<EmbeddingCache> caches = new ArrayList<>();
    Path cacheDir = a.text("cache").map(Path::of).orElse(null);
    TrainingOptions d = TrainingOptions.DEFAULT;
    TrainingOptions options =
        new TrainingOptions(
            (int) a.number("epochs", d.epochs()),
            d.batchSize(),
            a.number("learning-rate", d.learningRate()),
            a.number("weight-decay", d.weightDecay()),
            d.seed(),
            a.number("oos-weight", d.outOfScopeWeight()));
    ClassifierRecipe recipe =
        ClassifierRecipe.of(
            a.text("features").orElse(ClassifierRecipe.STANDARD_FEATURES),
            options,
            encoder -> cacheDir == null ? encoder : cached(encoder, cacheDir, caches));
    recipe =
        recipe.withNgramWeights(
            a.number("word-weight", recipe.ngrams().wordWeight()),
            a.number("char-weight", recipe.ngrams().charWeight()),
            a.number("stem-weight", recipe.ngrams().stemWeight()));
    NorwegianAnalysis nb = recipe.ngrams().norwegian();
    if (nb.enabled()) {
      recipe =
          recipe.withNorwegian(
              nb.withStemmer(a.text("nb-stemmer").orElse(nb.stemmer()))
                  .withFold(a.text("nb-fold").map(Boolean::parseBoolean).orElse(nb.fold()))
                  .withMinLead(a.number("nb-lead", nb.minLead()))
                  .withScales(
                      a.number("nb-word-scale", nb.wordScale()),
                      a.number("nb-char-scale", nb.charScale()))
                  .withCompounds(
                      a.text("nb-compounds").map(Boolean::parseBoolean).orElse(nb.compounds())));
    }
    NoveltySettings novelty =
        new NoveltySettings(
            (int) a.number("knn-k", recipe.novelty().k()),
            a.number("knn-weight", recipe.novelty().weight()),
            a.text("knn-space").map(v -> v.equals("all")).orElse(recipe.novelty().ngrams()));
    recipe =
        recipe.withVote(
            new NeighbourVote(
                (int) a.number("vote-k", recipe.vote().k()),
                a.number("vote-weight", recipe.vote().weight()),
                a.number("vote-temperature", recipe.vote().temperature())));
    boolean sweep = a.text("sweep").map(Boolean::parseBoolean).orElse(false);
    // A sweep needs the examples kept whatever the settings it starts from.
    recipe = recipe.withNovelty(sweep ? NoveltySweep.KEEP.withNgrams(novelty.ngrams()) : novelty);

    List<LabelledText> train =
        a.file("train").isPresent()
            ? TsvExamples.read(a.file("train").get())
            : KnowledgeBaseExamples.of(new ContentLoader(NluEval.class.getClassLoader()).load());
    String rule = a.text("rule").orElse("oos-train");
    if (rule.equals("oos-threshold")) {
      // The CLINC150 rule without out-of-scope training data: only the threshold rejects.
      train = train.stream().filter(e -> !e.outOfScope()).toList();
    }
    long started = System.nanoTime();
    IntentModel model =
        recipe
            .trainer()
            .train(train, progress)
            .withTwoTopics(
                a.text("two-topics")
                    .map(v -> v.equals("on"))
                    .orElse(ClassifierRecipe.READS_TWO_TOPICS));
    double trainSeconds = (System.nanoTime() - started) / 1e9;

    double threshold = a.number("threshold", ClassifierRecipe.DEFAULT_THRESHOLD);
    int trainedOn = train.size();
    EvalReport.Scores validation = null;
    List<LabelledText> all = readAll(a, "test", "oos-test");
    if (a.text("dump").isPresent()) {
      Path dump = Path.of(a.text("dump").get());
      FeatureDump.write(dump, "train", model, train);
      FeatureDump.write(dump, "test", model, all);
      if (a.file("val").isPresent()) {
        FeatureDump.write(dump, "val", model, readAll(a, "val", "oos-val"));
      }
    }
    List<LabelledText> test = all.stream().filter(e -> !MultiTopicScores.isMultiTopic(e)).toList();
    List<LabelledText> multi = all.stream().filter(MultiTopicScores::isMultiTopic).toList();
    if (a.file("val").isPresent()) {
      List<LabelledText> val = readAll(a, "val", "oos-val");
      List<IntentModel.Reading> valReadings = readInBatch(model, val, progress);
      if (sweep) {
        List<IntentModel.Reading> testReadings = readInBatch(model, test, progress);
        novelty = NoveltySweep.choose(model, val, valReadings, test, testReadings, System.out);
      }
      model = model.withNovelty(novelty);
      List<IntentModel.Decision> decisions = decideAll(model, valReadings);
      threshold =
          OutOfScopeThreshold.choose(decisions, val.stream().map(LabelledText::label).toList());
      validation = EvalReport.Scores.of(val, decisions, threshold);
      if (a.text("refit").map(Boolean::parseBoolean).orElse(false)) {
        // Settings and threshold stay as chosen; the model is trained again with the validation
        // sentences added (under oos-threshold only the in-scope ones), and only the test measures
        // it.
        List<LabelledText> more = new ArrayList<>(train);
        boolean oosAllowed = !rule.equals("oos-threshold");
        val.stream().filter(e -> oosAllowed || !e.outOfScope()).forEach(more::add);
        trainedOn = more.size();
        model =
            recipe
                .trainer()
                .train(more, progress)
                .withTwoTopics(model.twoTopics())
                .withNovelty(novelty);
      }
    } else {
      model = model.withNovelty(novelty);
    }

    List<IntentModel.Decision> decisions;
    double msPerUtterance;
    long testStart = System.nanoTime();
    if (cacheDir != null) {
      decisions = decideAll(model, readInBatch(model, test, progress));
    } else {
      decisions = new ArrayList<>();
      for (int i = 0; i < test.size(); i++) {
        decisions.add(model.decide(model.read(test.get(i).text())));
        progress.update("test", i + 1, test.size());
      }
    }
    msPerUtterance = (System.nanoTime() - testStart) / 1e6 / Math.max(1, test.size());
    for (EmbeddingCache cache : caches) {
      cache.save();
    }
    ConfusionSummary.of(test, decisions, threshold).print(System.out, 10);
    MultiTopicScores multiTopic = null;
    if (!multi.isEmpty()) {
      List<IntentModel.Reading> readings = readInBatch(model, multi, progress);
      multiTopic =
          MultiTopicScores.of(model, multi, readings, decideAll(model, readings), threshold);
    }
    Double languageAccuracy =
        a.file("train").isPresent() ? null : ContentLanguages.accuracy(test, a);
    return new EvalReport(
        EvalReport.Scores.of(test, decisions, threshold),
        threshold,
        msPerUtterance,
        trainSeconds,
        trainedOn,
        recipe.features(),
        a.language().code(),
        cacheDir != null,
        validation,
        rule,
        model.novelty(),
        model.vote(),
        multiTopic,
        languageAccuracy);
  }

  private static List<IntentModel.Reading> readInBatch(
      IntentModel model, List<LabelledText> examples, ConsoleProgress progress) {
    return model.read(
        examples.stream().map(LabelledText::text).toList(),
        progress,
        Math.max(model.novelty().k(), NoveltySweep.KEEP.k()));
  }

  static List<IntentModel.Decision> decideAll(
      IntentModel model, List<IntentModel.Reading> readings) {
    return readings.stream().map(model::decide).toList();
  }

  private static List<LabelledText> readAll(EvalArguments a, String main, String oos)
      throws IOException {
    List<LabelledText> all = new ArrayList<>(TsvExamples.read(a.file(main).orElseThrow()));
    if (a.file(oos).isPresent()) {
      all.addAll(TsvExamples.read(a.file(oos).get()));
    }
    return all;
  }

  /** One cache file a model in {@code dir}; saved after every new batch of sentences. */
  private static SentenceEncoder cached(
      SentenceEncoder encoder, Path dir, List<EmbeddingCache> caches) {
    EmbeddingCache cache = EmbeddingCache.open(dir.resolve(encoder.name() + ".vectors"));
    caches.add(cache);
    return new CachingSentenceEncoder(encoder, cache, true);
  }
}
