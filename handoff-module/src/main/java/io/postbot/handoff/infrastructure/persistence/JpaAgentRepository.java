package io.postbot.handoff.infrastructure.persistence;

import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agent.AgentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Console users in the handoff context's tables. */
@ApplicationScoped
public class JpaAgentRepository implements AgentRepository {

  @PersistenceContext(unitName = "handoff")
  EntityManager em;

  public JpaAgentRepository() {}

  public JpaAgentRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(Agent agent) {
    em.persist(agent);
  }

  @Override
  public Optional<Agent> find(String username) {
    return username == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Agent.class, username));
  }

  @Override
  public List<Agent> all() {
    return em.createQuery("select a from Agent a order by a.username", Agent.class).getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from Agent a", Long.class).getSingleResult();
  }
}
