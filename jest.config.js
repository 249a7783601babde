/** Unit, golden and CLI tests. Browser end-to-end tests run separately (npm run test:e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } },
      },
    ],
  },
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/support/file-stub.js" },
  // The command-line tests run the compiled `chitieu`: build it once before any test starts.
  globalSetup: "<rootDir>/tests/cli/global-setup.ts",
  setupFilesAfterEnv: ["<rootDir>/tests/support/dom-waits.ts"],
  testTimeout: 120000,
};
