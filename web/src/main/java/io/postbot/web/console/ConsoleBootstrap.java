package io.postbot.web.console;

import io.postbot.handoff.api.AgentAccounts;
import io.postbot.shared.DatabaseAvailable;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At first start (no console users yet), creates the administrator from postbot.admin.username and
 * postbot.admin.password (POSTBOT_ADMIN_USERNAME / _PASSWORD). Without them it creates demo users
 * with generated passwords and prints them to the server log, once: the console then shows a demo
 * banner.
 */
@ApplicationScoped
public class ConsoleBootstrap {

  @Inject AgentAccounts accounts;

  @Inject
  @ConfigProperty(name = "postbot.admin.username")
  Optional<String> adminUsername;

  @Inject
  @ConfigProperty(name = "postbot.admin.password")
  Optional<String> adminPassword;

  void firstUsers(@Observes @Priority(500) DatabaseAvailable database) {
    List<String> demo =
        accounts.bootstrap(
            adminUsername.orElse(null), adminPassword.map(String::toCharArray).orElse(null));
    if (!demo.isEmpty()) {
      StringBuilder banner =
          new StringBuilder(
                  "\n=== Postbot console demo users (shown once; set POSTBOT_ADMIN_USERNAME")
              .append(" and POSTBOT_ADMIN_PASSWORD for a real administrator) ===\n");
      demo.forEach(line -> banner.append("  ").append(line).append('\n'));
      System.out.println(banner);
    }
  }
}
