package io.postbot.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The console sign-in's limits from MicroProfile Config, and the one guard applying them. */
@ApplicationScoped
public class SignInLimits {

  @Inject
  @ConfigProperty(name = "postbot.console.sign-ins-per-minute-per-address", defaultValue = "10")
  int perAddress;

  @Inject
  @ConfigProperty(name = "postbot.console.sign-ins-per-minute", defaultValue = "120")
  int inTotal;

  @Inject Clock clock;

  private SignInGuard guard;

  @PostConstruct
  void create() {
    guard = new SignInGuard(perAddress, inTotal, clock);
  }

  public SignInGuard guard() {
    return guard;
  }
}
