/*
 * Live console updates: the server names what changed ("queue" or "chat") over /console/push and
 * the page re-renders that part through the remote command it defines (postbotQueueChanged,
 * postbotChatChanged). Reconnects with a growing pause; the pages' polls cover the gaps.
 */
(function () {
  "use strict";
  var handlers = { queue: "postbotQueueChanged", chat: "postbotChatChanged" };
  var path = document.querySelector("a.brand").getAttribute("href").replace(/index\.xhtml$/, "push");
  var pause = 1000;
  var pinger = null;

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket;
    try {
      socket = new WebSocket(scheme + location.host + path);
    } catch (e) {
      return; // blocked: the polls keep the page fresh
    }
    socket.onopen = function () {
      pause = 1000;
      pinger = setInterval(function () { socket.send("ping"); }, 25000);
    };
    socket.onmessage = function (event) {
      if (event.data === "ready") {
        // registered on the server: from now on every change reaches this page
        document.body.setAttribute("data-push", "open");
        return;
      }
      var name = handlers[event.data];
      if (name && typeof window[name] === "function") {
        window[name]();
      }
    };
    socket.onclose = function (event) {
      clearInterval(pinger);
      document.body.setAttribute("data-push", "closed");
      if (event.code === 1008 || event.reason === "signed out") {
        return; // not signed in (any more): the next page load goes to the login form
      }
      setTimeout(connect, pause);
      pause = Math.min(pause * 2, 30000);
    };
  }

  if ("WebSocket" in window && document.querySelector("a.brand")) {
    connect();
  }
})();
