/* The survey page for e-mailed links: survey/#<token>. Uses the widget's rating form. */
(function () {
  "use strict";
  var TEXTS = {
    en: { title: "How was your chat with customer service?", missing: "This survey link is not valid or has expired.",
      answered: "This survey has already been answered. Thank you!", error: "Something went wrong. Please try again later." },
    nb: { title: "Hvordan var chatten med kundeservice?", missing: "Lenken til undersøkelsen er ugyldig eller utløpt.",
      answered: "Denne undersøkelsen er allerede besvart. Takk!", error: "Noe gikk galt. Prøv igjen senere." },
  };
  var base = new URL("../", location.href);
  var token = decodeURIComponent(location.hash.replace(/^#/, ""));
  var box = document.getElementById("survey");
  var title = document.getElementById("survey-title");

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") node.textContent = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function language(code) {
    code = String(code || navigator.language || "en").toLowerCase();
    return code === "nb" || code === "no" || code === "nn" || code.indexOf("nb-") === 0 || code.indexOf("no-") === 0 ? "nb" : "en";
  }

  function say(lang, key) {
    document.documentElement.lang = lang;
    title.textContent = TEXTS[lang].title;
    box.appendChild(el("p", { role: "status", text: TEXTS[lang][key] }));
  }

  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) { say(language(), "missing"); return; }
  fetch(new URL("api/v1/surveys/" + encodeURIComponent(token), base).href,
    { headers: { Accept: "application/json" }, credentials: "omit", cache: "no-store" })
    .then(function (response) {
      if (response.status === 404) { say(language(), "missing"); return; }
      if (!response.ok) { say(language(), "error"); return; }
      return response.json().then(function (survey) {
        var lang = language(survey.language);
        if (survey.answered) { say(lang, "answered"); return; }
        document.documentElement.lang = lang;
        title.textContent = TEXTS[lang].title;
        box.appendChild(window.__postbotSurveyForm(el, base, token, lang, null, function () {}));
      });
    })
    .catch(function () { say(language(), "error"); });
})();
