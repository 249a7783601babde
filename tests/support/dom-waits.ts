/**
 * Test setup: how long `findBy…` and `waitFor` may wait in the UI tests (jsdom), 10 s instead of
 * Testing Library's 1 s. On a 2-core CI machine running every suite at once, a Fluent dialog
 * has taken over a second to open. The assertions stay the same; only the wait is longer.
 * Tests in the node environment do not load Testing Library for this.
 */
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 10_000 });
}
