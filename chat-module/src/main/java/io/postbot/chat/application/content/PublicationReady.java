package io.postbot.chat.application.content;

import io.postbot.chat.domain.model.knowledge.ContentSet;

/** Content was published in a transaction; this server answers from it once that commits. */
record PublicationReady(ContentSet content, int version) {}
