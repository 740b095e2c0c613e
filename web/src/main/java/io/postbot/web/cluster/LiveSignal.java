package io.postbot.web.cluster;

import io.postbot.shared.ConversationId;
import java.util.Objects;

/**
 * Something changed that open widgets or consoles must hear of now, on whichever server they are
 * connected to. A signal names only what changed and where (a conversation id, or nothing): every
 * server re-reads the rest from the database, so no signal carries what anybody wrote, a name or a
 * contact detail, and a lost or repeated signal costs one read, never a wrong screen.
 */
public sealed interface LiveSignal {

  /** A conversation has new messages: its widgets catch up from their resume point. */
  record MessagesAdded(ConversationId conversation) implements LiveSignal {
    public MessagesAdded {
      Objects.requireNonNull(conversation);
    }
  }

  /** A conversation was erased: its widgets start afresh. */
  record Erased(ConversationId conversation) implements LiveSignal {
    public Erased {
      Objects.requireNonNull(conversation);
    }
  }

  /** The queue changed: waiting customers get their new standing, consoles their queue. */
  record QueueMoved() implements LiveSignal {}

  /** An agent took the chat: the widget shows them joining; the queue moved too. */
  record AgentJoined(ConversationId conversation) implements LiveSignal {
    public AgentJoined {
      Objects.requireNonNull(conversation);
    }
  }

  /** The agent closed the chat: the widget shows them leaving; consoles their chats. */
  record AgentLeft(ConversationId conversation) implements LiveSignal {
    public AgentLeft {
      Objects.requireNonNull(conversation);
    }
  }

  /** The chat's agent is typing: the customer's widget shows it. */
  record AgentIsTyping(ConversationId conversation) implements LiveSignal {
    public AgentIsTyping {
      Objects.requireNonNull(conversation);
    }
  }

  /** The customer is typing to their agent: only that agent's console shows it. */
  record CustomerIsTyping(ConversationId conversation) implements LiveSignal {
    public CustomerIsTyping {
      Objects.requireNonNull(conversation);
    }
  }

  /** A chat in progress changed (a message either way): consoles re-render their chats. */
  record ChatsChanged() implements LiveSignal {}

  /** A content publication or model version became active: every server takes it up now. */
  record ContentChanged() implements LiveSignal {}

  /**
   * This server may have missed signals (its listening connection was down): everything open here
   * re-reads from the database. Never sent to other servers.
   */
  record Resync() implements LiveSignal {}
}
