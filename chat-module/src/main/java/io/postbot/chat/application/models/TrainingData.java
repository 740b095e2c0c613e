package io.postbot.chat.application.models;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.knowledge.KnowledgeExamples;
import io.postbot.chat.domain.model.modelversion.TrainingInputs;
import io.postbot.chat.domain.model.review.ReviewedQuestion;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a model learns: the content's examples, then the review corrections whose intent the content
 * still has (in the order they were reviewed), with their fingerprint.
 */
public record TrainingData(List<LabelledSentence> examples, TrainingInputs inputs) {

  public static TrainingData of(
      KnowledgeBase content, int contentVersion, List<ReviewedQuestion> reviewed, String recipe) {
    List<LabelledSentence> examples = new ArrayList<>();
    for (KnowledgeExamples.Example e : KnowledgeExamples.of(content)) {
      examples.add(LabelledSentence.of(e));
    }
    int fromContent = examples.size();
    for (ReviewedQuestion q : reviewed) {
      IntentId intent = new IntentId(q.intent());
      if (q.isCorrection()
          && (intent.equals(IntentId.OUT_OF_SCOPE) || content.intent(intent).isPresent())) {
        examples.add(new LabelledSentence(intent, q.language(), q.text()));
      }
    }
    return new TrainingData(
        List.copyOf(examples),
        new TrainingInputs(
            contentVersion,
            fromContent,
            examples.size() - fromContent,
            fingerprint(examples),
            recipe));
  }

  static String fingerprint(List<LabelledSentence> examples) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (LabelledSentence e : examples) {
        String line = e.intent() + "\t" + e.language().code() + "\t" + e.text() + "\n";
        sha.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
