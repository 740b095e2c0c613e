package io.postbot.chat.infrastructure.content;

import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.shared.ApplicationStarted;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The knowledge base as shipped in this module's content files, loaded once at start-up. */
@ApplicationScoped
public class ContentKnowledgeBase implements KnowledgeBase {

  private Map<IntentId, Intent> intents;

  /** The shipped content, loaded outside the container (tests, the evaluation command). */
  public static ContentKnowledgeBase loadShipped() {
    ContentKnowledgeBase knowledgeBase = new ContentKnowledgeBase();
    knowledgeBase.load();
    return knowledgeBase;
  }

  @PostConstruct
  void load() {
    Map<IntentId, Intent> loaded = new LinkedHashMap<>();
    new ContentLoader(ContentKnowledgeBase.class.getClassLoader())
        .load()
        .forEach(intent -> loaded.put(intent.id(), intent));
    intents = Map.copyOf(loaded);
  }

  /** Loads at start-up, so a broken content file fails the deployment instead of a chat. */
  void loadAtStartup(@Observes ApplicationStarted started) {
    intents.size();
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
