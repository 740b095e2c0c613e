package io.postbot.retention.application;

import io.postbot.chat.api.ConversationEraser;
import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.handoff.api.HandoffRecords;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.retention.domain.model.purge.PurgeLock;
import io.postbot.retention.domain.model.purge.PurgeRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the retention use cases from the configuration and the other contexts' ports. The handoff
 * ports are optional, so retention also works in a deployment that has no handoff context yet.
 */
@ApplicationScoped
public class RetentionWiring {

  @Inject Config config;
  @Inject Instance<AgentChatEraser> agentChats;
  @Inject Instance<HandoffRecords> handoffRecords;

  /** The policy from MicroProfile Config; an invalid setting fails the start, naming its key. */
  @Produces
  @Singleton
  RetentionPolicy policy() {
    return RetentionPolicy.from(key -> config.getOptionalValue(key, String.class));
  }

  @Produces
  @Singleton
  RetentionPurge purge(
      ConversationEraser chat,
      PurgeLock lock,
      PurgeRuns runs,
      Transactions transactions,
      Clock clock,
      RetentionPolicy policy,
      PurgeObserver observer) {
    return new RetentionPurge(
        chat, agentChatEraser(), lock, runs, transactions, clock, policy, observer);
  }

  @Produces
  @Singleton
  RetentionBacklog backlog(ConversationEraser chat, RetentionPolicy policy, Clock clock) {
    return new RetentionBacklog(chat, agentChatEraser(), policy, clock);
  }

  AgentChatEraser agentChatEraser() {
    return agentChats.isResolvable() ? agentChats.get() : NoHandoffData.INSTANCE;
  }

  HandoffRecords handoffRecords() {
    return handoffRecords.isResolvable() ? handoffRecords.get() : NoHandoffData.INSTANCE;
  }
}
