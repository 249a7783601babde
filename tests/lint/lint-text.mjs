/**
 * Lints snippets of code as if they stood at the given paths, with the project's ESLint config,
 * and prints what each broke. boundaries.test.ts runs it as a child process: ESLint loads
 * eslint.config.mjs with import(), which jest's module sandbox does not allow.
 *
 * stdin: [{ code, filePath }] (paths from the repository root); stdout: [[{ ruleId, message }]].
 */
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

let input = "";
for await (const chunk of process.stdin) input += chunk;
const snippets = JSON.parse(input);

const eslint = new ESLint({ cwd: root });
const results = [];
for (const { code, filePath } of snippets) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
