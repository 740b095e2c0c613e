package io.postbot.chat.domain.model.publication;

import java.util.List;
import java.util.Optional;

/** Every publication of the content, kept for ever. */
public interface Publications {

  void add(Publication publication);

  /** The newest publication: what the bot answers from. */
  Optional<Publication> latest();

  /** The newest publication's version, without loading its content (cheap, for polling). */
  Optional<Integer> latestVersion();

  Optional<Publication> find(int version);

  /** The history, newest first (content not loaded until asked for). */
  List<Publication> history(int limit);
}
