package io.postbot.chat.application.models;

import io.postbot.chat.domain.model.understanding.TrainedModel;

/** A version became active in a transaction; this server uses its model once that commits. */
record ModelInstalled(TrainedModel model, int version) {}
