package io.postbot.chat.api.attachment;

import io.postbot.chat.api.AgentName;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice of the service about the handoff: the customer joined the queue or left a message for
 * later, a person joined (or was transferred to) or left the chat; the last two name the person.
 */
public record HandoffNotice(Change change, Optional<AgentName> agent) implements Attachment {

  /** What happened, with its name in the JSON form. */
  public enum Change {
    QUEUED("queued"),
    OFFLINE_REQUEST("offline"),
    JOINED("joined"),
    LEFT("left");

    private final String json;

    Change(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }

    public static Change ofJson(String name) {
      return Arrays.stream(values())
          .filter(c -> c.json.equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no such handoff notice: " + name));
    }
  }

  public HandoffNotice {
    Objects.requireNonNull(change, "what happened");
    Objects.requireNonNull(agent, "who, if a person");
    if ((change == Change.JOINED || change == Change.LEFT) && agent.isEmpty()) {
      throw new IllegalArgumentException("a person joined or left: name them");
    }
  }

  /** A person joined or left. */
  public static HandoffNotice of(Change change, AgentName agent) {
    return new HandoffNotice(change, Optional.of(agent));
  }

  /** The customer joined the queue, or left a message for when customer service is open. */
  public static HandoffNotice of(Change change) {
    return new HandoffNotice(change, Optional.empty());
  }
}
