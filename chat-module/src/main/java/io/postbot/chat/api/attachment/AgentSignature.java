package io.postbot.chat.api.attachment;

import io.postbot.chat.api.AgentName;
import java.util.Objects;

/** The name an agent's message is shown under, instead of "Customer service". */
public record AgentSignature(AgentName agent) implements Attachment {

  public AgentSignature {
    Objects.requireNonNull(agent, "the agent's name");
  }
}
