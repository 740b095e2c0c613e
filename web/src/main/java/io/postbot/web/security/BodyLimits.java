package io.postbot.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The request body limits from MicroProfile Config (bytes). */
@ApplicationScoped
public class BodyLimits {

  @Inject
  @ConfigProperty(name = "postbot.http.max-body-bytes", defaultValue = "16384")
  long apiBytes;

  @Inject
  @ConfigProperty(name = "postbot.http.max-console-body-bytes", defaultValue = "65536")
  long consoleBytes;

  @Produces
  BodyLimit limit() {
    return new BodyLimit(apiBytes, consoleBytes);
  }
}
