// A page with the widget on it, in jsdom: a fake network the test scripts, a fake WebSocket.
import { JSDOM } from "jsdom";

const timers = [];

/** Starts the widget on a fresh page; server(method, url, body) answers like the API. */
export async function pageWithWidget(server) {
  const dom = new JSDOM('<!DOCTYPE html><html lang="en"><head></head><body></body></html>', {
    url: "http://127.0.0.1:18080/",
    pretendToBeVisual: true,
  });
  for (const name of ["window", "document", "sessionStorage", "CustomEvent", "navigator"]) {
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
  }
  const sockets = [];
  globalThis.WebSocket = class {
    constructor(url) {
      this.url = url;
      this.readyState = 0;
      this.sent = [];
      sockets.push(this);
    }
    send(data) {
      this.sent.push(JSON.parse(data));
    }
    close() {}
  };
  const realInterval = globalThis.setInterval;
  globalThis.setInterval = (...args) => {
    const timer = realInterval(...args);
    timers.push(timer);
    return timer;
  };
  globalThis.fetch = async (url, init) => {
    const answer = await server(init.method, String(url), init.body ? JSON.parse(init.body) : undefined);
    if (answer instanceof Error) throw answer;
    const [status, body] = answer;
    const type = status < 400 ? "application/json" : "application/problem+json";
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { "Content-Type": type },
    });
  };
  const { startWidget } = await import("../../main/webapp/widget/modules/widget.js");
  startWidget({ base: new URL("http://127.0.0.1:18080/"), language: "en", theme: "light", transport: "websocket" });
  const doc = dom.window.document;
  return {
    doc,
    sockets,
    open: () => doc.querySelector(".pb-launcher").click(),
    say(text) {
      const input = doc.getElementById("pb-input");
      input.value = text;
      input.dispatchEvent(new dom.window.Event("input"));
      doc.querySelector(".pb-form").dispatchEvent(new dom.window.Event("submit", { cancelable: true }));
    },
    messages: () =>
      [...doc.querySelectorAll(".pb-message")].map(
        (li) =>
          li.getAttribute("data-author") +
          ":" +
          li.querySelector(".pb-text").textContent +
          (li.classList.contains("pb-pending") ? " (pending)" : ""),
      ),
    alert: () => doc.querySelector(".pb-alert").textContent,
    draft: () => doc.getElementById("pb-input").value,
    button: (name) => [...doc.querySelectorAll("#postbot button")].find((b) => b.textContent === name),
  };
}

/** Lets the page's promises and short timers run. */
export function settle(ms = 30) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Stops the widget's intervals, so the test process can end. */
export function stopTimers() {
  timers.splice(0).forEach(clearInterval);
}

export const GREETING = { id: 1, author: "bot", text: "Hi! How can I help?", time: "2026-12-02T09:00:00Z" };

export function started(messages) {
  return [201, { id: "c1", token: "secret", language: "en", messages: messages || [GREETING] }];
}
