package io.postbot.chat.application.content;

import io.postbot.chat.api.PublicationView;
import io.postbot.chat.domain.model.publication.Publication;

/** Publications as the api shows them. */
final class PublicationViews {

  private PublicationViews() {}

  static PublicationView of(Publication p, boolean current) {
    return new PublicationView(
        p.version(),
        p.publishedAt(),
        p.publishedBy(),
        p.note(),
        p.restoredFrom(),
        p.intentCount(),
        p.exampleCount(),
        current);
  }
}
