import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

test("the survey's token goes to the API in the body, never in an address", async () => {
  // given the rating form for a survey link, on a page of its own
  const dom = new JSDOM('<!DOCTYPE html><html lang="en"><body></body></html>', {
    url: "http://127.0.0.1:18080/survey/",
  });
  for (const name of ["window", "document", "navigator", "Event"]) {
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
  }
  const { surveyForm } = await import("../../main/webapp/widget/modules/survey-form.js");
  const calls = [];
  const api = {
    request: async (method, path, body) => {
      calls.push({ method, path, body });
      return { ok: true, status: 204, body: null, problem: null };
    },
  };
  const token = "t".repeat(43);
  const form = surveyForm(api, token, "en", () => {});
  dom.window.document.body.appendChild(form);

  // when the customer picks a score and sends it
  form.querySelector('input[value="4"]').checked = true;
  form.dispatchEvent(new dom.window.Event("submit", { cancelable: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));

  // then the token is in the body of the one call, and in no path
  assert.equal(calls.length, 1);
  assert.equal(calls[0].method, "POST");
  assert.equal(calls[0].path, "surveys/answers");
  assert.deepEqual(calls[0].body, { token: token, score: 4 });
});
