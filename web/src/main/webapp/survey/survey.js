/*
 * The survey page for e-mailed links: survey/#<token>. The token rides in the fragment, which the
 * browser never sends, and goes to the API in request bodies only. Uses the widget's rating form
 * and client.
 */
import { createApi } from "../widget/modules/api.js";
import { el } from "../widget/modules/dom.js";
import { surveyForm } from "../widget/modules/survey-form.js";
import { SURVEY_PAGE_TEXTS, normaliseLanguage } from "../widget/modules/texts.js";

const base = new URL("../", location.href);
const api = createApi(base);
const token = decodeURIComponent(location.hash.replace(/^#/, ""));
const box = document.getElementById("survey");
const title = document.getElementById("survey-title");

function language(code) {
  return normaliseLanguage(code || navigator.language || "en");
}

function say(lang, key) {
  document.documentElement.lang = lang;
  title.textContent = SURVEY_PAGE_TEXTS[lang].title;
  box.appendChild(el("p", { role: "status", text: SURVEY_PAGE_TEXTS[lang][key] }));
}

if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) {
  say(language(), "missing");
} else {
  api
    .request("POST", "surveys/lookup", { token: token })
    .then(function (r) {
      if (r.problem && r.problem.type.split("/").pop() === "survey-not-found") {
        say(language(), "missing");
        return;
      }
      if (!r.ok) {
        say(language(), "error");
        return;
      }
      const lang = language(r.body.language);
      if (r.body.answered) {
        say(lang, "answered");
        return;
      }
      document.documentElement.lang = lang;
      title.textContent = SURVEY_PAGE_TEXTS[lang].title;
      box.appendChild(surveyForm(api, token, lang, function () {}));
    })
    .catch(function () {
      say(language(), "error");
    });
}
