package io.postbot.web.console;

import io.postbot.handoff.api.AgentDesk;
import io.postbot.handoff.api.SupervisorOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The supervisor's overview, computed once per request: the page asks for it many times while
 * rendering, and each computation reads the queue, the chats and every agent.
 */
@RequestScoped
public class OverviewOfThisRequest {

  @Inject AgentDesk desk;

  private SupervisorOverview overview;

  public SupervisorOverview get() {
    if (overview == null) {
      overview = desk.overview();
    }
    return overview;
  }
}
