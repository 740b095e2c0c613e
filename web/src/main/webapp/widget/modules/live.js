/*
 * The live channel: the WebSocket that pushes new messages, typing and handoff frames, with
 * polling while the socket is blocked or reconnecting. Every frame type the server sends
 * (io.postbot.web.chat.ChannelFrame, docs/widget.md) has its handler below.
 */

const POLL_MS = 3000;

/**
 * The channel of one widget. The widget gives: base, root (for data-live), transport, state(),
 * render(message), typing(on, author), erased(), resume(), poll() (a promise of messages after
 * the last) and frame(frame) for the handoff screens.
 */
export function liveChannel(widget) {
  let socket = null;
  let pollTimer = null;
  let reconnectDelay = 2000;
  let reconnectTimer = null;
  let pongTimer = null;
  let live = false;

  /* TheChannelFramesAreOneListTest compares this table with ChannelFrame and docs/widget.md */
  const handlers = {
    message: function (frame) {
      widget.render(frame.message);
    },
    ready: function () {
      live = true;
      reconnectDelay = 2000;
      stopPolling();
      widget.root.setAttribute("data-live", "websocket");
    },
    pong: function () {
      clearTimeout(pongTimer);
      pongTimer = null;
    },
    typing: function (frame) {
      widget.typing(!!frame.typing, frame.author);
    },
    erased: function () {
      widget.erased();
    },
    /* the handoff's frames (and an agent's typing, above) are shown by the handoff screens */
    queue: function () {},
    agent: function () {},
  };

  function connect() {
    const state = widget.state();
    if (!state.id || state.ended || socket || pollTimer) return;
    if (widget.transport === "polling" || typeof WebSocket !== "function") return startPolling();
    const url = new URL("ws/conversations/" + state.id, widget.base);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    live = false;
    try {
      socket = new WebSocket(url.href);
    } catch {
      socket = null;
      return startPolling();
    }
    const mine = socket;
    socket.onopen = function () {
      mine.send(JSON.stringify({ type: "auth", token: state.token, after: widget.state().lastId || 0 }));
    };
    socket.onmessage = function (event) {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (socket !== mine || !Object.prototype.hasOwnProperty.call(handlers, frame.type)) return;
      handlers[frame.type](frame);
      widget.frame(frame);
    };
    socket.onclose = function (event) {
      if (socket !== mine) return;
      socket = null;
      clearTimeout(pongTimer);
      pongTimer = null;
      widget.root.removeAttribute("data-live");
      if (event.code === 4404) {
        widget.resume();
        return;
      }
      if (!widget.state().id || widget.state().ended) return;
      startPolling();
      reconnectTimer = setTimeout(
        function () {
          reconnectTimer = null;
          stopPolling();
          connect();
        },
        live ? 1000 : reconnectDelay,
      );
      reconnectDelay = Math.min(reconnectDelay * 2, 60000);
    };
  }

  function disconnect() {
    stopPolling();
    if (reconnectTimer) {
      clearTimeout(reconnectTimer);
      reconnectTimer = null;
    }
    if (socket) {
      const s = socket;
      socket = null;
      s.close();
    }
    widget.root.removeAttribute("data-live");
  }

  function startPolling() {
    if (pollTimer) return;
    widget.root.setAttribute("data-live", "polling");
    pollTimer = setInterval(poll, POLL_MS);
    poll();
  }

  function stopPolling() {
    if (pollTimer) {
      clearInterval(pollTimer);
      pollTimer = null;
    }
  }

  function poll() {
    const state = widget.state();
    if (!state.id || state.ended || !state.open) return;
    widget.poll().then(
      function (messages) {
        messages.forEach(widget.render);
      },
      function () {},
    );
  }

  /* a ping every 25 s; a connection that does not answer within 10 s is closed and replaced */
  setInterval(function () {
    if (!socket || socket.readyState !== 1 || pongTimer) return;
    const pinged = socket;
    pinged.send(JSON.stringify({ type: "ping" }));
    pongTimer = setTimeout(function () {
      pongTimer = null;
      if (socket === pinged) pinged.close();
    }, 10000);
  }, 25000);

  return { connect: connect, disconnect: disconnect, handles: Object.keys(handlers) };
}
