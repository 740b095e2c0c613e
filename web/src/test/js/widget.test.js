import { after, test } from "node:test";
import assert from "node:assert/strict";
import { GREETING, pageWithWidget, settle, started, stopTimers } from "./page.js";

after(stopTimers);

const SENT = { id: 2, author: "customer", text: "where is my parcel", time: "2026-12-02T09:00:05Z" };
const REPLY = { id: 3, author: "bot", text: "What is the tracking number?", time: "2026-12-02T09:00:05Z" };

test("a question typed before the conversation exists waits, then goes out and is answered", async () => {
  // given the conversation is still being made when the customer types
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const page = await pageWithWidget(async (method, url, body) => {
    if (method === "POST" && url.endsWith("/conversations")) return held.then(() => started());
    if (method === "POST" && url.endsWith("/messages")) {
      assert.deepEqual(body, { text: "where is my parcel" });
      return [200, { sent: SENT, messages: [REPLY] }];
    }
    return [200, { messages: [] }];
  });
  page.open();
  page.say("where is my parcel");
  await settle();
  assert.deepEqual(page.messages(), ["customer:where is my parcel (pending)"]);

  // when the conversation exists
  release();
  await settle();

  // then the greeting comes first, the question takes the server's id, the answer follows
  assert.deepEqual(page.messages(), [
    "bot:" + GREETING.text,
    "customer:where is my parcel",
    "bot:What is the tracking number?",
  ]);
  assert.equal(page.doc.querySelector(".pb-customer").getAttribute("data-id"), "2");
});

test("a message that cannot be sent goes back into the box and the widget says so", async () => {
  const page = await pageWithWidget(async (method, url) => {
    if (url.endsWith("/conversations")) return started();
    if (url.endsWith("/messages")) return new TypeError("Failed to fetch");
    return [200, {}];
  });
  page.open();
  await settle();

  page.say("how do I change my address");
  await settle();

  assert.deepEqual(page.messages(), ["bot:" + GREETING.text]);
  assert.equal(page.draft(), "how do I change my address");
  assert.match(page.alert(), /not sent/);
});

test("a conversation the server no longer has is forgotten by its problem type", async () => {
  let starts = 0;
  const page = await pageWithWidget(async (method, url) => {
    if (url.endsWith("/conversations")) return started([{ ...GREETING, id: 1 + 10 * starts++ }]);
    if (url.endsWith("/messages")) {
      return [404, { type: "https://postbot.io/problems/conversation-not-found", title: "Not Found", status: 404 }];
    }
    return [200, {}];
  });
  page.open();
  await settle();

  page.say("hello");
  await settle();

  assert.equal(JSON.parse(sessionStorage.getItem("postbot.conversation")).id, undefined);
  assert.equal(page.draft(), "hello");
});

test("the offer of a person, with nobody online, opens the form for a message saying why", async () => {
  const offer = {
    id: 2,
    author: "system",
    text: "A person?",
    time: GREETING.time,
    payload: { handoff: { offer: "CUSTOMER_ASKED" } },
  };
  const page = await pageWithWidget(async (method, url) => {
    if (url.endsWith("/conversations")) return started([GREETING, offer]);
    if (url.endsWith("/handoff")) {
      return [
        200,
        {
          state: "none",
          open: true,
          available: false,
          agentsOnline: 0,
          openingHours: "always",
          notice: {
            text: "We ask for your name because...",
            legalBasis: "GDPR Art. 6(1)(f)",
            policyUrl: "/privacy.html",
          },
        },
      ];
    }
    return [200, { messages: [] }];
  });
  page.open();
  await settle();

  page.button("Connect me to a person").click();
  await settle();

  assert.match(page.doc.getElementById("pb-offline-reason").textContent, /Nobody in customer service is online/);
  const notice = page.doc.getElementById("pb-contact-notice").textContent;
  assert.equal(notice.split("6(1)(f)").length - 1, 1, notice);
});

test("the live channel authenticates with the token and the last message it has", async () => {
  const page = await pageWithWidget(async (method, url) => (url.endsWith("/conversations") ? started() : [200, {}]));
  page.open();
  await settle();

  const socket = page.sockets[0];
  assert.match(socket.url, /\/ws\/conversations\/c1$/);
  socket.readyState = 1;
  socket.onopen();
  assert.deepEqual(socket.sent, [{ type: "auth", token: "secret", after: 1 }]);
});

test("a full conversation asks for a new chat, by its problem type", async () => {
  const page = await pageWithWidget(async (method, url) => {
    if (url.endsWith("/conversations")) return started();
    if (url.endsWith("/messages")) {
      return [409, { type: "https://postbot.io/problems/conversation-full", title: "Conflict", status: 409 }];
    }
    return [200, {}];
  });
  page.open();
  await settle();

  page.say("one more");
  await settle();

  assert.match(page.alert(), /maximum length/);
  assert.equal(page.draft(), "one more");
});
