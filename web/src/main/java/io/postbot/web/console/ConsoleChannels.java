package io.postbot.web.console;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open console pages on this server instance. What is sent names a part of the console that
 * changed, never what anybody wrote, so a frame can go to every page.
 */
@ApplicationScoped
public class ConsoleChannels {

  private final Set<Session> open = ConcurrentHashMap.newKeySet();

  /** Sends leave the request's thread, so a slow page never holds up a customer or an agent. */
  @Resource ManagedExecutorService executor;

  void add(Session session) {
    open.add(session);
  }

  void remove(Session session) {
    open.remove(session);
  }

  /** True while some console page is open on this server. */
  public boolean anyOpen() {
    return !open.isEmpty();
  }

  /** Tells every open console page that this part changed: "queue" or "chat". */
  public void changed(String part) {
    for (Session session : open) {
      executor.execute(() -> send(session, part));
    }
  }

  /** Tells only this user's open console pages that this part changed. */
  public void changedFor(String username, String part) {
    for (Session session : open) {
      if (session.getUserPrincipal() != null
          && session.getUserPrincipal().getName().equals(username)) {
        executor.execute(() -> send(session, part));
      }
    }
  }

  /** Closes the pages of a user who signed out, so nothing more reaches a closed session. */
  public void signedOut(String username) {
    for (Session session : open) {
      if (session.getUserPrincipal() != null
          && session.getUserPrincipal().getName().equals(username)) {
        open.remove(session);
        ConsoleChannel.close(
            session, new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "signed out"));
      }
    }
  }

  private void send(Session session, String part) {
    // one frame at a time per connection: WebSocket sends on a session must not overlap
    synchronized (session) {
      try {
        if (session.isOpen()) {
          session.getBasicRemote().sendText(part);
          return;
        }
      } catch (IOException | IllegalStateException e) {
        // the page went away; it reconnects or polls
      }
    }
    open.remove(session);
  }
}
