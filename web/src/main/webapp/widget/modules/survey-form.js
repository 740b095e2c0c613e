/*
 * The rating form after a chat with a person, shared by the widget and the survey page for
 * e-mailed links (survey/index.html). Everything is set as text, never parsed as HTML.
 */
import { el } from "./dom.js";
import { HANDOFF_TEXTS } from "./texts.js";

/** The form for the survey of this token; answered() is called once it is answered. */
export function surveyForm(api, token, language, answered) {
  const t = function (key) {
    return HANDOFF_TEXTS[language][key];
  };
  const form = el("form", { class: "pb-survey", novalidate: "" });
  const set = el("fieldset", { class: "pb-scores" }, [el("legend", { text: t("score") })]);
  t("scores").forEach(function (label, index) {
    const id = "pb-score-" + (index + 1);
    set.appendChild(
      el("span", { class: "pb-score" }, [
        el("input", { type: "radio", name: "pb-score", id: id, value: String(index + 1) }),
        el("label", { for: id, text: label }),
      ]),
    );
  });
  form.appendChild(set);
  const comment = el("textarea", { id: "pb-survey-comment", rows: "3", maxlength: "2000" });
  form.appendChild(
    el("p", { class: "pb-field" }, [el("label", { for: "pb-survey-comment", text: t("comment") }), comment]),
  );
  const problem = el("p", { class: "pb-form-error", role: "alert" });
  form.appendChild(problem);
  const submit = el("button", { type: "submit", class: "pb-primary", text: t("sendSurvey") });
  form.appendChild(el("div", { class: "pb-panel-buttons" }, [submit]));
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const chosen = form.querySelector("input[name=pb-score]:checked");
    if (!chosen) {
      problem.textContent = t("chooseScore");
      return;
    }
    submit.disabled = true;
    /* the token in the body, never in the address: proxies and access logs keep addresses */
    const body = { token: token, score: Number(chosen.value) };
    if (comment.value.trim()) body.comment = comment.value.trim();
    api
      .request("POST", "surveys/answers", body)
      .then(function (r) {
        const alreadyAnswered = r.problem && r.problem.type.split("/").pop() === "survey-already-answered";
        if (r.ok || alreadyAnswered) {
          answered();
          const note = el("p", {
            class: "pb-thanks",
            role: "status",
            tabindex: "-1",
            text: t(r.ok ? "thanks" : "answered"),
          });
          form.replaceWith(note);
          note.focus();
          return;
        }
        submit.disabled = false;
        problem.textContent = (r.problem && r.problem.detail) || t("error");
      })
      .catch(function () {
        submit.disabled = false;
        problem.textContent = t("error");
      });
  });
  return form;
}
