package io.postbot.feedback.infrastructure.persistence;

import io.postbot.feedback.domain.model.survey.Survey;
import io.postbot.feedback.domain.model.survey.SurveyInvitation;
import io.postbot.feedback.domain.model.survey.SurveyRepository;
import io.postbot.feedback.domain.model.survey.SurveyToken;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Survey invitations and answers in the feedback context's own tables. */
@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

  @PersistenceContext(unitName = "feedback")
  EntityManager em;

  public JpaSurveyRepository() {}

  public JpaSurveyRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void invite(SurveyInvitation invitation) {
    em.persist(invitation);
  }

  @Override
  public Optional<SurveyInvitation> invitation(SurveyToken token) {
    return Optional.ofNullable(em.find(SurveyInvitation.class, token.hash()));
  }

  @Override
  public boolean markAnswered(SurveyToken token, Instant now) {
    return em.createQuery(
                "update SurveyInvitation i set i.answeredAt = :now"
                    + " where i.tokenHash = :hash and i.answeredAt is null")
            .setParameter("now", now)
            .setParameter("hash", token.hash())
            .executeUpdate()
        == 1;
  }

  @Override
  public void add(Survey survey) {
    em.persist(survey);
  }

  @Override
  public List<Survey> answeredSince(Instant since) {
    return em.createQuery(
            "select s from Survey s where s.answeredAt >= :since order by s.answeredAt",
            Survey.class)
        .setParameter("since", since)
        .getResultList();
  }

  @Override
  public int eraseInvitations(Collection<ConversationId> conversations) {
    if (conversations.isEmpty()) {
      return 0;
    }
    return em.createQuery("delete from SurveyInvitation i where i.conversationId in :ids")
        .setParameter("ids", conversations.stream().map(ConversationId::value).toList())
        .executeUpdate();
  }
}
