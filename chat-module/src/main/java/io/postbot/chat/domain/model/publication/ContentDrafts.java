package io.postbot.chat.domain.model.publication;

import java.util.Optional;

/** Where the one shared draft is kept. */
public interface ContentDrafts {

  Optional<ContentDraft> find();

  void add(ContentDraft draft);
}
