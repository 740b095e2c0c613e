package io.postbot.handoff.domain.model.hours;

import java.util.Optional;

/** Where the opening hours set in the console are kept. */
public interface ServiceHoursRepository {

  Optional<ServiceHours> find();

  void add(ServiceHours hours);
}
