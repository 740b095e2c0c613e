package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.shared.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed command line of nlu-eval; {@link #parse} rejects anything it does not understand. */
record EvalArguments(Map<String, String> values) {

  static final String USAGE =
      """
      usage: postbot nlu-eval [--train T.tsv] [--val V.tsv --oos-val O.tsv] --test X.tsv
                              [--oos-test Y.tsv] [--language en|nb]
                              [--features minilm,bge,words,chars,stems,fold,nbwords,nbstems]
                              [--threshold P] [--cache DIR]
                              [--epochs N] [--learning-rate R] [--weight-decay W]
                              [--oos-weight W] [--word-weight W] [--char-weight W]
                              [--stem-weight W] [--nb-stemmer light|minimal]
                              [--nb-fold true|false] [--nb-lead L]
                              [--nb-word-scale S] [--nb-char-scale S]
                              [--nb-compounds true|false]
                              [--rule oos-train|oos-threshold] [--knn-k K] [--knn-weight W]
                              [--knn-space embeddings|all]
                              [--sweep true] [--conversation-language en|nb]
                              [--vote-weight W] [--vote-k K] [--vote-temperature T]
                              [--two-topics on|off] [--dump DIR] [--refit true] [--help]
        files hold one example a line: intent<TAB>utterance; the label oos or out_of_scope
        marks out-of-scope sentences. Without --train the bot's shipped content is learnt.
        The out-of-scope threshold is chosen on --val/--oos-val when given.
        Features: stems = bokmål-stemmed words and pairs with æ/ø/å folded; fold = also
        the character n-grams of words with æ/ø/å folded. nbwords (the bot's) = a
        sentence that looks Norwegian (the built-in common words favour bokmål by
        --nb-lead nats, default 4) has its words' Lucene bokmål stems (--nb-stemmer,
        default light), with æ/ø/å folded (--nb-fold), in its word block; nbstems =
        those stems make a block of their own instead (Norwegian sentences only).
        --nb-compounds true|false: a long word whose two parts are both stems of the
        training sentences' Norwegian words also gives the parts as words
        (tollbetaling: toll, betaling; default true). --nb-word-scale /
        --nb-char-scale S: a Norwegian sentence's word / character block is S times
        as long as an English one's (default 1).
        --rule oos-threshold drops the out-of-scope training examples (CLINC150's rule
        without them); oos-train (default) learns them as a class.
        --knn-k/--knn-weight: the confidence is the best probability minus W times one
        minus the mean cosine to the K nearest in-scope training examples (W 0: off),
        over the embeddings or over all features (embeddings and n-grams).
        --sweep true tries a grid of K and W, each with its threshold on --val, and
        keeps the best on --val. Mistakes are summarised (most confused pairs) before
        the figures. --two-topics on|off: read long messages in parts too (default:
        the bot's). Test lines labelled a|b are about two topics: counted apart (does
        the bot ask which, is its best intent one of them). On the bot's content the
        share of test sentences whose language is guessed as --language is reported,
        in a conversation held in --conversation-language (default: --language).
        --vote-weight W (0 to 1): the nearest examples vote on the intent, each
        intent scored by the mean cosine to its K most similar examples (softmax at
        temperature T); the probabilities are 1-W times the head's plus W times the
        vote's (0: the head alone).
        --refit true: after the settings and threshold are chosen on --val, train
        again on --train plus the --val sentences (in-scope ones only under
        oos-threshold) and measure that model on --test.
        --dump DIR writes the train, val and test sets' dense features, head scores
        and labels to DIR (float32 files) for analysis.
        The last line of standard output is a JSON object with the figures.\
      """;

  private static final Set<String> FILES = Set.of("train", "val", "oos-val", "test", "oos-test");
  private static final Set<String> OTHERS =
      Set.of(
          "language",
          "features",
          "threshold",
          "cache",
          "epochs",
          "learning-rate",
          "weight-decay",
          "oos-weight",
          "word-weight",
          "char-weight",
          "stem-weight",
          "nb-stemmer",
          "nb-fold",
          "nb-lead",
          "nb-word-scale",
          "nb-char-scale",
          "nb-compounds",
          "conversation-language",
          "two-topics",
          "rule",
          "knn-k",
          "knn-weight",
          "knn-space",
          "sweep",
          "dump",
          "vote-k",
          "vote-weight",
          "vote-temperature",
          "refit");

  /** A command line that cannot be run; the message says why. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static EvalArguments parse(String[] args) throws UsageException {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new UsageException("unexpected argument: " + args[i]);
      }
      String name = args[i].substring(2);
      if (!FILES.contains(name) && !OTHERS.contains(name)) {
        throw new UsageException("unknown option: " + args[i]);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new UsageException("option " + args[i] + " needs a value");
      }
      if (values.put(name, args[++i]) != null) {
        throw new UsageException("option --" + name + " given twice");
      }
    }
    if (!values.containsKey("test")) {
      throw new UsageException("--test is required");
    }
    if (values.containsKey("oos-val") && !values.containsKey("val")) {
      throw new UsageException("--oos-val needs --val");
    }
    for (String name : FILES) {
      if (values.containsKey(name) && !Files.isRegularFile(Path.of(values.get(name)))) {
        throw new UsageException("--" + name + ": no such file: " + values.get(name));
      }
    }
    EvalArguments parsed = new EvalArguments(Map.copyOf(values));
    try {
      parsed.language();
      parsed.conversationLanguage();
      parsed.number("threshold", 0);
      parsed.number("epochs", 0);
      parsed.number("learning-rate", 0);
      parsed.number("weight-decay", 0);
      parsed.number("oos-weight", 0);
      parsed.number("word-weight", 0);
      parsed.number("char-weight", 0);
      parsed.number("stem-weight", 0);
      parsed.number("knn-k", 0);
      parsed.number("knn-weight", 0);
      parsed.number("vote-k", 0);
      parsed.number("vote-weight", 0);
      parsed.number("vote-temperature", 0);
      String rule = parsed.values().getOrDefault("rule", "oos-train");
      if (!rule.equals("oos-train") && !rule.equals("oos-threshold")) {
        throw new IllegalArgumentException("--rule must be oos-train or oos-threshold: " + rule);
      }
      String space = parsed.values().getOrDefault("knn-space", "embeddings");
      if (!space.equals("embeddings") && !space.equals("all")) {
        throw new IllegalArgumentException("--knn-space must be embeddings or all: " + space);
      }
      String topics = parsed.values().getOrDefault("two-topics", "on");
      if (!topics.equals("on") && !topics.equals("off")) {
        throw new IllegalArgumentException("--two-topics must be on or off: " + topics);
      }
      String sweep = parsed.values().getOrDefault("sweep", "false");
      if (!sweep.equals("true") && !sweep.equals("false")) {
        throw new IllegalArgumentException("--sweep must be true or false: " + sweep);
      }
      if (sweep.equals("true") && !values.containsKey("val")) {
        throw new IllegalArgumentException("--sweep needs --val");
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return parsed;
  }

  Optional<Path> file(String name) {
    return Optional.ofNullable(values.get(name)).map(Path::of);
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  Language language() {
    return Language.fromCode(values.getOrDefault("language", "en"));
  }

  Language conversationLanguage() {
    return values.containsKey("conversation-language")
        ? Language.fromCode(values.get("conversation-language"))
        : language();
  }

  double number(String name, double fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number: " + value);
    }
  }
}
