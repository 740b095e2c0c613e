// ESLint for the widget's native ES modules, its classic loader and its unit tests.
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["src/main/webapp/widget/modules/**/*.js", "src/main/webapp/survey/**/*.js"],
    languageOptions: { sourceType: "module", globals: globals.browser },
  },
  {
    files: ["src/main/webapp/widget/postbot.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    files: ["src/test/js/**/*.js"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
];
