/*
 * Postbot chat widget. Embed with
 *   <script src="/widget/postbot.js" data-language="en|nb" data-theme="light|dark" defer></script>
 * This one classic script reads its attributes and loads the widget's native ES modules from
 * modules/ beside it (no build step); see docs/widget.md. Customer and bot text is only ever set
 * as text (textContent), never parsed as HTML.
 */
(function () {
  "use strict";
  if (window.postbotWidgetStarted) return;
  window.postbotWidgetStarted = true;

  var script = document.currentScript;
  var base = new URL("../", script ? script.src : location.href);
  var attribute = function (name) {
    return script ? script.getAttribute(name) : null;
  };
  var config = {
    base: base,
    language: attribute("data-language") || document.documentElement.lang || "en",
    theme: attribute("data-theme") === "dark" ? "dark" : "light",
    transport: attribute("data-transport") || "websocket",
  };

  function start() {
    /* without its modules (blocked, offline) the widget stays away altogether */
    import(new URL("widget/modules/widget.js", base).href).then(
      function (widget) {
        widget.startWidget(config);
      },
      function () {},
    );
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
