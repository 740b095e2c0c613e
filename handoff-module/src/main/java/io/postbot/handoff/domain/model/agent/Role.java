package io.postbot.handoff.domain.model.agent;

import java.util.EnumSet;
import java.util.Set;

/** What a console user may do. Each role includes the ones below it: ADMIN > SUPERVISOR > AGENT. */
public enum Role {
  AGENT,
  SUPERVISOR,
  ADMIN;

  /** This role and every role it includes. */
  public Set<Role> withIncluded() {
    return switch (this) {
      case AGENT -> EnumSet.of(AGENT);
      case SUPERVISOR -> EnumSet.of(AGENT, SUPERVISOR);
      case ADMIN -> EnumSet.allOf(Role.class);
    };
  }
}
