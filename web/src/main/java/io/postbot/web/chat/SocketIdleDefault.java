package io.postbot.web.chat;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;

/**
 * Gives every WebSocket session an idle timeout from its first moment: the customer socket's
 * authentication deadline, which each endpoint then sets to its own. Without a default (0: none)
 * Tyrus schedules its idle check for "now" as it builds a session, and that check closes any
 * session whose timeout is above zero by then, without looking at how long it was idle; an endpoint
 * that sets its timeout in its open callback races it. Seen in ./postbot bench sockets: 3 to 14 of
 * 10,000 sockets closed "because of the idle timeout" about a second after they opened, most after
 * their auth frame had been written (docs/benchmarks.md).
 */
@WebListener
public class SocketIdleDefault implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
    if (container instanceof ServerContainer server) {
      apply(server);
    }
  }

  /** The container's default: never zero, so no session starts with a check due at once. */
  static void apply(ServerContainer server) {
    server.setDefaultMaxSessionIdleTimeout(CustomerChannel.AUTH_TIMEOUT_MS);
  }
}
