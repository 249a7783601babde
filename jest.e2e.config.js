/** Browser end-to-end tests: real Chromium over the built dist/ (run with npm run test:e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: require("./jest.transform.js"),
  // One browser at a time: the machine's cores go to Chromium and the page's worker.
  maxWorkers: 1,
  testTimeout: 300000,
};
