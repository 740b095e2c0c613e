/*
 * Drawing a message: its bubble with the author read out, its time, and its attachments (tracking
 * card, buttons, the handoff's offer and survey, an agent's name). Text is set as text only.
 */
import { el } from "./dom.js";
import { trackingCard } from "./tracking.js";

/**
 * The drawing of one widget's messages. The widget gives: t(key), language(), handoff (its
 * attachments(item, payload, stamp)) and choose(label, intent) for a quick reply.
 */
export function messageDrawing(widget) {
  const t = widget.t;

  function authorName(author) {
    return t({ customer: "you", bot: "bot", agent: "agent" }[author] || "system");
  }

  function formatTime(iso) {
    const date = new Date(iso);
    const options = { hour: "2-digit", minute: "2-digit" };
    if (date.toDateString() !== new Date().toDateString()) {
      options.day = "numeric";
      options.month = "short";
    }
    return new Intl.DateTimeFormat(widget.language() === "nb" ? "nb-NO" : "en-GB", options).format(date);
  }

  function bubble(author, text, time) {
    const who = el("span", { class: "pb-who pb-visually-hidden", text: authorName(author) + " " + t("said") + ":" });
    const body = el("p", { class: "pb-text", text: text });
    const stamp = el("time", { class: "pb-time" });
    if (time) {
      stamp.setAttribute("datetime", time);
      stamp.textContent = formatTime(time);
    }
    return el("li", { class: "pb-message pb-" + author, "data-author": author }, [who, body, stamp]);
  }

  /** A message from the server, drawn whole; attachments it cannot draw never hide its text. */
  function message(m) {
    const item = bubble(m.author, m.text, m.time);
    item.setAttribute("data-id", m.id);
    const payload = m.payload && typeof m.payload === "object" ? m.payload : null;
    if (m.author === "agent" && payload && typeof payload.agent === "string") {
      /* the agent's own name, visible and read out instead of "Customer service said:" */
      item.setAttribute("data-name", payload.agent);
      item.querySelector(".pb-who").textContent = payload.agent + " " + t("said") + ":";
      item.insertBefore(
        el("span", { class: "pb-agent-name", "aria-hidden": "true", text: payload.agent }),
        item.firstChild,
      );
    }
    if (payload) {
      try {
        attachments(item, payload);
      } catch {
        /* nothing more to draw */
      }
    }
    return item;
  }

  function attachments(item, payload) {
    const stamp = item.querySelector(":scope > .pb-time");
    if (payload.tracking) item.insertBefore(trackingCard(payload.tracking, t, formatTime, widget.language()), stamp);
    if (payload.handoff || payload.survey) widget.handoff().attachments(item, payload, stamp);
    const buttons = Array.isArray(payload.buttons) ? payload.buttons : [];
    if (!buttons.length) return;
    const row = el("div", { class: "pb-buttons" });
    buttons.forEach(function (button) {
      if (typeof button.label !== "string") return;
      if (typeof button.url === "string" && /^https?:\/\//i.test(button.url)) {
        row.appendChild(
          el("a", { class: "pb-link", href: button.url, target: "_blank", rel: "noopener noreferrer" }, [
            document.createTextNode(button.label),
            el("span", { class: "pb-visually-hidden", text: " " + t("opensInNewTab") }),
          ]),
        );
      } else if (!button.url) {
        row.appendChild(
          el("button", {
            type: "button",
            class: "pb-quick",
            text: button.label,
            onclick: function () {
              widget.choose(button.label, button.intent);
            },
          }),
        );
      }
    });
    item.insertBefore(row, stamp);
  }

  return { authorName: authorName, formatTime: formatTime, bubble: bubble, message: message };
}
