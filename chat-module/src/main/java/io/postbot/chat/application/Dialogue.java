package io.postbot.chat.application;

import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.understanding.Understanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Decides what the bot says to an understood customer message. */
@ApplicationScoped
public class Dialogue {

  private KnowledgeBase knowledgeBase;

  protected Dialogue() {}

  @Inject
  public Dialogue(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** The greeting that opens every conversation. */
  BotReply greeting(Conversation conversation) {
    return answer(new IntentId("greeting"), conversation);
  }

  List<BotReply> replyTo(Conversation conversation, Understanding understanding) {
    IntentId intent = understanding.intent().orElse(IntentId.OUT_OF_SCOPE);
    return List.of(answer(intent, conversation));
  }

  private BotReply answer(IntentId intent, Conversation conversation) {
    return knowledgeBase
        .answer(intent, conversation.language())
        .map(answer -> BotReply.of(intent, answer))
        .orElseGet(() ->
            BotReply.of(
                IntentId.OUT_OF_SCOPE,
                knowledgeBase
                    .answer(IntentId.OUT_OF_SCOPE, conversation.language())
                    .orElseThrow()));
  }
}
