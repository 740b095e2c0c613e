package io.postbot.chat.application.content;

import io.postbot.chat.api.Editor;
import io.postbot.chat.domain.model.knowledge.ShippedContent;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.chat.domain.model.publication.Publications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The newest publication, or on the very first start the shipped content published as 1. */
@ApplicationScoped
@Transactional
public class ContentSeeding {

  @Inject Publications publications;
  @Inject ShippedContent shipped;
  @Inject Clock clock;

  public Publication latestOrFirst() {
    return publications
        .latest()
        .map(p -> {
          p.content();
          return p;
        })
        .orElseGet(() -> {
          Publication first =
              Publication.first(
                  shipped.load(),
                  clock.instant(),
                  Editor.SYSTEM.username(),
                  "The content shipped with the application");
          publications.add(first);
          return first;
        });
  }
}
