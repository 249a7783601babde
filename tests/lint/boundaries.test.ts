/**
 * The import boundaries of eslint.config.mjs: an import the wrong way between src/ folders (or
 * from an engine stage to a later one) is reported; the imports the layers are meant to make
 * are not.
 */
import { spawnSync } from "child_process";
import * as path from "path";

interface Reported {
  ruleId: string | null;
  message: string;
}

/** [file the import is written in, what it imports]. */
type Case = [string, string];

const WRONG_WAY: Case[] = [
  ["src/engine/checks/new-rule.ts", "../../adapters/office/env"],
  ["src/engine/grid.ts", "../adapters/exceljs/read"],
  ["src/engine/parse/numbers.ts", "../../i18n"],
  ["src/engine/evaluate/evaluate.ts", "../../app/settings"],
  ["src/engine/detect/headers.ts", "../checks/rule"],
  ["src/engine/detect/headers.ts", "../parse/numbers"],
  ["src/engine/text/fold.ts", "../detect/sheet"],
  ["src/engine/types.ts", "./checks/rule"],
  ["src/engine/evaluate/units.ts", "../summary/summary"],
  ["src/engine/summary/summary.ts", "../report/json"],
  ["src/engine/report/json.ts", "../index"],
  ["src/engine/claims/index.ts", "../report/json"],
  ["src/engine/checks/count-mismatch.ts", "../claims/read-count"],
  ["src/engine/claims/index.ts", ".."],
  ["src/engine/claims/rules/claim-value.ts", "../../index"],
  ["src/engine/claims/tie.ts", "../../adapters/documents"],
  ["src/engine/resolution/extract.ts", "../evaluate/units"],
  ["src/engine/parse/targets/parse.ts", "../../resolution"],
  ["src/engine/resolution/extract.ts", "fs"],
  ["src/engine/checks/util.ts", ".."],
  ["src/engine/checks/util.ts", "fs"],
  ["src/engine/grid.ts", "exceljs"],
  ["src/i18n/format.ts", "../app/settings"],
  ["src/i18n/vi/ui.ts", "../../taskpane/i18n"],
  ["src/i18n/index.ts", "react"],
  ["src/app/settings.ts", "../adapters/office/settings"],
  ["src/app/sniff.ts", "../standalone/protocol"],
  ["src/app/sniff.ts", "fs"],
  ["src/adapters/office/flags.ts", "../../taskpane/i18n"],
  ["src/adapters/exceljs/annotate.ts", "../../cli/messages"],
  ["src/adapters/exceljs/labels.ts", "../../standalone/texts"],
  ["src/adapters/office/service.ts", "../../commands/actions"],
  ["src/adapters/exceljs/annotate.ts", "../office/flags"],
  ["src/adapters/exceljs/annotate.ts", "../../adapters/office/flags"],
  ["src/adapters/office/summary-sheet.ts", "../exceljs/style"],
  ["src/cli/check.ts", "../taskpane/i18n"],
  ["src/cli/check.ts", "../standalone/sniff"],
  ["src/cli/check.ts", "../commands/actions"],
  ["src/commands/actions.ts", "../standalone/service"],
  ["src/commands/actions.ts", "../taskpane/App"],
  ["src/commands/actions.ts", "../cli/messages"],
  ["src/taskpane/App.tsx", "../standalone/Page"],
  ["src/taskpane/components/ActionBar.tsx", "../../cli/messages"],
  ["src/taskpane/App.tsx", "../commands/actions"],
  ["src/standalone/Page.tsx", "../cli/check"],
  ["src/standalone/service.ts", "../commands/actions"],
];

const RIGHT_WAY: Case[] = [
  ["src/engine/checks/new-rule.ts", "../evaluate/units"],
  ["src/engine/resolution/extract.ts", "../parse/targets"],
  ["src/engine/resolution/extract.ts", "../text/fold"],
  ["src/engine/checks/new-rule.ts", "../resolution"],
  ["src/engine/checks/new-rule.ts", "../parse/numbers"],
  ["src/engine/checks/new-rule.ts", "../text/fold"],
  ["src/engine/checks/new-rule.ts", "../types"],
  ["src/engine/checks/new-rule.ts", "../grid"],
  ["src/engine/checks/new-rule.ts", "./rule"],
  ["src/engine/report/json.ts", "../summary/summary"],
  ["src/engine/claims/index.ts", "../evaluate/percent"],
  ["src/engine/claims/rules/claim-count.ts", "../../evaluate/tally"],
  ["src/engine/claims/read-count.ts", "../parse/count-phrase"],
  ["src/engine/index.ts", "./claims"],
  ["src/engine/report/json.ts", "../claims/types"],
  ["src/engine/grid.ts", "./text/fold"],
  ["src/engine/types.ts", "./messages"],
  ["src/engine/index.ts", "./checks"],
  ["src/engine/index.ts", "./report/json"],
  ["src/i18n/vi/engine.ts", "../../engine/messages"],
  ["src/i18n/format.ts", "../engine/parse/numbers"],
  ["src/i18n/index.ts", "./catalog"],
  ["src/app/settings.ts", "../engine/types"],
  ["src/app/settings.ts", "../i18n"],
  ["src/adapters/exceljs/annotate.ts", "../../engine/grid"],
  ["src/adapters/exceljs/annotate.ts", "../../app/settings"],
  ["src/adapters/exceljs/annotate.ts", "../../i18n"],
  ["src/adapters/exceljs/annotate.ts", "./style"],
  ["src/adapters/exceljs/annotate.ts", "exceljs"],
  ["src/adapters/office/service.ts", "../../app/workbook-service"],
  ["src/cli/load.ts", "../app/sniff"],
  ["src/cli/check.ts", "../adapters/exceljs/read"],
  ["src/cli/load.ts", "fs"],
  ["src/commands/actions.ts", "../adapters/office/service"],
  ["src/commands/actions.ts", "../app/settings"],
  ["src/taskpane/index.tsx", "../adapters/office/service"],
  ["src/taskpane/components/ActionBar.tsx", "../../app/workbook-service"],
  ["src/taskpane/components/ActionBar.tsx", "../i18n"],
  ["src/standalone/Page.tsx", "../taskpane/App"],
  ["src/standalone/worker-core.ts", "../adapters/exceljs/read"],
];

const snippet = (source: string) => `import * as imported from "${source}";\nexport const used = imported;\n`;

/** What ESLint reports for each case, linted in one child process. */
function lint(cases: Case[]): Reported[][] {
  const root = path.join(__dirname, "..", "..");
  const input = JSON.stringify(cases.map(([filePath, source]) => ({ filePath, code: snippet(source) })));
  const run = spawnSync(process.execPath, [path.join(__dirname, "lint-text.mjs")], {
    cwd: root,
    input,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`ESLint failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Reported[][];
}

const restricted = (messages: Reported[]) => messages.filter((m) => m.ruleId === "no-restricted-imports");

describe("import boundaries (eslint.config.mjs)", () => {
  let wrong: Reported[][];
  let right: Reported[][];
  beforeAll(() => {
    const all = lint([...WRONG_WAY, ...RIGHT_WAY]);
    wrong = all.slice(0, WRONG_WAY.length);
    right = all.slice(WRONG_WAY.length);
  });

  it.each(WRONG_WAY.map((c, i) => [...c, i] as const))("reports %s importing %s", (_file, source, i) => {
    const reported = restricted(wrong[i]);
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toContain(`'${source}' import is restricted`);
  });

  it.each(RIGHT_WAY.map((c, i) => [...c, i] as const))("lets %s import %s", (_file, _source, i) => {
    expect(restricted(right[i])).toEqual([]);
  });

  it("says which boundary was crossed", () => {
    const message = (file: string, source: string) =>
      restricted(wrong[WRONG_WAY.findIndex(([f, s]) => f === file && s === source)])[0].message;
    expect(message("src/engine/detect/headers.ts", "../checks/rule")).toContain("no later stage");
    expect(message("src/engine/checks/new-rule.ts", "../../adapters/office/env")).toContain(
      "src/engine imports nothing outside src/engine",
    );
    expect(message("src/adapters/exceljs/annotate.ts", "../office/flags")).toContain("no other adapter");
    expect(message("src/cli/check.ts", "../taskpane/i18n")).toContain("src/cli imports no other front end");
  });
});
