package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.domain.model.modelversion.ModelLineage;
import io.postbot.chat.domain.model.modelversion.ModelState;
import io.postbot.chat.domain.model.modelversion.ModelVersion;
import io.postbot.chat.domain.model.modelversion.ModelVersions;
import io.postbot.chat.domain.model.modelversion.TrainingInputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Model versions and their saved models in the chat context's tables. Changes to the lineage are
 * serialised across servers by a row lock on chat_model_lineage (SELECT ... FOR UPDATE, held to the
 * end of the transaction), so one version trains and one is active at a time.
 */
@ApplicationScoped
public class JpaModelVersions implements ModelVersions {

  @PersistenceContext(unitName = "chat")
  EntityManager em;

  public JpaModelVersions() {}

  /** For tests outside the container. */
  public JpaModelVersions(EntityManager em) {
    this.em = em;
  }

  @Override
  public ModelLineage lineage() {
    em.createNativeQuery("select id from chat_model_lineage where id = 1 for update")
        .getResultList();
    return new ModelLineage(
        em.createQuery("select v from ModelVersion v", ModelVersion.class).getResultList());
  }

  @Override
  public void save(ModelLineage lineage) {
    for (ModelVersion version : lineage.versions()) {
      if (!em.contains(version)) {
        em.persist(version);
      }
    }
  }

  @Override
  public Optional<Integer> activeNumber() {
    return em.createQuery(
            "select v.number from ModelVersion v where v.state = :active", Integer.class)
        .setParameter("active", ModelState.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<TrainingInputs> activeInputs() {
    return em.createQuery(
            "select v from ModelVersion v where v.state = :active", ModelVersion.class)
        .setParameter("active", ModelState.ACTIVE)
        .getResultStream()
        .findFirst()
        .map(ModelVersion::inputs);
  }

  @Override
  public void saveModel(int version, byte[] model) {
    em.createNativeQuery("delete from chat_model_saved where version = ?1")
        .setParameter(1, version)
        .executeUpdate();
    em.createNativeQuery("insert into chat_model_saved (version, bytes) values (?1, ?2)")
        .setParameter(1, version)
        .setParameter(2, model)
        .executeUpdate();
  }

  @Override
  public Optional<byte[]> savedModel(int version) {
    List<?> rows =
        em.createNativeQuery("select bytes from chat_model_saved where version = ?1")
            .setParameter(1, version)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
  }

  @Override
  public List<ModelVersion> latest(int limit) {
    return em.createQuery("select v from ModelVersion v order by v.number desc", ModelVersion.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
