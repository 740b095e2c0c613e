/*
 * The tracking card under the bot's tracking answers: a parcel's status, key dates, pickup point
 * and timeline (the TrackingCard attachment). Everything is set as text, never parsed as HTML.
 */
import { el } from "./dom.js";

/** Draws the card; t gives the widget's texts, formatTime a message time, language the code. */
export function trackingCard(tracking, t, formatTime, language) {
  const card = el("div", { class: "pb-card" }, [
    el("p", { class: "pb-card-title" }, [
      el("span", { class: "pb-card-label", text: t("trackingTitle") + " " }),
      el("span", { class: "pb-card-number", text: String(tracking.number || "") }),
    ]),
    el("p", { class: "pb-card-status", text: String(tracking.statusText || tracking.status || "") }),
  ]);
  if (tracking.expectedDelivery)
    card.appendChild(fact(t("expectedDelivery"), day(tracking.expectedDelivery, language)));
  if (tracking.collectBy) card.appendChild(fact(t("collectBy"), day(tracking.collectBy, language)));
  const pickup = tracking.pickupPoint;
  if (pickup && typeof pickup === "object") {
    const place = [
      pickup.name,
      pickup.address,
      [pickup.postalCode, pickup.city].filter(Boolean).join(" "),
      pickup.openingHours,
    ]
      .filter(function (part) {
        return part;
      })
      .join(", ");
    card.appendChild(fact(t("pickupPoint"), place));
  }
  const events = Array.isArray(tracking.events) ? tracking.events : [];
  if (events.length) {
    const timeline = el("ol", { class: "pb-timeline", "aria-label": t("history") });
    events.forEach(function (event, index) {
      const when = event.time ? el("time", { datetime: String(event.time), text: formatTime(event.time) }) : null;
      timeline.appendChild(
        el("li", { class: index === 0 ? "pb-latest" : "" }, [
          when,
          el("span", { class: "pb-event", text: String(event.description || "") }),
          event.city ? el("span", { class: "pb-city", text: String(event.city) }) : null,
        ]),
      );
    });
    card.appendChild(timeline);
  }
  return card;
}

function fact(label, value) {
  return el("p", { class: "pb-fact" }, [
    el("span", { class: "pb-fact-label", text: label + ": " }),
    document.createTextNode(String(value)),
  ]);
}

/** A date (2026-11-30) as a weekday and date in the language. */
export function day(iso, language) {
  const date = new Date(String(iso) + (String(iso).length === 10 ? "T12:00:00" : ""));
  if (isNaN(date)) return iso;
  return new Intl.DateTimeFormat(language === "nb" ? "nb-NO" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(date);
}
