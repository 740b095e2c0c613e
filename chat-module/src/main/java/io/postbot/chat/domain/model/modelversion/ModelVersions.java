package io.postbot.chat.domain.model.modelversion;

import java.util.List;
import java.util.Optional;

/** Every model version, kept for ever with its figures; the saved models beside them. */
public interface ModelVersions {

  /**
   * All versions, for the rules of {@link ModelLineage}. Holds a lock until the transaction ends,
   * so that changes to the lineage are made one server at a time.
   */
  ModelLineage lineage();

  /** Stores the versions the lineage added; changed ones are stored with the transaction. */
  void save(ModelLineage lineage);

  /** The active version's number, without loading anything else (cheap, for polling). */
  Optional<Integer> activeNumber();

  /** What the active version learnt, without locking anything. */
  Optional<TrainingInputs> activeInputs();

  /** Keeps a version's trained model (weights and all), so that a start loads it. */
  void saveModel(int version, byte[] model);

  Optional<byte[]> savedModel(int version);

  /** Newest first. */
  List<ModelVersion> latest(int limit);
}
