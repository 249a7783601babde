/**
 * Unit, golden and CLI tests, in projects: `npx jest --selectProjects engine` runs one of them.
 * Browser end-to-end tests run separately (npm run test:e2e).
 */
const shared = {
  rootDir: __dirname,
  roots: ["<rootDir>/tests"],
  transform: require("./jest.transform.js"),
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/support/file-stub.js" },
  setupFilesAfterEnv: ["<rootDir>/tests/support/dom-waits.ts"],
  testTimeout: 120000,
};

const TESTS = "**/*.test.{ts,tsx}";
const UI = ["taskpane", "standalone", "commands", "adapters/office"];
/** Checks 200,000 rows through the compiled command line: the slowest test by far. */
const LARGE = "<rootDir>/tests/cli/large-sheet.test.ts";

module.exports = {
  testTimeout: shared.testTimeout,
  projects: [
    {
      // Everything that needs neither a DOM nor the compiled command line.
      ...shared,
      displayName: "engine",
      testEnvironment: "node",
      testMatch: [`<rootDir>/tests/${TESTS}`],
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/tests/e2e/",
        "<rootDir>/tests/cli/",
        ...UI.map((dir) => `<rootDir>/tests/${dir}/`),
      ],
    },
    {
      // The task pane and the page under jsdom; their Office and worker tests say `node` in a docblock.
      ...shared,
      displayName: "ui",
      testEnvironment: "jsdom",
      setupFiles: ["<rootDir>/tests/support/text-codecs.ts"],
      testMatch: UI.map((dir) => `<rootDir>/tests/${dir}/${TESTS}`),
    },
    {
      // These run `node bin/chitieu.js`; each file builds it first if it is stale (once, under a lock).
      ...shared,
      displayName: "cli",
      testEnvironment: "node",
      testMatch: [`<rootDir>/tests/cli/${TESTS}`],
      testPathIgnorePatterns: ["/node_modules/", LARGE],
    },
    {
      ...shared,
      displayName: "large",
      testEnvironment: "node",
      testMatch: [LARGE],
    },
  ],
};
