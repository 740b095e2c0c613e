/*
 * Postbot widget, handoff part: the offer of a person, the contact and offline forms, the queue,
 * the agent, and the survey after the chat. Loaded by postbot.js, which hands over a small bridge
 * (see hooks there). Everything is set as text, never parsed as HTML. See docs/handoff.md.
 */
(function () {
  "use strict";

  var TEXTS = {
    en: {
      connect: "Connect me to a person", noThanks: "No thanks",
      formTitle: "Talk to a person", name: "Name", email: "E-mail", phone: "Phone",
      legalBasis: "Legal basis", policy: "Privacy policy", join: "Join the queue", cancel: "Cancel",
      offlineTitle: "Leave us a message",
      offlineClosed: "Customer service is closed now, so nobody can answer.",
      offlineOpens: "It opens {when}.",
      offlineNobody: "Nobody in customer service is online right now, so nobody can answer.",
      offlineHours: "Opening hours: {hours}.",
      offlineText: "Leave a message and we will contact you.",
      message: "Your message", sendMessage: "Send message",
      offlineSent: "Thank you. Customer service will contact you.",
      queued: "You are number {n} in the queue.", wait: "Estimated wait: about {m} min.",
      leaveQueue: "Leave queue", left: "You left the queue. Postbot answers again.",
      withAgent: "You are chatting with {name}.", agentLeft: "The chat with customer service has ended.",
      agentTyping: "{name} is typing…", someone: "Customer service",
      surveyTitle: "How was your chat with customer service?",
      score: "Your rating from 1 (very poor) to 5 (very good)",
      scores: ["1, very poor", "2, poor", "3, okay", "4, good", "5, very good"],
      comment: "Comment (optional)", sendSurvey: "Send rating", thanks: "Thank you for your feedback!",
      answered: "This survey has already been answered.", chooseScore: "Choose a rating from 1 to 5.",
      error: "Something went wrong. Please try again.",
    },
    nb: {
      connect: "Sett meg over til en person", noThanks: "Nei takk",
      formTitle: "Snakk med en person", name: "Navn", email: "E-post", phone: "Telefon",
      legalBasis: "Rettslig grunnlag", policy: "Personvernerklæring", join: "Still meg i kø", cancel: "Avbryt",
      offlineTitle: "Legg igjen en melding",
      offlineClosed: "Kundeservice er stengt nå, så ingen kan svare.",
      offlineOpens: "Vi åpner {when}.",
      offlineNobody: "Ingen i kundeservice er pålogget akkurat nå, så ingen kan svare.",
      offlineHours: "Åpningstider: {hours}.",
      offlineText: "Legg igjen en melding, så kontakter vi deg.",
      message: "Din melding", sendMessage: "Send melding",
      offlineSent: "Takk. Kundeservice kontakter deg.",
      queued: "Du er nummer {n} i køen.", wait: "Forventet ventetid: omtrent {m} min.",
      leaveQueue: "Forlat køen", left: "Du forlot køen. Postbot svarer igjen.",
      withAgent: "Du chatter med {name}.", agentLeft: "Chatten med kundeservice er avsluttet.",
      agentTyping: "{name} skriver…", someone: "Kundeservice",
      surveyTitle: "Hvordan var chatten med kundeservice?",
      score: "Din vurdering fra 1 (svært dårlig) til 5 (svært bra)",
      scores: ["1, svært dårlig", "2, dårlig", "3, middels", "4, bra", "5, svært bra"],
      comment: "Kommentar (valgfritt)", sendSurvey: "Send vurdering", thanks: "Takk for tilbakemeldingen!",
      answered: "Denne undersøkelsen er allerede besvart.", chooseScore: "Velg en vurdering fra 1 til 5.",
      error: "Noe gikk galt. Prøv igjen.",
    },
  };

  window.__postbotHandoff = function (bridge) {
    var el = bridge.el;
    var area = bridge.area;
    var view = null; // what the area shows: "form", "offline", "queued", "agent", "survey", "thanks"
    var status = null;
    var surveyShown = {};
    var typingTimer = null;

    function t(key) { return TEXTS[bridge.language()][key]; }

    function fill(text, values) {
      return text.replace(/\{(\w+)\}/g, function (all, key) { return values[key] === undefined ? all : String(values[key]); });
    }

    function url(path) { return new URL(path, bridge.base).href; }

    function call(method, path, body) {
      var c = bridge.conversation();
      if (!c) return Promise.reject(new Error("no conversation"));
      var headers = { Accept: "application/json", Authorization: "Bearer " + c.token };
      if (body !== undefined) headers["Content-Type"] = "application/json";
      return fetch(url("api/v1/conversations/" + c.id + "/handoff" + (path || "")), {
        method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit", cache: "no-store",
      }).then(readJson);
    }

    function readJson(response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { ok: response.ok, status: response.status, body: json };
      });
    }

    function clear() {
      area.textContent = "";
      view = null;
    }

    function panel(kind, titleText) {
      clear();
      view = kind;
      var title = el("h3", { id: "pb-handoff-title", class: "pb-panel-title", tabindex: "-1", text: titleText });
      var box = el("div", { class: "pb-handoff-" + kind, role: "group", "aria-labelledby": "pb-handoff-title" }, [title]);
      area.appendChild(box);
      return box;
    }

    function field(id, label, type, autocomplete) {
      var input = type === "textarea"
        ? el("textarea", { id: id, name: id, rows: "3", required: "", maxlength: "2000" })
        : el("input", { id: id, name: id, type: type, required: "", autocomplete: autocomplete });
      return { input: input, node: el("p", { class: "pb-field" }, [el("label", { for: id, text: label }), input]) };
    }

    /* ---------- the offer inside the bot's message ---------- */

    function offer(item, stamp) {
      var row = el("div", { class: "pb-buttons pb-offer" });
      row.appendChild(el("button", { type: "button", class: "pb-quick", text: t("connect"), onclick: function () {
        row.remove();
        accept();
      } }));
      row.appendChild(el("button", { type: "button", class: "pb-quick", text: t("noThanks"), onclick: function () {
        row.remove();
        bridge.focusInput();
      } }));
      item.insertBefore(row, stamp);
    }

    function accept() {
      call("GET").then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        status = r.body;
        if (status.state === "queued" || status.state === "with_agent") return show(status);
        contactForm(status, !(status.available || (status.open && status.agentsOnline > 0)));
      }).catch(function () { bridge.fail(t("error")); });
    }

    /* ---------- contact form (queue) and offline form ---------- */

    /* why nobody can answer (closed, or nobody online) and, when closed, when it opens */
    function offlineReason(s) {
      var lines = [];
      if (s && s.open === false) {
        lines.push(t("offlineClosed"));
        var opens = s.nextOpening ? new Date(s.nextOpening) : null;
        if (opens && !isNaN(opens.getTime())) {
          lines.push(fill(t("offlineOpens"), { when: new Intl.DateTimeFormat(
            bridge.language() === "nb" ? "nb-NO" : "en-GB",
            { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }).format(opens) }));
        }
      } else {
        lines.push(t("offlineNobody"));
      }
      if (s && s.openingHours) lines.push(fill(t("offlineHours"), { hours: s.openingHours }));
      lines.push(t("offlineText"));
      return lines.join(" ");
    }

    function contactForm(s, offline) {
      var notice = s && s.notice;
      var box = panel(offline ? "offline" : "form", t(offline ? "offlineTitle" : "formTitle"));
      var form = el("form", { class: "pb-contact", novalidate: "" });
      if (offline) form.appendChild(el("p", { class: "pb-panel-text", id: "pb-offline-reason", text: offlineReason(s) }));
      var name = field("pb-contact-name", t("name"), "text", "name");
      var email = field("pb-contact-email", t("email"), "email", "email");
      var phone = field("pb-contact-phone", t("phone"), "tel", "tel");
      [name, email, phone].forEach(function (f) { form.appendChild(f.node); });
      var message = offline ? field("pb-contact-message", t("message"), "textarea") : null;
      if (message) form.appendChild(message.node);
      if (notice) {
        var policy = notice.policyUrl ? el("a", { href: url(String(notice.policyUrl).replace(/^\//, "")),
          target: "_blank", rel: "noopener", text: t("policy") }) : null;
        form.appendChild(el("p", { id: "pb-contact-notice", class: "pb-notice" }, [
          document.createTextNode(String(notice.text || "") + " "),
          el("span", { text: t("legalBasis") + ": " + String(notice.legalBasis || "") + ". " }), policy]));
        [name, email, phone].forEach(function (f) { f.input.setAttribute("aria-describedby", "pb-contact-notice"); });
      }
      var problem = el("p", { class: "pb-form-error", role: "alert", id: "pb-contact-error" });
      form.appendChild(problem);
      var submit = el("button", { type: "submit", class: "pb-primary", text: t(offline ? "sendMessage" : "join") });
      form.appendChild(el("div", { class: "pb-panel-buttons" }, [submit,
        el("button", { type: "button", class: "pb-secondary", text: t("cancel"), onclick: function () { clear(); bridge.focusInput(); } })]));
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        problem.textContent = "";
        var body = { name: name.input.value.trim(), email: email.input.value.trim(), phone: phone.input.value.trim() };
        if (message) body.message = message.input.value.trim();
        submit.disabled = true;
        call("POST", offline ? "/offline" : "", body).then(function (r) {
          submit.disabled = false;
          if (r.ok) {
            status = r.body;
            if (offline) { done(t("offlineSent")); return; }
            show(status);
            return;
          }
          if (r.status === 409 && !offline) {
            /* nobody can take the chat any more: say why, from a fresh status */
            call("GET").then(function (fresh) { contactForm(fresh.ok ? fresh.body : s, true); },
              function () { contactForm(s, true); });
            return;
          }
          problem.textContent = (r.body && (r.body.detail || r.body.title)) || t("error");
        }).catch(function () { submit.disabled = false; problem.textContent = t("error"); });
      });
      box.appendChild(form);
      name.input.focus();
    }

    function done(text) {
      var box = panel("thanks", text);
      box.setAttribute("role", "status");
      bridge.focusInput();
    }

    /* ---------- queue, agent, closed ---------- */

    function show(s) {
      status = s;
      if (s.state === "queued") queued(s.position, s.estimateSeconds);
      else if (s.state === "with_agent") withAgent(s.agent);
      else if (s.state === "closed" && s.surveyToken) survey(s.surveyToken);
      else if (view === "queued" || view === "agent") clear();
    }

    function queued(position, estimate) {
      var fresh = view !== "queued";
      var box = fresh ? panel("queued", "") : area.firstChild;
      var title = box.querySelector("h3");
      title.textContent = fill(t("queued"), { n: position });
      var wait = box.querySelector(".pb-wait");
      if (!wait) {
        wait = el("p", { class: "pb-wait" });
        box.appendChild(wait);
        box.appendChild(el("div", { class: "pb-panel-buttons" }, [el("button", { type: "button", class: "pb-secondary",
          text: t("leaveQueue"), onclick: leave })]));
        box.setAttribute("aria-live", "polite");
      }
      wait.textContent = estimate ? fill(t("wait"), { m: Math.max(1, Math.round(estimate / 60)) }) : "";
      box.setAttribute("data-position", String(position));
      if (status) { status.state = "queued"; status.position = position; status.estimateSeconds = estimate; }
      if (fresh) title.focus();
    }

    function leave() {
      call("DELETE").then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        status = r.body;
        clear();
        bridge.announce(t("left"));
        bridge.focusInput();
      }).catch(function () { bridge.fail(t("error")); });
    }

    function withAgent(name) {
      var box = panel("agent", fill(t("withAgent"), { name: name || t("someone") }));
      box.setAttribute("role", "status");
    }

    function agentTyping(name) {
      bridge.typing(true, fill(t("agentTyping"), { name: name || (status && status.agent) || t("someone") }));
      if (typingTimer) clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { typingTimer = null; bridge.typing(false); }, 6000);
    }

    /* ---------- the survey ---------- */

    function survey(token) {
      if (surveyShown[token] || bridge.answered(token)) return;
      surveyShown[token] = true;
      var box = panel("survey", t("surveyTitle"));
      box.appendChild(surveyForm(bridge.el, bridge.base, token, bridge.language(), TEXTS, function () {
        bridge.markAnswered(token);
      }));
    }

    function frame(event) {
      var f = event.detail || {};
      if (f.type === "queue" && typeof f.position === "number") queued(f.position, f.estimateSeconds);
      else if (f.type === "agent" && f.event === "joined") {
        bridge.typing(false);
        call("GET").then(function (r) { if (r.ok) show(r.body); }).catch(function () {});
      } else if (f.type === "agent" && f.event === "left") {
        bridge.typing(false);
        if (view === "agent" || view === "queued") { clear(); bridge.announce(t("agentLeft")); }
        refreshSoon(0);
      } else if (f.type === "typing" && f.author === "agent" && f.typing !== false) agentTyping(f.name);
    }

    /* the survey invitation is made just after the close; ask a few times until it is there */
    function refreshSoon(attempt) {
      setTimeout(function () {
        call("GET").then(function (r) {
          if (!r.ok) return;
          if (r.body.state === "closed" && !r.body.surveyToken && attempt < 5) refreshSoon(attempt + 1);
          else show(r.body);
        }).catch(function () {});
      }, attempt ? 2000 : 300);
    }

    bridge.root.addEventListener("postbot:frame", frame);

    return {
      /* a payload the message code does not know: the offer and the survey link */
      payload: function (item, payload, stamp) {
        if (payload.handoff && payload.handoff.offer) offer(item, stamp);
        if (payload.survey && typeof payload.survey.token === "string") survey(payload.survey.token);
        /* "X joined / left the chat" arrives as a message, which reaches the widget without gaps even
           when the live frame for it was missed (reconnect, polling): ask where the handoff stands */
        if (payload.handoff && (payload.handoff.event === "joined" || payload.handoff.event === "left")) refreshSoon(0);
      },
      /* after a reload: where does the handoff stand? */
      resume: function () {
        call("GET").then(function (r) { if (r.ok) show(r.body); }).catch(function () {});
      },
      agentMessage: function () {
        if (typingTimer) { clearTimeout(typingTimer); typingTimer = null; }
        bridge.typing(false);
      },
      reset: function () { clear(); status = null; surveyShown = {}; },
      texts: function () {
        if (view === "queued" && status) { var s = status; clear(); queued(s.position, s.estimateSeconds); }
        else if (view === "agent" && status) withAgent(status.agent);
      },
    };
  };

  /* The rating form, shared with the survey page for e-mailed links (survey/index.html). */
  function surveyForm(el, base, token, language, texts, answered) {
    var t = function (key) { return (texts || TEXTS)[language][key]; };
    var form = el("form", { class: "pb-survey", novalidate: "" });
    var legend = el("legend", { text: t("score") });
    var set = el("fieldset", { class: "pb-scores" }, [legend]);
    t("scores").forEach(function (label, index) {
      var id = "pb-score-" + (index + 1);
      set.appendChild(el("span", { class: "pb-score" }, [
        el("input", { type: "radio", name: "pb-score", id: id, value: String(index + 1) }),
        el("label", { for: id, text: label }),
      ]));
    });
    form.appendChild(set);
    var comment = el("textarea", { id: "pb-survey-comment", rows: "3", maxlength: "2000" });
    form.appendChild(el("p", { class: "pb-field" }, [el("label", { for: "pb-survey-comment", text: t("comment") }), comment]));
    var problem = el("p", { class: "pb-form-error", role: "alert" });
    form.appendChild(problem);
    var submit = el("button", { type: "submit", class: "pb-primary", text: t("sendSurvey") });
    form.appendChild(el("div", { class: "pb-panel-buttons" }, [submit]));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = form.querySelector("input[name=pb-score]:checked");
      if (!chosen) { problem.textContent = t("chooseScore"); return; }
      submit.disabled = true;
      var body = { score: Number(chosen.value) };
      if (comment.value.trim()) body.comment = comment.value.trim();
      fetch(new URL("api/v1/surveys/" + encodeURIComponent(token), base).href, {
        method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body), credentials: "omit", cache: "no-store",
      }).then(function (response) {
        if (response.ok || response.status === 409) {
          answered();
          var note = el("p", { class: "pb-thanks", role: "status", tabindex: "-1",
            text: t(response.ok ? "thanks" : "answered") });
          form.replaceWith(note);
          note.focus();
          return;
        }
        submit.disabled = false;
        return response.json().then(function (p) { problem.textContent = p.detail || t("error"); },
          function () { problem.textContent = t("error"); });
      }).catch(function () { submit.disabled = false; problem.textContent = t("error"); });
    });
    return form;
  }

  window.__postbotSurveyForm = surveyForm;
})();
