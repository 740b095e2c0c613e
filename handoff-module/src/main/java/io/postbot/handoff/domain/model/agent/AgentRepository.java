package io.postbot.handoff.domain.model.agent;

import java.util.List;
import java.util.Optional;

/** Console users. */
public interface AgentRepository {

  void add(Agent agent);

  Optional<Agent> find(String username);

  List<Agent> all();

  long count();
}
