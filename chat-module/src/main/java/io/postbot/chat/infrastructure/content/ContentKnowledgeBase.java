package io.postbot.chat.infrastructure.content;

import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base as shipped in this module's content files, for use outside the container
 * (tests, the evaluation command). The running bot answers from the published content instead
 * ({@link PublishedKnowledgeBase}), which starts as these files.
 */
public class ContentKnowledgeBase implements KnowledgeBase {

  private final Map<IntentId, Intent> intents;

  private ContentKnowledgeBase(Map<IntentId, Intent> intents) {
    this.intents = intents;
  }

  public static ContentKnowledgeBase loadShipped() {
    Map<IntentId, Intent> loaded = new LinkedHashMap<>();
    new ContentLoader(ContentKnowledgeBase.class.getClassLoader())
        .load()
        .forEach(intent -> loaded.put(intent.id(), intent));
    return new ContentKnowledgeBase(Map.copyOf(loaded));
  }

  @Override
  public Collection<Intent> intents() {
    return intents.values();
  }

  @Override
  public Optional<Intent> intent(IntentId id) {
    return Optional.ofNullable(intents.get(id));
  }
}
