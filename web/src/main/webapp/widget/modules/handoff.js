/*
 * The handoff screens: the offer of a person, the contact and offline forms, the queue, the agent,
 * and the survey after the chat, moving between views by the table in handoff-flow.js. Everything
 * is set as text, never parsed as HTML. See docs/handoff.md.
 */
import { el } from "./dom.js";
import { HANDOFF_TEXTS, fill } from "./texts.js";
import { isProblem } from "./api.js";
import { availability, eventFor, next } from "./handoff-flow.js";
import { surveyForm } from "./survey-form.js";

/**
 * The handoff part of one widget. The widget gives: base, area (where the views are drawn),
 * api (the shared client), language(), conversation() ({id, token} or null), typing(on, text),
 * announce(text), fail(text), focusInput(), answered(token), markAnswered(token).
 */
export function handoffScreens(widget) {
  const area = widget.area;
  let view = "none";
  let status = null;
  let surveyShown = {};
  let typingTimer = null;

  function t(key) {
    return HANDOFF_TEXTS[widget.language()][key];
  }

  function call(method, path, body) {
    const c = widget.conversation();
    if (!c) return Promise.reject(new Error("no conversation"));
    return widget.api.request(method, "conversations/" + c.id + "/handoff" + (path || ""), body);
  }

  /* what each view draws; the table decides which one follows an event */
  const DRAW = {
    none: function () {
      clear();
    },
    asking: function () {},
    form: function (s) {
      contactForm(s, false);
    },
    offline: function (s) {
      contactForm(s, true);
    },
    queued: function (s) {
      queued(s.position, s.estimateSeconds);
    },
    agent: function (s) {
      withAgent(s.agent);
    },
    survey: function (s) {
      survey(s.surveyToken);
    },
    thanks: function (s) {
      done(s.text);
    },
  };

  function go(event, data) {
    const to = next(view, event);
    if (!to) return;
    if (data && data.state) status = data;
    if (to === "asking") view = to; // the views that draw set it themselves (panel, clear)
    DRAW[to](data || status || {});
  }

  function clear() {
    area.textContent = "";
    view = "none";
  }

  function panel(kind, titleText) {
    area.textContent = "";
    view = kind;
    const title = el("h3", { id: "pb-handoff-title", class: "pb-panel-title", tabindex: "-1", text: titleText });
    const box = el("div", { class: "pb-handoff-" + kind, role: "group", "aria-labelledby": "pb-handoff-title" }, [
      title,
    ]);
    area.appendChild(box);
    return box;
  }

  function field(id, label, type, autocomplete) {
    const input =
      type === "textarea"
        ? el("textarea", { id: id, name: id, rows: "3", required: "", maxlength: "2000" })
        : el("input", { id: id, name: id, type: type, required: "", autocomplete: autocomplete });
    return { input: input, node: el("p", { class: "pb-field" }, [el("label", { for: id, text: label }), input]) };
  }

  /* ---------- the offer inside the bot's message ---------- */

  function offer(item, stamp) {
    const row = el("div", { class: "pb-buttons pb-offer" });
    row.appendChild(
      el("button", {
        type: "button",
        class: "pb-quick",
        text: t("connect"),
        onclick: function () {
          row.remove();
          accept();
        },
      }),
    );
    row.appendChild(
      el("button", {
        type: "button",
        class: "pb-quick",
        text: t("noThanks"),
        onclick: function () {
          row.remove();
          widget.focusInput();
        },
      }),
    );
    item.insertBefore(row, stamp);
  }

  function accept() {
    go("offerAccepted");
    call("GET")
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        const event = eventFor(r.body);
        go(event === "idle" ? availability(r.body) : event, r.body);
      })
      .catch(function () {
        go("failed");
        widget.fail(t("error"));
      });
  }

  /* ---------- contact form (queue) and offline form ---------- */

  /* why nobody can answer (closed, or nobody online) and, when closed, when it opens */
  function offlineReason(s) {
    return offlineWording(s, widget.language());
  }

  function contactForm(s, offline) {
    const notice = s && s.notice;
    const box = panel(offline ? "offline" : "form", t(offline ? "offlineTitle" : "formTitle"));
    const form = el("form", { class: "pb-contact", novalidate: "" });
    if (offline) form.appendChild(el("p", { class: "pb-panel-text", id: "pb-offline-reason", text: offlineReason(s) }));
    const name = field("pb-contact-name", t("name"), "text", "name");
    const email = field("pb-contact-email", t("email"), "email", "email");
    const phone = field("pb-contact-phone", t("phone"), "tel", "tel");
    [name, email, phone].forEach(function (f) {
      form.appendChild(f.node);
    });
    const message = offline ? field("pb-contact-message", t("message"), "textarea") : null;
    if (message) form.appendChild(message.node);
    if (notice) {
      const policy = notice.policyUrl
        ? el("a", {
            href: new URL(String(notice.policyUrl).replace(/^\//, ""), widget.base).href,
            target: "_blank",
            rel: "noopener",
            text: t("policy"),
          })
        : null;
      form.appendChild(
        el("p", { id: "pb-contact-notice", class: "pb-notice" }, [
          document.createTextNode(String(notice.text || "") + " "),
          el("span", { text: t("legalBasis") + ": " + String(notice.legalBasis || "") + ". " }),
          policy,
        ]),
      );
      [name, email, phone].forEach(function (f) {
        f.input.setAttribute("aria-describedby", "pb-contact-notice");
      });
    }
    const problem = el("p", { class: "pb-form-error", role: "alert", id: "pb-contact-error" });
    form.appendChild(problem);
    const submit = el("button", { type: "submit", class: "pb-primary", text: t(offline ? "sendMessage" : "join") });
    form.appendChild(
      el("div", { class: "pb-panel-buttons" }, [
        submit,
        el("button", {
          type: "button",
          class: "pb-secondary",
          text: t("cancel"),
          onclick: function () {
            go("cancelled");
            widget.focusInput();
          },
        }),
      ]),
    );
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      problem.textContent = "";
      const body = { name: name.input.value.trim(), email: email.input.value.trim(), phone: phone.input.value.trim() };
      if (message) body.message = message.input.value.trim();
      submit.disabled = true;
      call("POST", offline ? "/offline" : "", body)
        .then(function (r) {
          submit.disabled = false;
          if (r.ok) {
            if (offline) go("offlineSent", { text: t("offlineSent") });
            else go("joined", r.body);
            return;
          }
          if (
            !offline &&
            (isProblem(r.problem, "handoff-unavailable") || isProblem(r.problem, "handoff-already-requested"))
          ) {
            /* nobody can take the chat any more: say why, from a fresh status */
            call("GET").then(
              function (fresh) {
                go("refused", fresh.ok ? fresh.body : s);
              },
              function () {
                go("refused", s);
              },
            );
            return;
          }
          problem.textContent = (r.problem && (r.problem.detail || r.problem.title)) || t("error");
        })
        .catch(function () {
          submit.disabled = false;
          problem.textContent = t("error");
        });
    });
    box.appendChild(form);
    name.input.focus();
  }

  function done(text) {
    const box = panel("thanks", text);
    box.setAttribute("role", "status");
    widget.focusInput();
  }

  /* ---------- queue, agent, closed ---------- */

  function show(s) {
    go(eventFor(s), s);
  }

  function queued(position, estimate) {
    const fresh = view !== "queued";
    const box = fresh ? panel("queued", "") : area.firstChild;
    const title = box.querySelector("h3");
    title.textContent = fill(t("queued"), { n: position });
    let wait = box.querySelector(".pb-wait");
    if (!wait) {
      wait = el("p", { class: "pb-wait" });
      box.appendChild(wait);
      box.appendChild(
        el("div", { class: "pb-panel-buttons" }, [
          el("button", { type: "button", class: "pb-secondary", text: t("leaveQueue"), onclick: leave }),
        ]),
      );
      box.setAttribute("aria-live", "polite");
    }
    wait.textContent = estimate ? fill(t("wait"), { m: Math.max(1, Math.round(estimate / 60)) }) : "";
    box.setAttribute("data-position", String(position));
    status = Object.assign({}, status || {}, { state: "queued", position: position, estimateSeconds: estimate });
    if (fresh) title.focus();
  }

  function leave() {
    call("DELETE")
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        status = r.body;
        go("leftQueue");
        widget.announce(t("left"));
        widget.focusInput();
      })
      .catch(function () {
        widget.fail(t("error"));
      });
  }

  function withAgent(name) {
    const box = panel("agent", fill(t("withAgent"), { name: name || t("someone") }));
    box.setAttribute("role", "status");
  }

  function agentTyping(name) {
    widget.typing(true, fill(t("agentTyping"), { name: name || (status && status.agent) || t("someone") }));
    if (typingTimer) clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      typingTimer = null;
      widget.typing(false);
    }, 6000);
  }

  /* ---------- the survey ---------- */

  function survey(token) {
    if (!token || surveyShown[token] || widget.answered(token)) return;
    surveyShown[token] = true;
    const box = panel("survey", t("surveyTitle"));
    box.appendChild(
      surveyForm(widget.api, token, widget.language(), function () {
        widget.markAnswered(token);
      }),
    );
  }

  /* the survey invitation is made just after the close; ask a few times until it is there */
  function refreshSoon(attempt) {
    setTimeout(
      function () {
        call("GET")
          .then(function (r) {
            if (!r.ok) return;
            if (r.body.state === "closed" && !r.body.surveyToken && attempt < 5) refreshSoon(attempt + 1);
            else show(r.body);
          })
          .catch(function () {});
      },
      attempt ? 2000 : 300,
    );
  }

  return {
    /* a live frame: the queue moved, a person joined or left, an agent types */
    frame: function (f) {
      if (f.type === "queue" && typeof f.position === "number") {
        go("queued", { state: "queued", position: f.position, estimateSeconds: f.estimateSeconds });
      } else if (f.type === "agent" && f.event === "joined") {
        widget.typing(false);
        call("GET")
          .then(function (r) {
            if (r.ok) show(r.body);
          })
          .catch(function () {});
      } else if (f.type === "agent" && f.event === "left") {
        widget.typing(false);
        if (view === "agent" || view === "queued") {
          go("agentLeft");
          widget.announce(t("agentLeft"));
        }
        refreshSoon(0);
      } else if (f.type === "typing" && f.author === "agent" && f.typing !== false) agentTyping(f.name);
    },
    /* a message's handoff attachments: the offer, a survey invitation, a person joined or left */
    attachments: function (item, payload, stamp) {
      if (payload.handoff && payload.handoff.offer) offer(item, stamp);
      if (payload.survey && typeof payload.survey.token === "string") {
        go("closed", { state: "closed", surveyToken: payload.survey.token });
      }
      /* "X joined / left the chat" reaches the widget without gaps even when the live frame was
         missed (reconnect, polling): ask where the handoff stands */
      if (payload.handoff && (payload.handoff.event === "joined" || payload.handoff.event === "left")) refreshSoon(0);
    },
    /* after a reload: where does the handoff stand? */
    resume: function () {
      call("GET")
        .then(function (r) {
          if (r.ok) show(r.body);
        })
        .catch(function () {});
    },
    agentMessage: function () {
      if (typingTimer) {
        clearTimeout(typingTimer);
        typingTimer = null;
      }
      widget.typing(false);
    },
    reset: function () {
      clear();
      status = null;
      surveyShown = {};
    },
    texts: function () {
      if (view === "queued" && status) {
        const s = status;
        clear();
        queued(s.position, s.estimateSeconds);
      } else if (view === "agent" && status) withAgent(status.agent);
    },
  };
}

/** Why nobody can answer and, when closed, when customer service opens; in the language. */
export function offlineWording(s, language) {
  const t = function (key) {
    return HANDOFF_TEXTS[language][key];
  };
  const lines = [];
  if (s && s.open === false) {
    lines.push(t("offlineClosed"));
    const opens = s.nextOpening ? new Date(s.nextOpening) : null;
    if (opens && !isNaN(opens.getTime())) {
      lines.push(
        fill(t("offlineOpens"), {
          when: new Intl.DateTimeFormat(language === "nb" ? "nb-NO" : "en-GB", {
            weekday: "long",
            day: "numeric",
            month: "long",
            hour: "2-digit",
            minute: "2-digit",
          }).format(opens),
        }),
      );
    }
  } else {
    lines.push(t("offlineNobody"));
  }
  if (s && s.openingHours) lines.push(fill(t("offlineHours"), { hours: s.openingHours }));
  lines.push(t("offlineText"));
  return lines.join(" ");
}
