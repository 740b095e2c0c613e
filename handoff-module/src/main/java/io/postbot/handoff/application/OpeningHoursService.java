package io.postbot.handoff.application;

import io.postbot.handoff.api.OpeningHoursAdministration;
import io.postbot.handoff.api.OpeningHoursView;
import io.postbot.handoff.domain.model.hours.ServiceHours;
import io.postbot.handoff.domain.model.hours.ServiceHoursRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Opening hours set in the console, over the configured ones. */
@ApplicationScoped
@Transactional
public class OpeningHoursService implements OpeningHoursAdministration {

  @Inject ServiceHoursRepository hours;
  @Inject HandoffSettings settings;
  @Inject Clock clock;

  protected OpeningHoursService() {}

  /** For tests outside the container. */
  public OpeningHoursService(ServiceHoursRepository hours, HandoffSettings settings, Clock clock) {
    this.hours = hours;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public OpeningHoursView current() {
    return hours
        .find()
        .map(this::view)
        .orElseGet(() ->
            new OpeningHoursView(
                settings.configuredOpeningHours(),
                settings.zone().getId(),
                Optional.empty(),
                Optional.empty()));
  }

  @Override
  public OpeningHoursView change(String spec, String by) {
    Optional<ServiceHours> stored = hours.find();
    ServiceHours changed;
    if (stored.isPresent()) {
      changed = stored.get();
      changed.change(spec, settings.zone(), clock.instant(), by);
    } else {
      changed = new ServiceHours(spec, settings.zone(), clock.instant(), by);
      hours.add(changed);
    }
    settings.forget();
    return view(changed);
  }

  private OpeningHoursView view(ServiceHours h) {
    return new OpeningHoursView(
        h.spec(), settings.zone().getId(), Optional.of(h.changedBy()), Optional.of(h.changedAt()));
  }
}
