package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.domain.model.review.ReviewedQuestion;
import io.postbot.chat.domain.model.review.ReviewedQuestionRepository;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reviewed questions in the chat context's table. */
@ApplicationScoped
public class JpaReviewedQuestions implements ReviewedQuestionRepository {

  @PersistenceContext(unitName = "chat")
  EntityManager em;

  public JpaReviewedQuestions() {}

  /** For tests outside the container. */
  public JpaReviewedQuestions(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ReviewedQuestion> find(Language language, String text) {
    return em.createQuery(
            "select q from ReviewedQuestion q where q.language = :language and q.text = :text",
            ReviewedQuestion.class)
        .setParameter("language", language)
        .setParameter("text", text)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ReviewedQuestion question) {
    em.persist(question);
  }

  @Override
  public List<ReviewedQuestion> all() {
    return em.createQuery(
            "select q from ReviewedQuestion q order by q.reviewedAt, q.text",
            ReviewedQuestion.class)
        .getResultList();
  }
}
