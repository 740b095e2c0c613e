/* The demo help page's search form stays on the page: a script file, not an inline handler,
   because the page's Content-Security-Policy allows no inline script. */
document.getElementById("track").addEventListener("submit", function (event) {
  event.preventDefault();
});
