/*
 * Postbot widget, tracking part: the card with a parcel's status, key dates, pickup point and
 * timeline, drawn under the bot's tracking answers. Loaded by postbot.js, which hands over a small
 * bridge. Everything is set as text, never parsed as HTML.
 */
(function () {
  "use strict";

  window.__postbotTracking = function (bridge) {
    var el = bridge.el, t = bridge.t, formatTime = bridge.formatTime;

    function trackingCard(tracking) {
      var card = el("div", { class: "pb-card" }, [
        el("p", { class: "pb-card-title" }, [
          el("span", { class: "pb-card-label", text: t("trackingTitle") + " " }),
          el("span", { class: "pb-card-number", text: String(tracking.number || "") }),
        ]),
        el("p", { class: "pb-card-status", text: String(tracking.statusText || tracking.status || "") }),
      ]);
      if (tracking.expectedDelivery) card.appendChild(fact(t("expectedDelivery"), day(tracking.expectedDelivery)));
      if (tracking.collectBy) card.appendChild(fact(t("collectBy"), day(tracking.collectBy)));
      var pickup = tracking.pickupPoint;
      if (pickup && typeof pickup === "object") {
        var place = [pickup.name, pickup.address, [pickup.postalCode, pickup.city].filter(Boolean).join(" "),
          pickup.openingHours].filter(function (part) { return part; }).join(", ");
        card.appendChild(fact(t("pickupPoint"), place));
      }
      var events = Array.isArray(tracking.events) ? tracking.events : [];
      if (events.length) {
        var timeline = el("ol", { class: "pb-timeline", "aria-label": t("history") });
        events.forEach(function (event, index) {
          var when = event.time ? el("time", { datetime: String(event.time), text: formatTime(event.time) }) : null;
          timeline.appendChild(el("li", { class: index === 0 ? "pb-latest" : "" }, [
            when,
            el("span", { class: "pb-event", text: String(event.description || "") }),
            event.city ? el("span", { class: "pb-city", text: String(event.city) }) : null,
          ]));
        });
        card.appendChild(timeline);
      }
      return card;
    }

    function fact(label, value) {
      return el("p", { class: "pb-fact" }, [el("span", { class: "pb-fact-label", text: label + ": " }),
        document.createTextNode(String(value))]);
    }

    function day(iso) {
      var date = new Date(String(iso) + (String(iso).length === 10 ? "T12:00:00" : ""));
      if (isNaN(date)) return iso;
      return new Intl.DateTimeFormat(bridge.language() === "nb" ? "nb-NO" : "en-GB",
        { weekday: "long", day: "numeric", month: "long" }).format(date);
    }

    return trackingCard;
  };
})();
