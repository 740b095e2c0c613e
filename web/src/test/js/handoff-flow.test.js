import { test } from "node:test";
import assert from "node:assert/strict";
import { FLOW, availability, eventFor, next } from "../../main/webapp/widget/modules/handoff-flow.js";

test("every move of the table leads to a view of the table", () => {
  for (const [view, row] of Object.entries(FLOW)) {
    for (const [event, to] of Object.entries(row)) {
      assert.ok(Object.hasOwn(FLOW, to), `${view} --${event}--> ${to}`);
    }
  }
});

test("accepting the offer asks the server, which opens the form or the offline form", () => {
  const asking = next("none", "offerAccepted");
  assert.equal(asking, "asking");
  assert.equal(next(asking, availability({ open: true, agentsOnline: 1 })), "form");
  assert.equal(next(asking, availability({ open: true, agentsOnline: 0 })), "offline");
  assert.equal(next(asking, availability({ open: false, agentsOnline: 2 })), "offline");
});

test("joining queues; the queue moves, a person joins, leaves, and the survey follows", () => {
  assert.equal(next("form", "joined"), "queued");
  assert.equal(next("queued", "queued"), "queued");
  assert.equal(next("queued", "withAgent"), "agent");
  assert.equal(next("agent", "closed"), "survey");
  assert.equal(next("agent", "agentLeft"), "none");
  assert.equal(next("queued", "leftQueue"), "none");
});

test("a refused join leads to the offline form, a message left to thanks", () => {
  assert.equal(next("form", "refused"), "offline");
  assert.equal(next("offline", "offlineSent"), "thanks");
});

test("an event a view does not list changes nothing: the form stays while the status is idle", () => {
  assert.equal(next("form", "idle"), null);
  assert.equal(next("offline", "queued"), null);
  assert.equal(next("none", "agentLeft"), null);
});

test("the server's status is read as an event", () => {
  assert.equal(eventFor({ state: "queued" }), "queued");
  assert.equal(eventFor({ state: "with_agent" }), "withAgent");
  assert.equal(eventFor({ state: "closed", surveyToken: "t" }), "closed");
  assert.equal(eventFor({ state: "closed" }), "idle");
  assert.equal(eventFor({ state: "none" }), "idle");
  assert.equal(eventFor(null), "idle");
});
