package io.postbot.handoff.application;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.AgentTranscript;
import io.postbot.chat.api.ConversationHandoff;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.attachment.HandoffNotice;
import io.postbot.chat.api.attachment.SurveyInvitation;
import io.postbot.handoff.api.ContactForm;
import io.postbot.handoff.api.CustomerLeftQueue;
import io.postbot.handoff.api.CustomerQueued;
import io.postbot.handoff.api.CustomerTyping;
import io.postbot.handoff.api.HandoffFacade;
import io.postbot.handoff.api.HandoffState;
import io.postbot.handoff.api.HandoffStatus;
import io.postbot.handoff.api.NotWithAnAgentException;
import io.postbot.handoff.api.OfflineRequestLeft;
import io.postbot.handoff.api.QueueStanding;
import io.postbot.handoff.domain.model.agent.AgentRepository;
import io.postbot.handoff.domain.model.agentchat.AgentChat;
import io.postbot.handoff.domain.model.agentchat.AgentChatRepository;
import io.postbot.handoff.domain.model.agentchat.AgentChatState;
import io.postbot.handoff.domain.model.contact.ContactDetails;
import io.postbot.handoff.domain.model.hours.OpeningHours;
import io.postbot.handoff.domain.model.queue.QueueEntry;
import io.postbot.handoff.domain.model.queue.QueueEntryRepository;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The customer's handoff use cases; each call is one transaction, events reach observers after. */
@ApplicationScoped
@Transactional
public class HandoffService implements HandoffFacade {

  @Inject ConversationHandoff conversations;
  @Inject QueueEntryRepository queue;
  @Inject AgentChatRepository chats;
  @Inject TypingThrottle throttle;
  @Inject AgentRepository agents;
  @Inject QueueStandings standings;
  @Inject HandoffSettings settings;
  @Inject Event<Object> events;
  @Inject Clock clock;

  protected HandoffService() {}

  /** For tests outside the container. */
  public HandoffService(
      ConversationHandoff conversations,
      QueueEntryRepository queue,
      AgentChatRepository chats,
      AgentRepository agents,
      HandoffSettings settings,
      Event<Object> events,
      Clock clock) {
    this.conversations = conversations;
    this.queue = queue;
    this.chats = chats;
    this.throttle = new TypingThrottle();
    this.agents = agents;
    this.standings = new QueueStandings(queue, chats, agents);
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public HandoffStatus join(ConversationId id, AccessToken token, ContactForm form) {
    Language language = conversations.authorise(id, token);
    ContactDetails contact = ContactDetails.of(form.name(), form.email(), form.phone());
    Instant now = clock.instant();
    if (!settings.openingHours().isOpenAt(now) || standings.agentsOnline(now) == 0) {
      throw new StateConflictException(
          "handoff-unavailable", "handoff.closed", HandoffTexts.closedNow(language));
    }
    Optional<AgentChat> existing = chats.find(id);
    if (existing.isPresent()) {
      existing.get().requeue(contact, now);
      queue.find(id).orElseThrow().rejoin(now);
    } else {
      AgentTranscript transcript = conversations.transcriptForAgent(id);
      chats.add(AgentChat.queued(id, language, contact, now));
      queue.add(QueueEntry.join(id, language, transcript.recognisedIntents(), now));
    }
    conversations.escalate(id);
    conversations.postSystemNotice(
        id, HandoffTexts.queued(language), HandoffNotice.of(HandoffNotice.Change.QUEUED));
    events.fire(new CustomerQueued(id, language, now));
    return status(id, language, now);
  }

  @Override
  public HandoffStatus leave(ConversationId id, AccessToken token) {
    Language language = conversations.authorise(id, token);
    Instant now = clock.instant();
    Optional<QueueEntry> entry = queue.find(id);
    if (entry.isPresent() && entry.get().leave(now)) {
      chats.find(id).ifPresent(chat -> chat.leaveQueue(now));
      conversations.returnToBot(id);
      events.fire(new CustomerLeftQueue(id, now));
    }
    return status(id, language, now);
  }

  @Override
  public HandoffStatus leaveOfflineMessage(
      ConversationId id, AccessToken token, ContactForm form, String message) {
    Language language = conversations.authorise(id, token);
    ContactDetails contact = ContactDetails.of(form.name(), form.email(), form.phone());
    Instant now = clock.instant();
    if (chats.find(id).isPresent()) {
      throw new StateConflictException(
          "handoff-already-requested",
          "handoff.offline-exists",
          "this conversation already has a request for customer service");
    }
    chats.add(AgentChat.offlineRequest(id, language, contact, message, now));
    conversations.postSystemNotice(
        id, HandoffTexts.offline(language), HandoffNotice.of(HandoffNotice.Change.OFFLINE_REQUEST));
    events.fire(new OfflineRequestLeft(id, language, now));
    return status(id, language, now);
  }

  @Override
  public HandoffStatus status(ConversationId id, AccessToken token) {
    Language language = conversations.authorise(id, token);
    return status(id, language, clock.instant());
  }

  @Override
  public List<QueueStanding> standings() {
    return standings.all(clock.instant());
  }

  @Override
  public void customerTyping(ConversationId id, AccessToken token) {
    conversations.authorise(id, token);
    AgentChat chat =
        chats
            .find(id)
            .filter(c -> c.state() == AgentChatState.IN_PROGRESS)
            .orElseThrow(NotWithAnAgentException::new);
    if (throttle.allow(id, clock.instant())) {
      events.fire(new CustomerTyping(id, chat.agent()));
    }
  }

  private HandoffStatus status(ConversationId id, Language language, Instant now) {
    OpeningHours hours = settings.openingHours();
    boolean open = hours.isOpenAt(now);
    int online = standings.agentsOnline(now);
    HandoffState state = HandoffState.NONE;
    Integer position = null;
    Long estimate = null;
    String agentName = null;
    String surveyToken = null;
    Optional<AgentChat> chat = chats.find(id);
    if (chat.isPresent()) {
      switch (chat.get().state()) {
        case WAITING -> {
          state = HandoffState.QUEUED;
          for (QueueStanding standing : standings.all(now)) {
            if (standing.conversation().equals(id)) {
              position = standing.position();
              estimate = standing.estimateSeconds();
            }
          }
        }
        case IN_PROGRESS -> {
          state = HandoffState.WITH_AGENT;
          agentName = agents.find(chat.get().agent()).map(a -> a.displayName()).orElse(null);
        }
        case LEFT -> state = HandoffState.LEFT;
        case OFFLINE_REQUEST -> state = HandoffState.OFFLINE_REQUEST_LEFT;
        case CLOSED -> {
          state = HandoffState.CLOSED;
          surveyToken = surveyTokenIn(conversations.transcriptForAgent(id).messages());
        }
      }
    }
    return new HandoffStatus(
        state,
        position,
        estimate,
        agentName,
        surveyToken,
        open,
        online,
        hours.describe() + " (" + hours.zone() + ")",
        open ? null : hours.nextOpeningAfter(now).orElse(null),
        HandoffTexts.notice(language, settings.privacyPolicyUrl()));
  }

  /** The survey link was given to the customer as a notice in their own conversation. */
  private static String surveyTokenIn(List<MessageView> messages) {
    return messages.reversed().stream()
        .flatMap(m -> m.attachments().find(SurveyInvitation.class).stream())
        .map(SurveyInvitation::token)
        .findFirst()
        .orElse(null);
  }
}
