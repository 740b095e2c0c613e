package io.postbot.chat.domain.model.modelversion;

import java.time.Instant;

/** Fixtures for model-version tests: inputs, figures and a lineage driven through its verbs. */
final class Versions {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private Versions() {}

  static TrainingInputs inputs(char fingerprint) {
    return new TrainingInputs(1, 3553, 0, String.valueOf(fingerprint).repeat(64), "minilm,bge");
  }

  static Figures figures(int correctOf100) {
    return new Figures(
        80,
        Math.min(80, correctOf100),
        20,
        Math.max(0, correctOf100 - 80),
        90,
        Math.min(90, correctOf100),
        10,
        Math.max(0, correctOf100 - 90));
  }

  /** Trains a version on these inputs and lets the rule decide on it. */
  static ModelVersion trained(ModelLineage lineage, char fingerprint, Comparison comparison) {
    ModelVersion v = lineage.startTraining(inputs(fingerprint), "test", "admin", T0, false);
    lineage.trained(v, figures(90), figures(88), comparison, T0.plusSeconds(v.number()));
    return v;
  }
}
