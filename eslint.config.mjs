// Lint: the Office add-in rules (office-addin-lint's own set, with React) for src/, test/ and bench/.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The plugin's TypeScript rules are declared for *.{js,mjs,cjs,ts,cts,mts} only, so without this
// the React components (*.tsx) would not be linted at all.
const typescriptRules = officeAddins.configs.recommended.find((config) => config.files);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.react,
  { ...typescriptRules, files: ["**/*.tsx"] },
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "19" } },
    rules: {
      // TypeScript checks names itself (typescript-eslint advises against no-undef on TS code).
      "no-undef": "off",
      // React 17+ JSX transform: components need not import React.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["test/**", "bench/**", "scripts/**"],
    rules: { "no-console": "off" },
  },
];
