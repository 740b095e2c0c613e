package io.postbot.chat.domain.model.knowledge;

import java.util.Optional;

/** The published content the bot answers from on this server, and its version. */
public interface KnowledgeInUse {

  /** From now on the bot answers from {@code content}, publication {@code version}. */
  void use(ContentSet content, int version);

  /** The publication in use, once one was put in use. */
  Optional<Integer> version();
}
