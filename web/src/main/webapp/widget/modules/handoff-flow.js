/*
 * The handoff flow as an explicit table: for each view of the handoff area, the view each event
 * leads to. Events are what the customer does (accept the offer, cancel, leave) and what the
 * server says (its status, a live frame). An event a view does not list changes nothing; one that
 * leads to the same view redraws it (the queue moved).
 */

export const FLOW = {
  none: { offerAccepted: "asking", queued: "queued", withAgent: "agent", closed: "survey" },
  asking: {
    available: "form",
    unavailable: "offline",
    queued: "queued",
    withAgent: "agent",
    closed: "survey",
    failed: "none",
  },
  form: {
    joined: "queued",
    refused: "offline",
    cancelled: "none",
    queued: "queued",
    withAgent: "agent",
    closed: "survey",
  },
  offline: { offlineSent: "thanks", cancelled: "none" },
  queued: {
    queued: "queued",
    withAgent: "agent",
    leftQueue: "none",
    agentLeft: "none",
    idle: "none",
    closed: "survey",
  },
  agent: { withAgent: "agent", agentLeft: "none", closed: "survey", idle: "none" },
  survey: { queued: "queued", withAgent: "agent", offerAccepted: "asking", closed: "survey" },
  thanks: { offerAccepted: "asking", queued: "queued", withAgent: "agent", closed: "survey" },
};

/** The view an event leads to from a view, or null when the table lists no such move. */
export function next(view, event) {
  const row = FLOW[view] || {};
  return Object.prototype.hasOwnProperty.call(row, event) ? row[event] : null;
}

/** The event a handoff status (GET .../handoff) stands for. */
export function eventFor(status) {
  if (!status) return "idle";
  if (status.state === "queued") return "queued";
  if (status.state === "with_agent") return "withAgent";
  if (status.state === "closed" && status.surveyToken) return "closed";
  return "idle";
}

/** After the offer was accepted: a form to join the queue, or one to leave a message. */
export function availability(status) {
  return status.available || (status.open && status.agentsOnline > 0) ? "available" : "unavailable";
}
