/* global module */
/**
 * Jest, one command for the whole suite (`npm test`, as CI runs it): node for the maths, the functions,
 * the writers and the CLI; jsdom for the pane's components and the manifest; e2e for the pane in
 * headless Chromium (preview build, playwright-core). `npm run test:e2e` runs only the last.
 */
const tsJest = [
  "ts-jest",
  {
    // Types are checked by `npm run typecheck`; here ts-jest only transpiles, to keep the suite fast.
    diagnostics: false,
    tsconfig: {
      module: "commonjs",
      jsx: "react-jsx",
      esModuleInterop: true,
      target: "ES2020",
      isolatedModules: true,
    },
  },
];

const shared = {
  transform: {
    "^.+\\.tsx?$": tsJest,
    // The KPI catalogue's .csv as its text, as webpack's asset/source gives it to the pane.
    "\\.csv$": "<rootDir>/scripts/csv-as-text.js",
  },
  setupFiles: ["<rootDir>/test/setup/fast-check.ts"],
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependency jest cannot load;
    // the mock needs only its OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    "\\.(png|svg|jpg)$": "<rootDir>/test/stubs/file.js",
  },
};

module.exports = {
  // The e2e project builds the preview bundle once in beforeAll (about half a minute on 2 cores).
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: [
        "<rootDir>/test/taskpane/",
        "<rootDir>/test/e2e/",
        "<rootDir>/test/manifest/",
      ],
    },
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: [
        "<rootDir>/test/taskpane/**/*.test.ts?(x)",
        "<rootDir>/test/manifest/**/*.test.ts",
      ],
    },
    {
      ...shared,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
