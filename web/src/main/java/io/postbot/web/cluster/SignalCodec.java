package io.postbot.web.cluster;

import io.postbot.shared.ConversationId;
import io.postbot.web.cluster.LiveSignal.AgentIsTyping;
import io.postbot.web.cluster.LiveSignal.AgentJoined;
import io.postbot.web.cluster.LiveSignal.AgentLeft;
import io.postbot.web.cluster.LiveSignal.ChatsChanged;
import io.postbot.web.cluster.LiveSignal.ContentChanged;
import io.postbot.web.cluster.LiveSignal.CustomerIsTyping;
import io.postbot.web.cluster.LiveSignal.Erased;
import io.postbot.web.cluster.LiveSignal.MessagesAdded;
import io.postbot.web.cluster.LiveSignal.QueueMoved;
import io.postbot.web.cluster.LiveSignal.Resync;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A signal as a notification payload: {@code 1 <origin> <kind> [<conversation id>]}, at most 80
 * ASCII characters, e.g. {@code 1 3f9a0c11d2e4 message 0b8e...}. The origin (the sending server's
 * random name) lets a server skip its own signals, which it has delivered already. Anything else
 * (another version, an unknown kind, a missing or extra part) decodes to nothing: a server never
 * acts on a payload it does not fully understand.
 */
public final class SignalCodec {

  /** The payload format's version; a server ignores any other. */
  static final String VERSION = "1";

  /** Far below PostgreSQL's 8000 bytes: a payload is a kind and an id, nothing more. */
  static final int MAX_LENGTH = 80;

  static final Pattern ORIGIN = Pattern.compile("[0-9a-f]{12}");

  private SignalCodec() {}

  /** A signal heard from a server (by its origin name). */
  public record Heard(String origin, LiveSignal signal) {}

  public static String encode(String origin, LiveSignal signal) {
    if (!ORIGIN.matcher(origin).matches()) {
      throw new IllegalArgumentException("an origin is 12 lower-case hex digits");
    }
    String body =
        switch (signal) {
          case MessagesAdded s -> "message " + s.conversation().value();
          case Erased s -> "erased " + s.conversation().value();
          case QueueMoved s -> "queue";
          case AgentJoined s -> "joined " + s.conversation().value();
          case AgentLeft s -> "left " + s.conversation().value();
          case AgentIsTyping s -> "agent-typing " + s.conversation().value();
          case CustomerIsTyping s -> "customer-typing " + s.conversation().value();
          case ChatsChanged s -> "chats";
          case ContentChanged s -> "content";
          case Resync s -> throw new IllegalArgumentException("a resync stays on its server");
        };
    return VERSION + " " + origin + " " + body;
  }

  public static Optional<Heard> decode(String payload) {
    if (payload == null || payload.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String[] parts = payload.split(" ", -1);
    if (parts.length < 3
        || parts.length > 4
        || !parts[0].equals(VERSION)
        || !ORIGIN.matcher(parts[1]).matches()) {
      return Optional.empty();
    }
    Optional<ConversationId> conversation =
        parts.length == 4 ? conversation(parts[3]) : Optional.empty();
    if (parts.length == 4 && conversation.isEmpty()) {
      return Optional.empty();
    }
    return signal(parts[2], conversation).map(s -> new Heard(parts[1], s));
  }

  private static Optional<LiveSignal> signal(String kind, Optional<ConversationId> conversation) {
    if (conversation.isEmpty()) {
      return switch (kind) {
        case "queue" -> Optional.of(new QueueMoved());
        case "chats" -> Optional.of(new ChatsChanged());
        case "content" -> Optional.of(new ContentChanged());
        default -> Optional.empty();
      };
    }
    ConversationId c = conversation.get();
    return switch (kind) {
      case "message" -> Optional.of(new MessagesAdded(c));
      case "erased" -> Optional.of(new Erased(c));
      case "joined" -> Optional.of(new AgentJoined(c));
      case "left" -> Optional.of(new AgentLeft(c));
      case "agent-typing" -> Optional.of(new AgentIsTyping(c));
      case "customer-typing" -> Optional.of(new CustomerIsTyping(c));
      default -> Optional.empty();
    };
  }

  private static Optional<ConversationId> conversation(String text) {
    try {
      ConversationId id = ConversationId.parse(text);
      // only the canonical form: the same id always travels as the same text
      return id.value().toString().equals(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
