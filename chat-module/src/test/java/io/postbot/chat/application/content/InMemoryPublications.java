package io.postbot.chat.application.content;

import io.postbot.chat.domain.model.publication.ContentDraft;
import io.postbot.chat.domain.model.publication.ContentDrafts;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.chat.domain.model.publication.Publications;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Publications and the draft in memory, for use-case tests. */
final class InMemoryPublications implements Publications, ContentDrafts {

  private final List<Publication> publications = new ArrayList<>();
  private ContentDraft draft;

  @Override
  public void add(Publication publication) {
    if (find(publication.version()).isPresent()) {
      throw new IllegalStateException("version " + publication.version() + " exists");
    }
    publications.add(publication);
  }

  @Override
  public Optional<Publication> latest() {
    return publications.stream().max(Comparator.comparingInt(Publication::version));
  }

  @Override
  public Optional<Integer> latestVersion() {
    return latest().map(Publication::version);
  }

  @Override
  public Optional<Publication> find(int version) {
    return publications.stream().filter(p -> p.version() == version).findFirst();
  }

  @Override
  public List<Publication> history(int limit) {
    return publications.stream()
        .sorted(Comparator.comparingInt(Publication::version).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<ContentDraft> find() {
    return Optional.ofNullable(draft);
  }

  @Override
  public void add(ContentDraft draft) {
    this.draft = draft;
  }
}
