import { test } from "node:test";
import assert from "node:assert/strict";
import {
  HANDOFF_TEXTS,
  SURVEY_PAGE_TEXTS,
  TEXTS,
  fill,
  normaliseLanguage,
} from "../../main/webapp/widget/modules/texts.js";

test("every text exists in English and in bokmål", () => {
  for (const [name, texts] of Object.entries({ TEXTS, HANDOFF_TEXTS, SURVEY_PAGE_TEXTS })) {
    assert.deepEqual(Object.keys(texts.nb).sort(), Object.keys(texts.en).sort(), name);
    for (const language of ["en", "nb"]) {
      for (const [key, value] of Object.entries(texts[language])) {
        assert.ok(Array.isArray(value) ? value.length : String(value).trim(), `${name}.${language}.${key} is empty`);
      }
    }
  }
});

test("placeholders are filled, unknown ones kept", () => {
  assert.equal(fill("You are number {n} in the queue.", { n: 3 }), "You are number 3 in the queue.");
  assert.equal(fill("{a} and {b}", { a: 1 }), "1 and {b}");
});

test("Norwegian codes mean bokmål, anything else English", () => {
  for (const code of ["nb", "no", "nn", "nb-NO", "NO-no"]) assert.equal(normaliseLanguage(code), "nb", code);
  for (const code of ["en", "en-GB", "sv", "", null]) assert.equal(normaliseLanguage(code), "en", String(code));
});
