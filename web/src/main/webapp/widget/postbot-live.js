/*
 * Postbot widget, real-time part: the WebSocket that pushes new messages, typing and handoff frames,
 * with polling while the socket is blocked or reconnecting. Loaded by postbot.js, which hands over a
 * small bridge.
 */
(function () {
  "use strict";

  var POLL_MS = 3000;

  window.__postbotLive = function (bridge) {
    var socket = null;
    var pollTimer = null;
    var reconnectDelay = 2000;
    var reconnectTimer = null;

    function connect() {
      var state = bridge.state();
      if (!state.id || state.ended || socket || pollTimer) return;
      if (bridge.transport === "polling" || typeof WebSocket !== "function") return startPolling();
      var url = new URL("ws/conversations/" + state.id, bridge.base);
      url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
      var live = false;
      try {
        socket = new WebSocket(url.href);
      } catch (e) {
        socket = null;
        return startPolling();
      }
      var mySocket = socket;
      socket.onopen = function () {
        mySocket.send(JSON.stringify({ type: "auth", token: state.token, after: bridge.state().lastId || 0 }));
      };
      /*
       * Every frame type the server sends (io.postbot.web.chat.ChannelFrame, docs/widget.md) and
       * what the widget does with it; TheChannelFramesAreOneListTest compares the lists.
       */
      var handlers = {
        message: function (frame) { bridge.render(frame.message); },
        ready: function () {
          live = true;
          reconnectDelay = 2000;
          stopPolling();
          bridge.root.setAttribute("data-live", "websocket");
        },
        pong: function () { clearTimeout(pongTimer); pongTimer = null; },
        typing: function (frame) { bridge.typing(!!frame.typing, frame.author); },
        erased: function () {
          if (bridge.deleting()) return;
          bridge.forget();
          if (bridge.state().open) bridge.startConversation();
        },
        /* the handoff's frames (and an agent's typing) are shown by postbot-handoff.js */
        queue: function () {},
        agent: function () {},
      };
      socket.onmessage = function (event) {
        var frame;
        try { frame = JSON.parse(event.data); } catch (e) { return; }
        if (socket !== mySocket || !Object.prototype.hasOwnProperty.call(handlers, frame.type)) return;
        handlers[frame.type](frame);
        bridge.root.dispatchEvent(new CustomEvent("postbot:frame", { detail: frame }));
      };
      socket.onclose = function (event) {
        if (socket !== mySocket) return;
        socket = null;
        clearTimeout(pongTimer);
        pongTimer = null;
        bridge.root.removeAttribute("data-live");
        if (event.code === 4404) { bridge.resume(); return; }
        if (!bridge.state().id || bridge.state().ended) return;
        startPolling();
        reconnectTimer = setTimeout(function () { reconnectTimer = null; stopPolling(); connect(); },
          live ? 1000 : reconnectDelay);
        reconnectDelay = Math.min(reconnectDelay * 2, 60000);
      };
    }

    function disconnect() {
      stopPolling();
      if (reconnectTimer) { clearTimeout(reconnectTimer); reconnectTimer = null; }
      if (socket) { var s = socket; socket = null; s.close(); }
      bridge.root.removeAttribute("data-live");
    }

    function startPolling() {
      if (pollTimer) return;
      bridge.root.setAttribute("data-live", "polling");
      pollTimer = setInterval(poll, POLL_MS);
      poll();
    }

    function stopPolling() {
      if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    }

    function poll() {
      var state = bridge.state();
      if (!state.id || state.ended || !state.open) return;
      bridge.api("GET", "/" + state.id + "/messages?after=" + (state.lastId || 0)).then(function (r) { return r.json(); })
        .then(function (body) { body.messages.forEach(bridge.render); }).catch(function () {});
    }

    /* a ping every 25 s; a connection that does not answer within 10 s is closed and replaced */
    var pongTimer = null;
    setInterval(function () {
      if (!socket || socket.readyState !== 1 || pongTimer) return;
      var pinged = socket;
      pinged.send(JSON.stringify({ type: "ping" }));
      pongTimer = setTimeout(function () { pongTimer = null; if (socket === pinged) pinged.close(); }, 10000);
    }, 25000);

    return { connect: connect, disconnect: disconnect };
  };
})();
