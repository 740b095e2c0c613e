import { test } from "node:test";
import assert from "node:assert/strict";
import { createApi, isProblem } from "../../main/webapp/widget/modules/api.js";

function answer(status, body, headers) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status: status,
    headers: Object.assign({ "Content-Type": status < 400 ? "application/json" : "application/problem+json" }, headers),
  });
}

test("a call sends the conversation's token and JSON, and reads JSON back", async () => {
  const calls = [];
  const api = createApi(new URL("https://shop.example/app/"), {
    token: () => "secret",
    fetch: async (url, init) => {
      calls.push({ url, init });
      return answer(200, { messages: [] });
    },
  });

  const r = await api.request("POST", "conversations/c1/messages", { text: "hi" });

  assert.equal(calls[0].url, "https://shop.example/app/api/v1/conversations/c1/messages");
  assert.equal(calls[0].init.headers.Authorization, "Bearer secret");
  assert.equal(calls[0].init.headers["Content-Type"], "application/json");
  assert.equal(calls[0].init.body, '{"text":"hi"}');
  assert.equal(calls[0].init.credentials, "omit");
  assert.deepEqual(r.body, { messages: [] });
  assert.equal(r.problem, null);
});

test("an error answer gives its problem type, on which callers branch", async () => {
  const api = createApi(new URL("https://shop.example/"), {
    fetch: async () =>
      answer(
        429,
        {
          type: "https://postbot.io/problems/too-many-requests",
          title: "Too Many Requests",
          status: 429,
          detail: "wait",
        },
        { "Retry-After": "7" },
      ),
  });

  const r = await api.request("GET", "conversations/c1/messages");

  assert.equal(r.ok, false);
  assert.ok(isProblem(r.problem, "too-many-requests"));
  assert.ok(!isProblem(r.problem, "conversation-not-found"));
  assert.equal(r.problem.retryAfter, "7");
  assert.equal(r.problem.detail, "wait");
});

test("an error without a problem body is about:blank, never a guess from the status", async () => {
  const api = createApi(new URL("https://shop.example/"), {
    fetch: async () => new Response("gateway down", { status: 502, headers: { "Content-Type": "text/plain" } }),
  });

  const r = await api.request("GET", "conversations/c1/messages");

  assert.equal(r.problem.type, "about:blank");
  assert.equal(r.problem.status, 502);
});

test("no token, no Authorization header", async () => {
  let headers;
  const api = createApi(new URL("https://shop.example/"), {
    fetch: async (url, init) => {
      headers = init.headers;
      return answer(200, {});
    },
  });
  await api.request("GET", "conversations/abc/messages");
  assert.equal(headers.Authorization, undefined);
});
