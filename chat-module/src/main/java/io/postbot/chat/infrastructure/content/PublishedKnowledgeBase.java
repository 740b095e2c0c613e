package io.postbot.chat.infrastructure.content;

import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.knowledge.KnowledgeInUse;
import io.postbot.chat.domain.model.knowledge.ShippedContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;

/**
 * The knowledge base the bot answers from: the published content version put in use by the
 * start-up, a publication or a refresh. Swapped whole, so a conversation never sees half a
 * publication. Also the shipped content, read from the class path, for the first publication.
 */
@ApplicationScoped
public class PublishedKnowledgeBase implements KnowledgeBase, KnowledgeInUse, ShippedContent {

  private record InUse(ContentSet content, int version) {}

  private volatile InUse inUse;

  @Override
  public void use(ContentSet content, int version) {
    inUse = new InUse(content, version);
  }

  @Override
  public Optional<Integer> version() {
    InUse current = inUse;
    return current == null ? Optional.empty() : Optional.of(current.version());
  }

  @Override
  public ContentSet load() {
    return ContentSet.fromMarkdown(
        new ContentLoader(PublishedKnowledgeBase.class.getClassLoader()).loadSections());
  }

  @Override
  public Collection<Intent> intents() {
    return content().intents();
  }

  @Override
  public Optional<Intent> intent(IntentId id) {
    return content().intent(id);
  }

  private ContentSet content() {
    InUse current = inUse;
    if (current == null) {
      throw new IllegalStateException("no content is in use yet: the start-up has not run");
    }
    return current.content();
  }
}
