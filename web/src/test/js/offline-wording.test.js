import { test } from "node:test";
import assert from "node:assert/strict";
import { offlineWording } from "../../main/webapp/widget/modules/handoff.js";

test("closed: says so, when it opens and the opening hours", () => {
  const text = offlineWording(
    {
      open: false,
      agentsOnline: 0,
      openingHours: "Mon-Fri 08:00-16:00 (Europe/Oslo)",
      nextOpening: "2026-12-07T08:00+01:00",
    },
    "en",
  );
  assert.match(text, /closed now, so nobody can answer/);
  assert.match(text, /It opens Monday/);
  assert.match(text, /Opening hours: Mon-Fri 08:00-16:00/);
  assert.match(text, /Leave a message/);
});

test("open but nobody online: says that, not closed", () => {
  const text = offlineWording({ open: true, agentsOnline: 0, openingHours: "always" }, "nb");
  assert.match(text, /Ingen i kundeservice er pålogget/);
  assert.doesNotMatch(text, /stengt/);
});
