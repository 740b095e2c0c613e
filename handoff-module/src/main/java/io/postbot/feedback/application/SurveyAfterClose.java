package io.postbot.feedback.application;

import io.postbot.chat.api.ConversationHandoff;
import io.postbot.feedback.domain.model.survey.SurveyToken;
import io.postbot.feedback.infrastructure.mail.SurveyMailer;
import io.postbot.handoff.api.AgentChatClosed;
import io.postbot.handoff.api.HandoffRecords;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * Once an agent chat is closed, asks the customer how it was: a one-time survey link shown in the
 * chat and, when SMTP is configured, e-mailed to the address the customer gave. The address is read
 * from the handoff context when sending, never stored by feedback.
 */
@ApplicationScoped
public class SurveyAfterClose {

  @Inject SurveyService surveys;
  @Inject HandoffRecords handoffs;
  @Inject ConversationHandoff conversations;
  @Inject SurveyMailer mailer;
  @Inject SurveyLinks links;

  void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatClosed closed) {
    var record = handoffs.record(closed.conversation());
    if (record.isEmpty()) {
      return;
    }
    Language language = conversations.transcriptForAgent(closed.conversation()).language();
    SurveyToken token = surveys.invite(closed.conversation(), language);
    String payload =
        Json.createObjectBuilder()
            .add("survey", Json.createObjectBuilder().add("token", token.value()))
            .build()
            .toString();
    conversations.postSystemNotice(
        closed.conversation(),
        language == Language.NB
            ? "Hvordan var kontakten med kundeservice? Du kan gi en vurdering fra 1 til 5 (frivillig)."
            : "How was your contact with customer service? You may rate it from 1 to 5 (voluntary).",
        payload);
    mailer.send(record.get().email(), language, links.link(token.value()));
  }
}
