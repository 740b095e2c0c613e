package io.postbot.chat.application.content;

import io.postbot.chat.domain.model.knowledge.KnowledgeInUse;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.shared.ApplicationStarted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The content lives in the database. On the first start, the shipped Markdown files become
 * publication 1 (a broken file fails the start, naming file and line); every start then answers
 * from the newest publication.
 */
@ApplicationScoped
public class ContentStartup {

  private static final Logger LOG = Logger.getLogger(ContentStartup.class.getName());

  @Inject ContentSeeding seeding;
  @Inject KnowledgeInUse knowledge;

  /** Before the model (priority 20): the model learns the content in use. */
  void start(@Observes @Priority(10) ApplicationStarted started) {
    Publication latest;
    try {
      latest = seeding.latestOrFirst();
    } catch (RuntimeException raced) {
      // Another server published the first version at the same moment: read theirs.
      latest = seeding.latestOrFirst();
    }
    knowledge.use(latest.content(), latest.version());
    Publication inUse = latest;
    LOG.info(() ->
        "content version "
            + inUse.version()
            + " in use: "
            + inUse.intentCount()
            + " intents, "
            + inUse.exampleCount()
            + " examples");
  }
}
