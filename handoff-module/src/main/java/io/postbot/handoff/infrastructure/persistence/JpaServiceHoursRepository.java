package io.postbot.handoff.infrastructure.persistence;

import io.postbot.handoff.domain.model.hours.ServiceHours;
import io.postbot.handoff.domain.model.hours.ServiceHoursRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The opening hours set in the console, in the handoff context's tables. */
@ApplicationScoped
public class JpaServiceHoursRepository implements ServiceHoursRepository {

  @PersistenceContext(unitName = "handoff")
  EntityManager em;

  public JpaServiceHoursRepository() {}

  /** For tests outside the container. */
  public JpaServiceHoursRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ServiceHours> find() {
    return em.createQuery("select h from ServiceHours h", ServiceHours.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ServiceHours hours) {
    em.persist(hours);
  }
}
