package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.domain.model.publication.ContentDraft;
import io.postbot.chat.domain.model.publication.ContentDrafts;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.chat.domain.model.publication.Publications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Publications and the draft in the chat context's tables. */
@ApplicationScoped
public class JpaPublications implements Publications, ContentDrafts {

  @PersistenceContext(unitName = "chat")
  EntityManager em;

  public JpaPublications() {}

  /** For tests outside the container. */
  public JpaPublications(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(Publication publication) {
    em.persist(publication);
  }

  @Override
  public Optional<Publication> latest() {
    return latestVersion().flatMap(this::find);
  }

  @Override
  public Optional<Integer> latestVersion() {
    return Optional.ofNullable(
        em.createQuery("select max(p.version) from Publication p", Integer.class)
            .getSingleResult());
  }

  @Override
  public Optional<Publication> find(int version) {
    return Optional.ofNullable(em.find(Publication.class, version));
  }

  @Override
  public List<Publication> history(int limit) {
    return em.createQuery("select p from Publication p order by p.version desc", Publication.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<ContentDraft> find() {
    return em.createQuery("select d from ContentDraft d", ContentDraft.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ContentDraft draft) {
    em.persist(draft);
  }
}
