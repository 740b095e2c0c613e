package io.postbot.web.platform;

import io.postbot.shared.Recent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: a load balancer then stops sending customers here. The
 * answer is at most {@link #MAX_AGE} old: probes come far more often than the database changes its
 * mind, and each check costs a pooled connection and a round trip.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final Duration MAX_AGE = Duration.ofSeconds(1);

  @Inject PostbotDatabase database;

  private final Recent<HealthCheckResponse> recent = new Recent<>(this::check, MAX_AGE);

  @Override
  public HealthCheckResponse call() {
    return recent.get();
  }

  private HealthCheckResponse check() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = database.dataSource().getConnection()) {
      boolean valid = connection.isValid(2);
      return response
          .status(valid)
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
