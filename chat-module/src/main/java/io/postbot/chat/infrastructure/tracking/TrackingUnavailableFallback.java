package io.postbot.chat.infrastructure.tracking;

import io.postbot.chat.domain.model.tracking.TrackingResult;
import io.postbot.chat.domain.model.tracking.TrackingUnavailableException;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/**
 * Turns what fault tolerance throws (timeout, open circuit, exhausted retries) into the domain's
 * {@link TrackingUnavailableException}, so the bot needs to know no MicroProfile exception.
 */
@Dependent
public class TrackingUnavailableFallback implements FallbackHandler<TrackingResult> {

  @Override
  public TrackingResult handle(ExecutionContext context) {
    Throwable failure = context.getFailure();
    if (failure instanceof TrackingUnavailableException unavailable) {
      throw unavailable;
    }
    throw new TrackingUnavailableException(
        "tracking service unavailable: "
            + (failure == null ? "unknown" : failure.getClass().getSimpleName()));
  }
}
