/*
 * Postbot chat widget. Embed with
 *   <script src="/widget/postbot.js" data-language="en|nb" data-theme="light|dark" defer></script>
 * Plain JavaScript, no dependencies; see docs/widget.md. Customer and bot text is only ever set as
 * text (textContent), never parsed as HTML.
 */
(function () {
  "use strict";
  if (window.__postbotWidget) return;
  window.__postbotWidget = true;

  /* the widget's required parts, loaded from the files beside this one before it is drawn */
  var TEXTS; /* postbot-texts.js */
  var trackingCard; /* postbot-tracking.js */
  var channel; /* postbot-live.js: connect() and disconnect() */

  var MAX_LENGTH = 2000;
  var STORE = "postbot.conversation";

  var script = document.currentScript;
  var base = new URL("../", script ? script.src : location.href);
  var config = {
    language: normaliseLanguage((script && script.getAttribute("data-language")) ||
      document.documentElement.lang || "en"),
    theme: (script && script.getAttribute("data-theme")) === "dark" ? "dark" : "light",
    transport: (script && script.getAttribute("data-transport")) || "websocket",
  };

  function normaliseLanguage(code) {
    code = String(code || "").toLowerCase();
    return code === "nb" || code === "no" || code === "nn" || code.indexOf("nb-") === 0 ? "nb" : "en";
  }

  /* ---------- state, kept in sessionStorage so a reload resumes exactly here ---------- */

  var state = load() || { language: config.language, open: false };
  var rendered = {};
  var pending = [];
  var waiting = []; /* typed before the conversation existed */
  var outbox = Promise.resolve();
  var busy = 0;
  var resumed = !state.id;
  var deleting = false;
  /* the handoff part (postbot-handoff.js) plugs in here; these do nothing until it is loaded */
  var handoff = { payload: function () {}, resume: function () {}, reset: function () {}, texts: function () {},
    agentMessage: function () {} };

  function load() {
    try {
      return JSON.parse(sessionStorage.getItem(STORE));
    } catch (e) {
      return null;
    }
  }

  function save() {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(state));
    } catch (e) {
      /* private mode: the chat still works, it just does not survive a reload */
    }
  }

  function t(key) {
    return TEXTS[state.language][key];
  }

  /* ---------- DOM helpers: text is always set as text, never parsed as HTML ---------- */

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") node.textContent = attributes[name];
      else if (name.indexOf("on") === 0) node.addEventListener(name.slice(2), attributes[name]);
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  function icon(path) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var p = document.createElementNS("http://www.w3.org/2000/svg", "path");
    p.setAttribute("d", path);
    svg.appendChild(p);
    return svg;
  }

  var ICON_CHAT = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z";
  var ICON_CLOSE = "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4L12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z";
  var ICON_SEND = "M3 20.5V14l9-2-9-2V3.5L22 12z";

  /* ---------- the widget's elements ---------- */

  var ui = {};

  function build() {
    document.head.appendChild(el("link", { rel: "stylesheet", href: new URL("widget/postbot.css", base).href }));
    ui.root = el("div", { id: "postbot", class: "pb-root pb-" + config.theme });
    ui.launcher = el("button", {
      type: "button", class: "pb-launcher", "aria-expanded": "false", "aria-controls": "pb-window",
      onclick: function () { openWindow(true); },
    }, [icon(ICON_CHAT)]);

    ui.title = el("h2", { id: "pb-title", class: "pb-title" });
    ui.subtitle = el("p", { class: "pb-subtitle" });
    ui.language = el("button", { type: "button", class: "pb-lang", onclick: switchLanguage });
    ui.options = el("button", {
      type: "button", class: "pb-icon-button pb-options", "aria-haspopup": "menu", "aria-expanded": "false",
      "aria-controls": "pb-menu", onclick: toggleMenu, text: "?",
    });
    ui.end = el("button", { type: "button", class: "pb-end", onclick: function () { showPanel("end"); } });
    ui.close = el("button", { type: "button", class: "pb-icon-button pb-close", onclick: function () { closeWindow(); } },
      [icon(ICON_CLOSE)]);
    ui.download = el("button", { type: "button", role: "menuitem", tabindex: "-1", id: "pb-menu-download",
      onclick: function () { closeMenu(false); showPanel("download"); } });
    ui.remove = el("button", { type: "button", role: "menuitem", tabindex: "-1", id: "pb-menu-delete",
      onclick: function () { closeMenu(false); showPanel("delete"); } });
    ui.menu = el("div", { id: "pb-menu", role: "menu", class: "pb-menu", hidden: "", onkeydown: menuKeys },
      [ui.download, ui.remove]);

    ui.list = el("ol", { class: "pb-list" });
    /* focusable so keyboard users can scroll the conversation */
    ui.log = el("div", { class: "pb-log", role: "log", "aria-live": "polite", "aria-relevant": "additions", tabindex: "0" },
      [ui.list]);
    ui.typingText = el("span", { class: "pb-typing-text" });
    ui.typing = el("div", { class: "pb-typing", hidden: "" },
      [el("span", { class: "pb-dots", "aria-hidden": "true" }, [el("i"), el("i"), el("i")]), ui.typingText]);
    ui.status = el("div", { class: "pb-status", role: "status" });
    ui.alert = el("div", { class: "pb-alert", role: "alert" });
    ui.panel = el("div", { class: "pb-panel", hidden: "", role: "group", "aria-labelledby": "pb-panel-title" });
    ui.handoff = el("div", { class: "pb-handoff" });

    ui.inputLabel = el("label", { for: "pb-input", class: "pb-visually-hidden" });
    ui.input = el("textarea", {
      id: "pb-input", class: "pb-input", rows: "1", maxlength: String(MAX_LENGTH), "aria-describedby": "pb-counter",
      oninput: inputChanged, onkeydown: inputKeys,
    });
    ui.counter = el("span", { id: "pb-counter", class: "pb-counter" });
    ui.send = el("button", { type: "submit", class: "pb-send" }, [icon(ICON_SEND), el("span", { class: "pb-send-text" })]);
    ui.form = el("form", { class: "pb-form", onsubmit: submit }, [ui.inputLabel, ui.input, ui.send]);
    ui.restart = el("button", { type: "button", class: "pb-restart", hidden: "", onclick: restart });
    ui.privacy = el("a", { class: "pb-privacy" });

    ui.window = el("section", { id: "pb-window", class: "pb-window", role: "dialog", "aria-labelledby": "pb-title",
      hidden: "", onkeydown: windowKeys }, [
      el("header", { class: "pb-header" }, [
        el("div", { class: "pb-heading" }, [ui.title, ui.subtitle]),
        el("div", { class: "pb-tools" }, [ui.language, ui.options, ui.end, ui.close]),
        ui.menu,
      ]),
      ui.log, ui.typing, ui.handoff, ui.panel, ui.alert,
      el("div", { class: "pb-compose" }, [ui.form, ui.restart,
        el("div", { class: "pb-footer" }, [ui.privacy, ui.counter])]),
      ui.status,
    ]);
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
      node.querySelector(".pb-who").textContent = (node.getAttribute("data-name") ||
        authorName(node.getAttribute("data-author"))) + " " + t("said") + ":";
    });
    handoff.texts();
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
      function (node) { return !node.disabled && node.offsetParent !== null && node.getAttribute("tabindex") !== "-1"; });
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
      var first = nodes[0], last = nodes[nodes.length - 1];
      if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
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
    } else if (event.key === "Home") { event.preventDefault(); items[0].focus(); }
    else if (event.key === "End") { event.preventDefault(); items[items.length - 1].focus(); }
    else if (event.key === "Tab") closeMenu(false);
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
    var title = el("h3", { id: "pb-panel-title", class: "pb-panel-title", tabindex: "-1",
      text: t(kind + "Title") });
    var text = el("p", { text: t(kind + "Text") });
    var buttons = el("div", { class: "pb-panel-buttons" });
    if (kind === "download" || kind === "end") {
      buttons.appendChild(el("button", { type: "button", class: "pb-secondary", text: t("asText"),
        onclick: function () { download("text/plain"); } }));
      buttons.appendChild(el("button", { type: "button", class: "pb-secondary", text: t("asPdf"),
        onclick: function () { download("application/pdf"); } }));
    }
    if (kind === "end") {
      buttons.appendChild(el("button", { type: "button", class: "pb-danger", text: t("deleteChat"),
        onclick: function () { showPanel("delete"); } }));
      buttons.appendChild(el("button", { type: "button", class: "pb-primary", text: t("confirmEnd"), onclick: endChat }));
    }
    if (kind === "delete") {
      buttons.appendChild(el("button", { type: "button", class: "pb-danger", text: t("confirmDelete"), onclick: deleteChat }));
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

  function authorName(author) {
    return t({ customer: "you", bot: "bot", agent: "agent" }[author] || "system");
  }

  function formatTime(iso) {
    var date = new Date(iso);
    var options = { hour: "2-digit", minute: "2-digit" };
    if (date.toDateString() !== new Date().toDateString()) {
      options.day = "numeric";
      options.month = "short";
    }
    return new Intl.DateTimeFormat(state.language === "nb" ? "nb-NO" : "en-GB", options).format(date);
  }

  function bubble(author, text, time) {
    var who = el("span", { class: "pb-who pb-visually-hidden", text: authorName(author) + " " + t("said") + ":" });
    var body = el("p", { class: "pb-text", text: text });
    var stamp = el("time", { class: "pb-time" });
    if (time) {
      stamp.setAttribute("datetime", time);
      stamp.textContent = formatTime(time);
    }
    return el("li", { class: "pb-message pb-" + author, "data-author": author }, [who, body, stamp]);
  }

  /* the server stored a message this tab sent: the pending bubble takes its id and time */
  function confirm(mine, message) {
    var index = pending.indexOf(mine);
    if (index >= 0) pending.splice(index, 1);
    mine.classList.remove("pb-pending");
    mine.setAttribute("data-id", message.id);
    var stamp = mine.querySelector(":scope > .pb-time");
    stamp.setAttribute("datetime", message.time);
    stamp.textContent = formatTime(message.time);
  }

  function render(message) {
    if (rendered[message.id]) return;
    rendered[message.id] = true;
    /* the live channel may bring this tab's own message before the answer to its POST does */
    var mine = message.author === "customer" && pending.length &&
      pending[0].querySelector(".pb-text").textContent === message.text ? pending[0] : null;
    if (mine) {
      confirm(mine, message);
    } else {
      var item = bubble(message.author, message.text, message.time);
      item.setAttribute("data-id", message.id);
      if (message.author === "agent") {
        handoff.agentMessage();
        var agentName = message.payload && typeof message.payload.agent === "string" ? message.payload.agent : null;
        if (agentName) {
          /* the agent's own name, visible and read out instead of "Customer service said:" */
          item.setAttribute("data-name", agentName);
          item.querySelector(".pb-who").textContent = agentName + " " + t("said") + ":";
          item.insertBefore(el("span", { class: "pb-agent-name", "aria-hidden": "true", text: agentName }), item.firstChild);
        }
      }
      if (message.payload) {
        try {
          extras(item, message.payload);
        } catch (e) {
          /* a payload the widget cannot draw must never hide the message's text */
        }
      }
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

  function extras(item, payload) {
    var stamp = item.querySelector(":scope > .pb-time");
    if (payload.tracking) item.insertBefore(trackingCard(payload.tracking), stamp);
    if (payload.handoff || payload.survey) handoff.payload(item, payload, stamp);
    var buttons = Array.isArray(payload.buttons) ? payload.buttons : [];
    if (!buttons.length) return;
    var row = el("div", { class: "pb-buttons" });
    buttons.forEach(function (button) {
      if (typeof button.label !== "string") return;
      if (typeof button.url === "string" && /^https?:\/\//i.test(button.url)) {
        row.appendChild(el("a", { class: "pb-link", href: button.url, target: "_blank", rel: "noopener noreferrer" },
          [document.createTextNode(button.label),
           el("span", { class: "pb-visually-hidden", text: " " + t("opensInNewTab") })]));
      } else if (!button.url) {
        row.appendChild(el("button", { type: "button", class: "pb-quick", text: button.label,
          onclick: function () { send(button.label, button.intent); } }));
      }
    });
    item.insertBefore(row, stamp);
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
    setTimeout(function () { ui.status.textContent = text; }, 50);
  }

  function fail(text) {
    ui.alert.textContent = text;
  }

  /* ---------- the API ---------- */

  function api(method, path, body, accept) {
    var headers = { Accept: accept || "application/json" };
    if (state.token) headers.Authorization = "Bearer " + state.token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return fetch(new URL("api/v1/conversations" + path, base).href, {
      method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit", cache: "no-store",
    }).then(function (response) {
      if (response.status === 404 && state.id && path) {
        forget();
        throw new Error("gone");
      }
      if (response.status === 429) {
        fail(t("tooFast").replace("{s}", response.headers.get("Retry-After") || "10"));
        throw new Error("rate limited");
      }
      if (!response.ok) {
        fail(t("error"));
        throw new Error("HTTP " + response.status);
      }
      ui.alert.textContent = "";
      return response;
    });
  }

  function startConversation() {
    if (busy) return;
    busy++;
    typing(true);
    api("POST", "", { language: state.language }).then(function (r) { return r.json(); }).then(function (started) {
      state.id = started.id;
      state.token = started.token;
      state.lastId = 0;
      state.ended = false;
      save();
      started.messages.forEach(render);
      channel.connect();
      /* what the customer typed while the conversation was being made goes out now, in order */
      waiting.splice(0).forEach(function (item) { post(item); });
    }).catch(function () {
      waiting.splice(0).forEach(notSent);
    }).then(function () { busy--; typing(false); });
  }

  function resume() {
    api("GET", "/" + state.id + "/messages?after=0").then(function (r) { return r.json(); }).then(function (body) {
      body.messages.forEach(render);
      showEnded(state.ended);
      resumed = true;
      handoff.resume();
      if (state.open) channel.connect();
    }).catch(function () {
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
    var mine = bubble("customer", text, null);
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
      return api("POST", "/" + state.id + "/messages", body).then(function (r) { return r.json(); })
        .then(function (reply) {
          if (!rendered[reply.sent.id]) {
            rendered[reply.sent.id] = true;
            confirm(item.bubble, reply.sent);
            if (reply.sent.id > (state.lastId || 0)) { state.lastId = reply.sent.id; save(); }
          }
          reply.messages.forEach(render);
        }).catch(function (error) { notSent(item, error); }).then(function () { typing(false); });
    });
  }

  /* a message that did not reach the server goes back into the input, and the widget says so */
  function notSent(item, error) {
    var index = pending.indexOf(item.bubble);
    if (index < 0) return;
    pending.splice(index, 1);
    item.bubble.remove();
    ui.input.value = item.text + (ui.input.value ? "\n" + ui.input.value : "");
    inputChanged();
    /* too fast: the wait it asks for stays in view beside the notice */
    fail((error && error.message === "rate limited" ? ui.alert.textContent + " " : "") + t("notSent"));
  }

  function switchLanguage() {
    state.language = t("switchToLang");
    save();
    applyTexts();
    announce(t("languageSwitched"));
    if (state.id && !state.ended) api("PUT", "/" + state.id + "/language", { language: state.language }).catch(function () {});
  }

  function download(type) {
    if (!state.id) return;
    api("GET", "/" + state.id + "/transcript?lang=" + state.language, undefined, type).then(function (response) {
      var disposition = response.headers.get("Content-Disposition") || "";
      var match = /filename="([^"]+)"/.exec(disposition);
      var name = match ? match[1] : "postbot-chat" + (type === "application/pdf" ? ".pdf" : ".txt");
      return response.blob().then(function (blob) {
        var link = el("a", { href: URL.createObjectURL(blob), download: name, class: "pb-visually-hidden" });
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 10000);
        announce(t("downloaded"));
      });
    }).catch(function () {});
  }

  function deleteChat() {
    if (!state.id) return;
    deleting = true;
    api("DELETE", "/" + state.id).then(function () {
      deleting = false;
      forget();
      hidePanel();
      announce(t("deleted"));
      startConversation();
    }).catch(function () { deleting = false; });
  }

  function endChat() {
    api("POST", "/" + state.id + "/end").then(function () {
      state.ended = true;
      save();
      channel.disconnect();
      hidePanel();
      showEnded(true);
      announce(t("endedNotice"));
      ui.restart.focus();
    }).catch(function () {});
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

  /* ---------- start ---------- */

  /* The widget's parts live in files beside this one; each registers itself on window. */
  function loadPart(file, then) {
    var tag = document.createElement("script");
    tag.src = new URL("widget/" + file, base).href;
    tag.onload = then;
    tag.onerror = then;
    document.head.appendChild(tag);
  }

  /* The texts, the tracking card and the live connection are needed to draw and run the widget. */
  function loadRequiredParts(then) {
    var files = ["postbot-texts.js", "postbot-tracking.js", "postbot-live.js"];
    var waiting = files.length;
    files.forEach(function (file) {
      loadPart(file, function () {
        if (--waiting === 0) then();
      });
    });
  }

  function requiredPartsLoaded() {
    return typeof window.__postbotTexts === "object" && typeof window.__postbotTracking === "function" &&
      typeof window.__postbotLive === "function";
  }

  function wireRequiredParts() {
    trackingCard = window.__postbotTracking({
      el: el, t: t, formatTime: formatTime,
      language: function () { return state.language; },
    });
    channel = window.__postbotLive({
      base: base, root: ui.root, transport: config.transport, api: api, render: render, typing: typing,
      forget: forget, startConversation: startConversation, resume: resume,
      state: function () { return state; },
      deleting: function () { return deleting; },
    });
  }

  /* The handoff screens live in their own file; the widget starts without them if it fails. */
  function loadHandoff(then) {
    loadPart("postbot-handoff.js", function () {
      if (typeof window.__postbotHandoff === "function") {
        handoff = window.__postbotHandoff({
          el: el, base: base, root: ui.root, area: ui.handoff,
          language: function () { return state.language; },
          conversation: function () { return state.id && state.token ? { id: state.id, token: state.token } : null; },
          typing: function (on, text) { typing(on, "agent", text); },
          announce: announce, fail: fail,
          focusInput: function () { if (!ui.input.disabled) ui.input.focus(); },
          answered: function (token) { return (state.surveys || []).indexOf(token) >= 0; },
          markAnswered: function (token) { state.surveys = (state.surveys || []).concat([token]); save(); },
        });
      }
      then();
    });
  }

  /* Without its texts or its connection the widget cannot work: then it stays away altogether. */
  function init() {
    if (!requiredPartsLoaded()) return;
    TEXTS = window.__postbotTexts;
    build();
    wireRequiredParts();
    loadHandoff(start);
  }

  function start() {
    if (state.draft) { ui.input.value = state.draft; inputChanged(); }
    if (state.id) resume();
    if (state.open) openWindow(false);
  }

  var partsLoaded = false;
  var domReady = document.readyState !== "loading";
  function initWhenReady() {
    if (partsLoaded && domReady) init();
  }
  loadRequiredParts(function () { partsLoaded = true; initWhenReady(); });
  if (!domReady) document.addEventListener("DOMContentLoaded", function () { domReady = true; initWhenReady(); });
})();
