package io.postbot.feedback.application;

import io.postbot.feedback.domain.model.survey.SurveyMail;
import io.postbot.handoff.api.AgentChatClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Once an agent chat is closed, asks the customer how it was: a one-time survey link shown in the
 * chat and, when SMTP is configured, e-mailed to the address the customer gave. The e-mail goes
 * after the invitation has committed.
 */
@ApplicationScoped
public class SurveyAfterClose {

  @Inject SurveyService surveys;
  @Inject SurveyMail mailer;
  @Inject SurveyLinks links;

  void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatClosed closed) {
    surveys
        .inviteAfterClose(closed.conversation())
        .ifPresent(i -> mailer.send(i.email(), i.language(), links.link(i.token().value())));
  }
}
