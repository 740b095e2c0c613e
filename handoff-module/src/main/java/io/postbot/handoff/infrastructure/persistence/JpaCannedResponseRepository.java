package io.postbot.handoff.infrastructure.persistence;

import io.postbot.handoff.domain.model.canned.CannedResponse;
import io.postbot.handoff.domain.model.canned.CannedResponseRepository;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Canned responses in the handoff context's tables. */
@ApplicationScoped
public class JpaCannedResponseRepository implements CannedResponseRepository {

  @PersistenceContext(unitName = "handoff")
  EntityManager em;

  @Override
  public void add(CannedResponse response) {
    em.persist(response);
  }

  @Override
  public List<CannedResponse> all() {
    return em.createQuery(
            "select c from CannedResponse c order by c.language, c.title", CannedResponse.class)
        .getResultList();
  }

  @Override
  public List<CannedResponse> in(Language language) {
    return em.createQuery(
            "select c from CannedResponse c where c.language = :l order by c.title",
            CannedResponse.class)
        .setParameter("l", language)
        .getResultList();
  }

  @Override
  public boolean remove(UUID id) {
    return em.createQuery("delete from CannedResponse c where c.id = :id")
            .setParameter("id", id)
            .executeUpdate()
        > 0;
  }
}
