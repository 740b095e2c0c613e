/*
 * The chat widget: its window, the conversation and its state (kept in sessionStorage so a reload
 * resumes exactly here), sending with a queue for what is typed before the conversation exists,
 * and the panels for download, delete and end. Started by postbot.js; see docs/widget.md.
 */
import { createApi, isProblem } from "./api.js";
import { ICON_CHAT, ICON_CLOSE, ICON_SEND, el, icon } from "./dom.js";
import { handoffScreens } from "./handoff.js";
import { liveChannel } from "./live.js";
import { messageDrawing } from "./messages.js";
import { TEXTS, normaliseLanguage } from "./texts.js";

/** Draws the widget on the page and starts it; config: base (URL), language, theme, transport. */
export function startWidget(config) {
  var base = config.base;
  config.language = normaliseLanguage(config.language);
  var MAX_LENGTH = 2000;
  var STORE = "postbot.conversation";

  /* ---------- state, kept in sessionStorage so a reload resumes exactly here ---------- */

  var state = load() || { language: config.language, open: false };
  var rendered = {};
  var pending = [];
  var waiting = []; /* typed before the conversation existed */
  var outbox = Promise.resolve();
  var busy = 0;
  var resumed = !state.id;
  var deleting = false;

  function load() {
    try {
      return JSON.parse(sessionStorage.getItem(STORE));
    } catch {
      return null;
    }
  }

  function save() {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(state));
    } catch {
      /* private mode: the chat still works, it just does not survive a reload */
    }
  }

  function t(key) {
    return TEXTS[state.language][key];
  }

  /* the parts: one API client, the message drawing, the handoff screens, the live channel */
  var api = createApi(base, {
    token: function () {
      return state.token;
    },
  });
  var drawing = messageDrawing({
    t: t,
    language: function () {
      return state.language;
    },
    handoff: function () {
      return handoff;
    },
    choose: function (label, intent) {
      send(label, intent);
    },
  });
  var handoff;
  var channel;

  /* ---------- the widget's elements ---------- */

  var ui = {};

  function build() {
    document.head.appendChild(el("link", { rel: "stylesheet", href: new URL("widget/postbot.css", base).href }));
    ui.root = el("div", { id: "postbot", class: "pb-root pb-" + config.theme });
    ui.launcher = el(
      "button",
      {
        type: "button",
        class: "pb-launcher",
        "aria-expanded": "false",
        "aria-controls": "pb-window",
        onclick: function () {
          openWindow(true);
        },
      },
      [icon(ICON_CHAT)],
    );

    ui.title = el("h2", { id: "pb-title", class: "pb-title" });
    ui.subtitle = el("p", { class: "pb-subtitle" });
    ui.language = el("button", { type: "button", class: "pb-lang", onclick: switchLanguage });
    ui.options = el("button", {
      type: "button",
      class: "pb-icon-button pb-options",
      "aria-haspopup": "menu",
      "aria-expanded": "false",
      "aria-controls": "pb-menu",
      onclick: toggleMenu,
      text: "?",
    });
    ui.end = el("button", {
      type: "button",
      class: "pb-end",
      onclick: function () {
        showPanel("end");
      },
    });
    ui.close = el(
      "button",
      {
        type: "button",
        class: "pb-icon-button pb-close",
        onclick: function () {
          closeWindow();
        },
      },
      [icon(ICON_CLOSE)],
    );
    ui.download = el("button", {
      type: "button",
      role: "menuitem",
      tabindex: "-1",
      id: "pb-menu-download",
      onclick: function () {
        closeMenu(false);
        showPanel("download");
      },
    });
    ui.remove = el("button", {
      type: "button",
      role: "menuitem",
      tabindex: "-1",
      id: "pb-menu-delete",
      onclick: function () {
        closeMenu(false);
        showPanel("delete");
      },
    });
    ui.menu = el("div", { id: "pb-menu", role: "menu", class: "pb-menu", hidden: "", onkeydown: menuKeys }, [
      ui.download,
      ui.remove,
    ]);

    ui.list = el("ol", { class: "pb-list" });
    /* focusable so keyboard users can scroll the conversation */
    ui.log = el(
      "div",
      { class: "pb-log", role: "log", "aria-live": "polite", "aria-relevant": "additions", tabindex: "0" },
      [ui.list],
    );
    ui.typingText = el("span", { class: "pb-typing-text" });
    ui.typing = el("div", { class: "pb-typing", hidden: "" }, [
      el("span", { class: "pb-dots", "aria-hidden": "true" }, [el("i"), el("i"), el("i")]),
      ui.typingText,
    ]);
    ui.status = el("div", { class: "pb-status", role: "status" });
    ui.alert = el("div", { class: "pb-alert", role: "alert" });
    ui.panel = el("div", { class: "pb-panel", hidden: "", role: "group", "aria-labelledby": "pb-panel-title" });
    ui.handoff = el("div", { class: "pb-handoff" });

    ui.inputLabel = el("label", { for: "pb-input", class: "pb-visually-hidden" });
    ui.input = el("textarea", {
      id: "pb-input",
      class: "pb-input",
      rows: "1",
      maxlength: String(MAX_LENGTH),
      "aria-describedby": "pb-counter",
      oninput: inputChanged,
      onkeydown: inputKeys,
    });
    ui.counter = el("span", { id: "pb-counter", class: "pb-counter" });
    ui.send = el("button", { type: "submit", class: "pb-send" }, [
      icon(ICON_SEND),
      el("span", { class: "pb-send-text" }),
    ]);
    ui.form = el("form", { class: "pb-form", onsubmit: submit }, [ui.inputLabel, ui.input, ui.send]);
    ui.restart = el("button", { type: "button", class: "pb-restart", hidden: "", onclick: restart });
    ui.privacy = el("a", { class: "pb-privacy" });

    ui.window = el(
      "section",
      {
        id: "pb-window",
        class: "pb-window",
        role: "dialog",
        "aria-labelledby": "pb-title",
        hidden: "",
        onkeydown: windowKeys,
      },
      [
        el("header", { class: "pb-header" }, [
          el("div", { class: "pb-heading" }, [ui.title, ui.subtitle]),
          el("div", { class: "pb-tools" }, [ui.language, ui.options, ui.end, ui.close]),
          ui.menu,
        ]),
        ui.log,
        ui.typing,
        ui.handoff,
        ui.panel,
        ui.alert,
        el("div", { class: "pb-compose" }, [
          ui.form,
          ui.restart,
          el("div", { class: "pb-footer" }, [ui.privacy, ui.counter]),
        ]),
        ui.status,
      ],
    );
    ui.root.appendChild(ui.window);
    ui.root.appendChild(ui.launcher);
    document.body.appendChild(ui.root);
    applyTexts();
    inputChanged();
  }

  function applyTexts() {
    ui.root.setAttribute("lang", state.language);
    ui.launcher.setAttribute("aria-label", t("openChat"));
    ui.title.textContent = t("title");
    ui.subtitle.textContent = t("subtitle");
    ui.language.textContent = t("switchTo");
    ui.language.setAttribute("lang", t("switchToLang"));
    ui.language.setAttribute("aria-label", t("switchTo") + " – " + t("switchLabel"));
    ui.options.setAttribute("aria-label", t("chatOptions"));
    ui.end.textContent = t("endChat");
    ui.close.setAttribute("aria-label", t("closeChat"));
    ui.download.textContent = t("downloadChat");
    ui.remove.textContent = t("deleteChat");
    ui.log.setAttribute("aria-label", t("conversation"));
    ui.inputLabel.textContent = t("message");
    ui.send.setAttribute("aria-label", t("send"));
    ui.send.lastChild.textContent = t("send");
    ui.restart.textContent = t("newChat");
    ui.privacy.textContent = t("privacy");
    ui.privacy.href = new URL(t("privacyPage"), base).href;
    ui.typingText.textContent = t("typing");
    Array.prototype.forEach.call(ui.log.querySelectorAll("[data-author]"), function (node) {
      node.querySelector(".pb-who").textContent =
        (node.getAttribute("data-name") || drawing.authorName(node.getAttribute("data-author"))) +
        " " +
        t("said") +
        ":";
    });
    if (handoff) handoff.texts(); // drawn before the parts are wired
    if (!ui.panel.hidden) showPanel(ui.panel.getAttribute("data-kind"));
    inputChanged();
  }

  /* ---------- opening, closing, keyboard ---------- */

  function openWindow(focus) {
    ui.window.hidden = false;
    ui.launcher.hidden = true;
    ui.launcher.setAttribute("aria-expanded", "true");
    state.open = true;
    save();
    if (!state.id) startConversation();
    else if (resumed) channel.connect();
    if (focus) (ui.input.disabled ? ui.restart : ui.input).focus();
    scrollDown();
  }

  function closeWindow() {
    closeMenu(false);
    ui.window.hidden = true;
    ui.launcher.hidden = false;
    ui.launcher.setAttribute("aria-expanded", "false");
    state.open = false;
    save();
    ui.launcher.focus();
  }

  function focusables() {
    return Array.prototype.filter.call(
      ui.window.querySelectorAll("button, a[href], textarea, [tabindex='0']"),
      function (node) {
        return !node.disabled && node.offsetParent !== null && node.getAttribute("tabindex") !== "-1";
      },
    );
  }

  function windowKeys(event) {
    if (event.key === "Escape") {
      event.preventDefault();
      if (!ui.menu.hidden) closeMenu(true);
      else if (!ui.panel.hidden) hidePanel();
      else closeWindow();
    } else if (event.key === "Tab") {
      /* keep focus inside the open chat window; Esc leaves it */
      var nodes = focusables();
      if (!nodes.length) return;
      var first = nodes[0],
        last = nodes[nodes.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  function toggleMenu() {
    if (ui.menu.hidden) openMenu();
    else closeMenu(true);
  }

  function openMenu() {
    ui.menu.hidden = false;
    ui.options.setAttribute("aria-expanded", "true");
    ui.download.focus();
    document.addEventListener("click", outsideMenu, true);
  }

  function closeMenu(returnFocus) {
    if (ui.menu.hidden) return;
    ui.menu.hidden = true;
    ui.options.setAttribute("aria-expanded", "false");
    document.removeEventListener("click", outsideMenu, true);
    if (returnFocus) ui.options.focus();
  }

  function outsideMenu(event) {
    if (!ui.menu.contains(event.target) && event.target !== ui.options) closeMenu(false);
  }

  function menuKeys(event) {
    var items = [ui.download, ui.remove];
    var index = items.indexOf(document.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      items[(index + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length].focus();
    } else if (event.key === "Home") {
      event.preventDefault();
      items[0].focus();
    } else if (event.key === "End") {
      event.preventDefault();
      items[items.length - 1].focus();
    } else if (event.key === "Tab") closeMenu(false);
  }

  function inputKeys(event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit(event);
    }
  }

  function inputChanged() {
    var length = ui.input.value.length;
    ui.counter.textContent = length + " / " + MAX_LENGTH + " " + t("characters");
    ui.counter.classList.toggle("pb-counter-full", length >= MAX_LENGTH);
    ui.input.style.height = "auto";
    ui.input.style.height = Math.min(ui.input.scrollHeight, 120) + "px";
    state.draft = ui.input.value;
    save();
  }

  /* ---------- panels: download, delete, end ---------- */

  function showPanel(kind) {
    ui.panel.setAttribute("data-kind", kind);
    ui.panel.textContent = "";
    var title = el("h3", { id: "pb-panel-title", class: "pb-panel-title", tabindex: "-1", text: t(kind + "Title") });
    var text = el("p", { text: t(kind + "Text") });
    var buttons = el("div", { class: "pb-panel-buttons" });
    if (kind === "download" || kind === "end") {
      buttons.appendChild(
        el("button", {
          type: "button",
          class: "pb-secondary",
          text: t("asText"),
          onclick: function () {
            download("text/plain");
          },
        }),
      );
      buttons.appendChild(
        el("button", {
          type: "button",
          class: "pb-secondary",
          text: t("asPdf"),
          onclick: function () {
            download("application/pdf");
          },
        }),
      );
    }
    if (kind === "end") {
      buttons.appendChild(
        el("button", {
          type: "button",
          class: "pb-danger",
          text: t("deleteChat"),
          onclick: function () {
            showPanel("delete");
          },
        }),
      );
      buttons.appendChild(
        el("button", { type: "button", class: "pb-primary", text: t("confirmEnd"), onclick: endChat }),
      );
    }
    if (kind === "delete") {
      buttons.appendChild(
        el("button", { type: "button", class: "pb-danger", text: t("confirmDelete"), onclick: deleteChat }),
      );
    }
    buttons.appendChild(el("button", { type: "button", class: "pb-secondary", text: t("cancel"), onclick: hidePanel }));
    ui.panel.appendChild(title);
    ui.panel.appendChild(text);
    ui.panel.appendChild(buttons);
    ui.panel.hidden = false;
    title.focus();
  }

  function hidePanel() {
    ui.panel.hidden = true;
    ui.panel.textContent = "";
    (ui.input.disabled ? ui.options : ui.input).focus();
  }

  /* ---------- rendering messages ---------- */

  /* the server stored a message this tab sent: the pending bubble takes its id and time */
  function confirm(mine, message) {
    var index = pending.indexOf(mine);
    if (index >= 0) pending.splice(index, 1);
    mine.classList.remove("pb-pending");
    mine.setAttribute("data-id", message.id);
    var stamp = mine.querySelector(":scope > .pb-time");
    stamp.setAttribute("datetime", message.time);
    stamp.textContent = drawing.formatTime(message.time);
  }

  function render(message) {
    if (rendered[message.id]) return;
    rendered[message.id] = true;
    /* the live channel may bring this tab's own message before the answer to its POST does */
    var mine =
      message.author === "customer" &&
      pending.length &&
      pending[0].querySelector(".pb-text").textContent === message.text
        ? pending[0]
        : null;
    if (mine) {
      confirm(mine, message);
    } else {
      if (message.author === "agent") handoff.agentMessage();
      var item = drawing.message(message);
      /* what the server has goes above what this tab is still sending (the greeting above a
       question typed before it arrived) */
      ui.list.insertBefore(item, pending.length ? pending[0] : null);
    }
    if (message.id > (state.lastId || 0)) {
      state.lastId = message.id;
      save();
    }
    scrollDown();
  }

  function scrollDown() {
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function typing(on, author, text) {
    ui.typingText.textContent = text || t(author === "agent" ? "agentTyping" : "typing");
    ui.typing.hidden = !on;
    scrollDown();
  }

  function announce(text) {
    ui.status.textContent = "";
    setTimeout(function () {
      ui.status.textContent = text;
    }, 50);
  }

  function fail(text) {
    ui.alert.textContent = text;
  }

  /* ---------- the API ---------- */

  /*
   * A call on this conversation through the shared client. A conversation that is gone
   * (conversation-not-found) is forgotten; too many messages say how long to wait; anything else
   * says customer service could not be reached. Rejects on any failure, resolves the answer.
   */
  function conversationCall(method, path, body, accept) {
    return api.request(method, "conversations" + path, body, accept).then(function (r) {
      if (r.ok) {
        ui.alert.textContent = "";
        return r;
      }
      if (isProblem(r.problem, "conversation-not-found") && state.id && path) {
        forget();
        throw new Error("gone");
      }
      if (isProblem(r.problem, "conversation-full")) {
        /* a full conversation asks for a new chat */
        fail(t("chatFull"));
        throw new Error("full");
      }
      if (isProblem(r.problem, "too-many-requests")) {
        fail(t("tooFast").replace("{s}", r.problem.retryAfter || "10"));
        throw new Error("rate limited");
      }
      fail(t("error"));
      throw new Error("HTTP " + r.status);
    });
  }

  function startConversation() {
    if (busy) return;
    busy++;
    typing(true);
    conversationCall("POST", "", { language: state.language })
      .then(function (r) {
        return r.body;
      })
      .then(function (started) {
        state.id = started.id;
        state.token = started.token;
        state.lastId = 0;
        state.ended = false;
        save();
        started.messages.forEach(render);
        channel.connect();
        /* what the customer typed while the conversation was being made goes out now, in order */
        waiting.splice(0).forEach(function (item) {
          post(item);
        });
      })
      .catch(function () {
        waiting.splice(0).forEach(notSent);
      })
      .then(function () {
        busy--;
        typing(false);
      });
  }

  function resume() {
    conversationCall("GET", "/" + state.id + "/messages?after=0")
      .then(function (r) {
        return r.body;
      })
      .then(function (body) {
        body.messages.forEach(render);
        showEnded(state.ended);
        resumed = true;
        handoff.resume();
        if (state.open) channel.connect();
      })
      .catch(function () {
        resumed = true;
        if (!state.id && state.open) startConversation();
      });
  }

  function forget() {
    channel.disconnect();
    state = { language: state.language, open: state.open };
    save();
    rendered = {};
    pending = [];
    waiting = [];
    ui.list.textContent = "";
    handoff.reset();
    showEnded(false);
  }

  function submit(event) {
    event.preventDefault();
    var text = ui.input.value.trim();
    if (!text || text.length > MAX_LENGTH || ui.input.disabled) return;
    ui.input.value = "";
    inputChanged();
    send(text);
  }

  /*
   * A message typed before the conversation exists waits in the chat (shown as pending) and is sent
   * once it does. Messages go out one after the other, so the bot answers them in the order typed.
   */
  function send(text, intent) {
    if (state.ended) return;
    var mine = drawing.bubble("customer", text, null);
    mine.classList.add("pb-pending");
    pending.push(mine);
    ui.list.appendChild(mine);
    scrollDown();
    var item = { text: text, intent: intent, bubble: mine };
    if (state.id) post(item);
    else {
      waiting.push(item);
      startConversation();
    }
  }

  function post(item) {
    outbox = outbox.then(function () {
      if (!state.id) return notSent(item);
      typing(true);
      /* a quick reply names its intent, answered directly; its label is what the customer "said" */
      var body = item.intent ? { intent: item.intent, label: item.text } : { text: item.text };
      return conversationCall("POST", "/" + state.id + "/messages", body)
        .then(function (r) {
          return r.body;
        })
        .then(function (reply) {
          if (!rendered[reply.sent.id]) {
            rendered[reply.sent.id] = true;
            confirm(item.bubble, reply.sent);
            if (reply.sent.id > (state.lastId || 0)) {
              state.lastId = reply.sent.id;
              save();
            }
          }
          reply.messages.forEach(render);
        })
        .catch(function (error) {
          notSent(item, error);
        })
        .then(function () {
          typing(false);
        });
    });
  }

  /* a message that did not reach the server goes back into the input, and the widget says so */
  function notSent(item, error) {
    /* confirmed meanwhile (the live channel brought it): it was sent after all */
    if (item.bubble.hasAttribute("data-id")) return;
    var index = pending.indexOf(item.bubble);
    if (index >= 0) pending.splice(index, 1);
    item.bubble.remove();
    ui.input.value = item.text + (ui.input.value ? "\n" + ui.input.value : "");
    inputChanged();
    /* too fast or full: what to do about it stays in view beside the notice */
    fail(
      (error && (error.message === "rate limited" || error.message === "full") ? ui.alert.textContent + " " : "") +
        t("notSent"),
    );
  }

  function switchLanguage() {
    state.language = t("switchToLang");
    save();
    applyTexts();
    announce(t("languageSwitched"));
    if (state.id && !state.ended)
      conversationCall("PUT", "/" + state.id + "/language", { language: state.language }).catch(function () {});
  }

  function download(type) {
    if (!state.id) return;
    conversationCall("GET", "/" + state.id + "/transcript?lang=" + state.language, undefined, type)
      .then(function (r) {
        var response = r.response;
        var disposition = response.headers.get("Content-Disposition") || "";
        var match = /filename="([^"]+)"/.exec(disposition);
        var name = match ? match[1] : "postbot-chat" + (type === "application/pdf" ? ".pdf" : ".txt");
        return response.blob().then(function (blob) {
          var link = el("a", { href: URL.createObjectURL(blob), download: name, class: "pb-visually-hidden" });
          document.body.appendChild(link);
          link.click();
          setTimeout(function () {
            URL.revokeObjectURL(link.href);
            link.remove();
          }, 10000);
          announce(t("downloaded"));
        });
      })
      .catch(function () {});
  }

  function deleteChat() {
    if (!state.id) return;
    deleting = true;
    conversationCall("DELETE", "/" + state.id)
      .then(function () {
        deleting = false;
        forget();
        hidePanel();
        announce(t("deleted"));
        startConversation();
      })
      .catch(function () {
        deleting = false;
      });
  }

  function endChat() {
    conversationCall("POST", "/" + state.id + "/end")
      .then(function () {
        state.ended = true;
        save();
        channel.disconnect();
        hidePanel();
        showEnded(true);
        announce(t("endedNotice"));
        ui.restart.focus();
      })
      .catch(function () {});
  }

  function restart() {
    forget();
    startConversation();
    ui.input.focus();
  }

  function showEnded(ended) {
    ui.input.disabled = !!ended;
    ui.send.disabled = !!ended;
    ui.form.hidden = !!ended;
    ui.restart.hidden = !ended;
    ui.end.hidden = !!ended;
  }

  function wire() {
    handoff = handoffScreens({
      base: base,
      area: ui.handoff,
      api: api,
      language: function () {
        return state.language;
      },
      conversation: function () {
        return state.id && state.token ? { id: state.id, token: state.token } : null;
      },
      typing: function (on, text) {
        typing(on, "agent", text);
      },
      announce: announce,
      fail: fail,
      focusInput: function () {
        if (!ui.input.disabled) ui.input.focus();
      },
      answered: function (token) {
        return (state.surveys || []).indexOf(token) >= 0;
      },
      markAnswered: function (token) {
        state.surveys = (state.surveys || []).concat([token]);
        save();
      },
    });
    channel = liveChannel({
      base: base,
      root: ui.root,
      transport: config.transport,
      state: function () {
        return state;
      },
      render: render,
      typing: typing,
      resume: resume,
      erased: function () {
        if (deleting) return;
        forget();
        if (state.open) startConversation();
      },
      poll: function () {
        return conversationCall("GET", "/" + state.id + "/messages?after=" + (state.lastId || 0)).then(function (r) {
          return r.body.messages;
        });
      },
      frame: function (frame) {
        handoff.frame(frame);
      },
    });
  }

  build();
  wire();
  if (state.draft) {
    ui.input.value = state.draft;
    inputChanged();
  }
  if (state.id) resume();
  if (state.open) openWindow(false);
}
