/* global module */
/** Jest: node for the maths, the functions, the writers and the CLI; jsdom for the pane and the manifest. */
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
  transform: { "^.+\\.tsx?$": tsJest },
  setupFiles: ["<rootDir>/test/setup/fast-check.ts"],
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependency jest cannot load;
    // the mock needs only its OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    "\\.(png|svg|jpg)$": "<rootDir>/test/stubs/file.js",
  },
};

module.exports = {
  testTimeout: 60000,
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
  ],
};
