package io.postbot.chat.application;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.ChatFacade;
import io.postbot.chat.api.ConversationEnded;
import io.postbot.chat.api.ConversationErased;
import io.postbot.chat.api.ConversationFullException;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.chat.api.ConversationStarted;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.chat.api.CustomerWroteToAgent;
import io.postbot.chat.api.Exchange;
import io.postbot.chat.api.MessagePosted;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.ParcelTracked;
import io.postbot.chat.api.QuickReply;
import io.postbot.chat.api.StartedConversation;
import io.postbot.chat.api.Transcript;
import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.ConversationRepository;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.understanding.IntentClassifier;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.Redactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chat use cases. The customer's message and the bot's answer are stored together, in one short
 * transaction, before the answer leaves; events reach observers after the commit. Sending a message
 * holds no connection while the models classify it and the carrier's API answers: the token is
 * checked in a short read first, and the append re-reads the conversation under its lock.
 */
@ApplicationScoped
@Transactional
public class ChatService implements ChatFacade {

  @Inject ConversationRepository conversations;
  @Inject IntentClassifier classifier;
  @Inject Dialogue dialogue;
  @Inject Event<Object> events;
  @Inject Clock clock;
  @Inject Transactions transactions;

  /** The most messages a conversation holds; the customer is then asked to start a new chat. */
  @Inject
  @ConfigProperty(name = "postbot.chat.max-messages", defaultValue = "300")
  int maxMessages = 300;

  /** Masks personal data before the customer's question leaves this context in an event. */
  final Redactor redactor = new Redactor();

  @Override
  public StartedConversation start(Language language) {
    AccessToken token = AccessToken.generate();
    Instant now = clock.instant();
    Conversation conversation =
        Conversation.start(
            ConversationId.newId(), AccessTokenHash.of(token.value()), language, now);
    BotReply greeting = dialogue.greeting(conversation);
    Message message =
        conversation.answerAsBot(
            new MessageText(greeting.text()),
            greeting.intent().value(),
            greeting.attachments(),
            now);
    conversations.add(conversation);
    events.fire(new ConversationStarted(conversation.id(), language, now));
    posted(conversation, message);
    return new StartedConversation(conversation.id(), token, language, List.of(view(message)));
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Exchange send(ConversationId id, AccessToken token, String text) {
    MessageText customerText = new MessageText(text);
    Conversation snapshot = transactions.run(() -> accessible(id, token));
    if (snapshot.isWithAgent()) {
      return transactions.run(() -> toAgent(writable(id, token), customerText));
    }
    // Slow work, outside any transaction: the models, and the carrier's API for a number.
    Understanding understanding = classifier.classify(customerText.value(), snapshot.language());
    Turn turn = dialogue.replyTo(snapshot, customerText.value(), understanding);
    return transactions.run(() -> record(writable(id, token), snapshot, customerText, turn));
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Exchange choose(ConversationId id, AccessToken token, QuickReply reply) {
    MessageText label = new MessageText(reply.label());
    Conversation snapshot = transactions.run(() -> accessible(id, token));
    if (snapshot.isWithAgent()) {
      return transactions.run(() -> toAgent(writable(id, token), label));
    }
    Turn turn = dialogue.replyToChoice(snapshot, new IntentId(reply.intent()));
    return transactions.run(() -> record(writable(id, token), snapshot, label, turn));
  }

  /** A person answers now: the message waits for the agent, the bot stays silent. */
  private Exchange toAgent(Conversation conversation, MessageText text) {
    requireRoom(conversation, 1);
    Instant now = clock.instant();
    var message = conversation.receiveFromCustomer(text, null, now);
    events.fire(new MessagePosted(conversation.id(), message.sequence()));
    events.fire(new CustomerWroteToAgent(conversation.id(), now));
    return new Exchange(view(message), List.of());
  }

  /**
   * Stores the customer's message and the bot's replies on the locked conversation, and fires what
   * happened. Events carry intents and outcomes, and the customer's text only redacted: it may hold
   * a tracking number.
   */
  private Exchange record(
      Conversation conversation, Conversation snapshot, MessageText customerText, Turn turn) {
    if (conversation.isWithAgent()) {
      // A person took the chat while the bot was thinking: the message is theirs, the bot is quiet.
      return toAgent(conversation, customerText);
    }
    // What the bot now waits for, as the turn decided on the snapshot it read.
    snapshot
        .pendingQuestion()
        .ifPresentOrElse(conversation::awaitAnswerTo, conversation::settlePendingQuestion);
    requireRoom(conversation, 1 + turn.replies().size());
    ConversationId id = conversation.id();
    Language language = conversation.language();
    Instant now = clock.instant();
    String intent = turn.understood().value();
    Message sent = conversation.receiveFromCustomer(customerText, intent, now);
    posted(conversation, sent);
    events.fire(
        new CustomerAsked(
            id, language, intent, turn.confidence(), now, redactor.redact(customerText.value())));
    List<MessageView> replies = new ArrayList<>();
    for (BotReply reply : turn.replies()) {
      Message message =
          conversation.answerAsBot(
              new MessageText(reply.text()), reply.intent().value(), reply.attachments(), now);
      replies.add(view(message));
      posted(conversation, message);
      events.fire(
          reply.intent().equals(IntentId.OUT_OF_SCOPE)
              ? new BotCouldNotAnswer(id, language, now)
              : new BotAnswered(id, language, reply.intent().value(), now));
      reply
          .trackingOutcome()
          .ifPresent(outcome -> events.fire(new ParcelTracked(id, language, outcome, now)));
    }
    return new Exchange(view(sent), replies);
  }

  @Override
  public List<MessageView> messages(ConversationId id, AccessToken token, int after, int limit) {
    accessible(id, token);
    int page = Math.max(1, Math.min(limit, PAGE));
    return conversations.messagesAfter(id, after, page).stream().map(ChatService::view).toList();
  }

  @Override
  public Transcript transcript(ConversationId id, AccessToken token) {
    Conversation conversation = accessible(id, token);
    return new Transcript(
        conversation.id(),
        conversation.language(),
        conversation.legalBasis().citation(),
        conversation.startedAt(),
        conversation.lastActivityAt(),
        conversation.isEnded(),
        conversation.messages().stream().map(ChatService::view).toList());
  }

  @Override
  public void end(ConversationId id, AccessToken token) {
    Conversation conversation = writable(id, token);
    if (!conversation.isEnded()) {
      Instant now = clock.instant();
      conversation.end(now);
      events.fire(new ConversationEnded(id, conversation.language(), now));
    }
  }

  @Override
  public void erase(ConversationId id, AccessToken token) {
    writable(id, token);
    conversations.erase(id);
    events.fire(new ConversationErased(id));
  }

  @Override
  public void switchLanguage(ConversationId id, AccessToken token, Language language) {
    writable(id, token).switchLanguage(language, clock.instant());
  }

  /** A full conversation takes no more from the customer; agents' and service notices still fit. */
  private void requireRoom(Conversation conversation, int messages) {
    if (conversation.messageCount() + messages > maxMessages) {
      throw new ConversationFullException();
    }
  }

  /** Every added message is announced, so channels push it whoever wrote it. */
  private void posted(Conversation conversation, Message message) {
    events.fire(new MessagePosted(conversation.id(), message.sequence()));
  }

  /** The conversation to change: other writers of it wait until this transaction ends. */
  private Conversation writable(ConversationId id, AccessToken token) {
    return conversations
        .findForAppend(id)
        .filter(c -> c.isAccessibleWith(AccessTokenHash.of(token.value())))
        .orElseThrow(ConversationNotFoundException::new);
  }

  private Conversation accessible(ConversationId id, AccessToken token) {
    return conversations
        .find(id)
        .filter(c -> c.isAccessibleWith(AccessTokenHash.of(token.value())))
        .orElseThrow(ConversationNotFoundException::new);
  }

  static MessageView view(Message message) {
    return new MessageView(
        message.sequence(),
        message.author().name().toLowerCase(java.util.Locale.ROOT),
        message.text(),
        message.sentAt(),
        message.attachments());
  }
}
