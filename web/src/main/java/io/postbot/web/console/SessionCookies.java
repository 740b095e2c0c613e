package io.postbot.web.console;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The console's session cookie: HttpOnly, SameSite=Strict (payara-web.xml for Payara, web.xml and
 * the Servlet 6.1 attribute here for other servers), and Secure with the __Host-prefix (bound to
 * this host, path "/", never sent over plain HTTP) unless postbot.console.secure-cookie=false,
 * which ./postbot run and the tests set because they serve plain HTTP on loopback. Behind the TLS
 * proxy of a real deployment it stays on.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  static final String NAME = "postbot-console";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    configure(
        event.getServletContext().getSessionCookieConfig(),
        ConfigProvider.getConfig()
            .getOptionalValue("postbot.console.secure-cookie", Boolean.class));
  }

  /** Secure and __Host- unless the setting says false. */
  static void configure(SessionCookieConfig cookie, Optional<Boolean> secureSetting) {
    boolean secure = secureSetting.orElse(true);
    cookie.setSecure(secure);
    cookie.setPath("/");
    cookie.setName(secure ? "__Host-" + NAME : NAME);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Strict");
  }
}
