/** TypeScript and TSX for jest through swc, shared by jest.config.js and jest.e2e.config.js. */
module.exports = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    {
      jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } },
    },
  ],
};
