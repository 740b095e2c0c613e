package io.postbot.chat.application.models;

import io.postbot.chat.domain.model.modelversion.EvaluationSet;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import java.util.List;
import java.util.Optional;

/**
 * Everything a training run needs, read in one short transaction: what to learn, what to be
 * evaluated on, and the active version to be compared with (none on a first start).
 */
record TrainingJob(
    int version,
    List<LabelledSentence> examples,
    EvaluationSet evaluation,
    Optional<Integer> activeVersion) {}
