package io.postbot.feedback.application;

import io.postbot.feedback.domain.model.survey.SurveyMail;
import io.postbot.handoff.api.AgentChatClosed;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Once an agent chat is closed, asks the customer how it was: a one-time survey link shown in the
 * chat and, when SMTP is configured, e-mailed to the address the customer gave. The work runs after
 * the closing transaction committed, on another thread with a transaction of its own (the committed
 * one cannot be joined or suspended), and the e-mail goes after the invitation committed.
 */
@ApplicationScoped
public class SurveyAfterClose {

  /** The chat was closed and committed; time to invite. */
  public record SurveyDue(ConversationId conversation) {}

  @Inject SurveyService surveys;
  @Inject SurveyMail mailer;
  @Inject SurveyLinks links;
  @Inject Event<SurveyDue> due;

  void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatClosed closed) {
    due.fireAsync(new SurveyDue(closed.conversation()));
  }

  void invite(@ObservesAsync SurveyDue due) {
    surveys
        .inviteAfterClose(due.conversation())
        .ifPresent(i -> mailer.send(i.email(), i.language(), links.link(i.token().value())));
  }
}
