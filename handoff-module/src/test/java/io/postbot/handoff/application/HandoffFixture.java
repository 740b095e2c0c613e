package io.postbot.handoff.application;

import io.postbot.handoff.api.ContactForm;
import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agent.PasswordHasher;
import io.postbot.handoff.domain.model.agent.Role;
import io.postbot.testing.RecordedEvents;
import java.time.Instant;
import java.util.Set;

/**
 * The handoff use cases wired as the application tests need them: in-memory repositories and chat
 * port, recorded events, a clock the test moves, and the default opening hours, starting on a
 * Monday at noon in Oslo, when customer service is open.
 */
final class HandoffFixture {

  static final Instant MONDAY_NOON = Instant.parse("2026-11-30T11:00:00Z");
  static final ContactForm KARI = new ContactForm("Kari", "kari@example.no", "912 34 567");

  /** Keeps passwords as they are: hashing is not what these tests are about. */
  static final PasswordHasher PLAIN =
      new PasswordHasher() {
        public String hash(char[] p) {
          return new String(p);
        }

        public boolean verify(char[] p, String h) {
          return h.equals(new String(p));
        }
      };

  final MutableClock clock = new MutableClock(MONDAY_NOON);
  final InMemoryHandoff.Queue queue = new InMemoryHandoff.Queue();
  final InMemoryHandoff.Chats chats = new InMemoryHandoff.Chats();
  final InMemoryHandoff.Agents agents = new InMemoryHandoff.Agents();
  final InMemoryHandoff.Conversations conversations = new InMemoryHandoff.Conversations(clock);
  final RecordedEvents events = new RecordedEvents();
  final HandoffSettings settings =
      new HandoffSettings("Mon-Fri 08:00-20:00,Sat 10:00-16:00", "Europe/Oslo", "/privacy.html");
  final HandoffService handoff =
      new HandoffService(conversations, queue, chats, agents, settings, events, clock);
  final AgentDeskService desk =
      new AgentDeskService(
          conversations, queue, chats, agents, new InMemoryHandoff.Canned(), events, clock);

  /** A console user with this role and password "long-password", seen online at Monday noon. */
  Agent online(String username, String displayName, Role role) {
    Agent agent =
        Agent.create(username, displayName, Set.of(role), "long-password".toCharArray(), PLAIN);
    agent.seen(MONDAY_NOON);
    agents.add(agent);
    return agent;
  }
}
