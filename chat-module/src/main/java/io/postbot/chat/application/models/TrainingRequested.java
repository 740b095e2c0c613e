package io.postbot.chat.application.models;

import io.postbot.chat.api.Editor;

/**
 * Asks for a model version to be trained in the background (fired asynchronously): a given version
 * already recorded, or a new one for a reason (content published, training interrupted).
 */
record TrainingRequested(Integer version, String reason, Editor by) {

  static TrainingRequested of(int version) {
    return new TrainingRequested(version, null, null);
  }

  static TrainingRequested because(String reason, Editor by) {
    return new TrainingRequested(null, reason, by);
  }
}
