/**
 * The checking engine: grid → detect tables → read rows → evaluate → check → summarise.
 * Pure TypeScript, shared by the add-in, the browser page and the command line.
 */
import { ALL_RULES, RULE_IDS } from "./checks";
import { NARRATIVE_RULE_IDS } from "./claims";
import { runRules } from "./checks/row-rules";
import { detectTables, readTableRows } from "./detect";
import { settleTargetChoice } from "./evaluate/column-choice";
import { evaluateRow } from "./evaluate/evaluate";
import type { Grid } from "./grid";
import { constantMessage } from "./messages";
import { decideConvention } from "./parse/numbers";
import type { RuleContext } from "./checks/rule";
import { indicatorUnits } from "./evaluate/units";
import { summarise } from "./summary/summary";
import type {
  CheckOptions,
  DetectedTable,
  EvaluatedIndicator,
  Finding,
  GroupRow,
  NumberConvention,
  SheetReport,
  TableReport,
  TableRow,
} from "./types";

export * from "./types";
export type { EngineMessage, EngineMessageId, EngineMessages, Message, MessageValue } from "./messages";
export { message } from "./messages";
export type { Rule, RuleContext } from "./checks/rule";
export type { Cell, CellError, CellValue, Grid, MergedArea } from "./grid";
export { cellAddress, cellText, columnIndex, columnLetter, getCell, isBlankCell, isCellError } from "./grid";
export { ALL_RULES, RULE_IDS } from "./checks";
export { detectTables, readTableRows } from "./detect";
export { evaluateRow } from "./evaluate/evaluate";
export { percentMatches } from "./evaluate/percent";
export {
  conventionEvidence,
  decideConvention,
  formatNumber,
  parseCellNumber,
  parseNumberText,
} from "./parse/numbers";
export { parseTarget } from "./parse/targets";
export { parseQualitativeActual, parseStatusLabel } from "./parse/labels";
export { inferPolarity } from "./parse/polarity";
export { parseCountStatement } from "./parse/statements";
export { indicatorUnits, worstStatus } from "./evaluate/units";
export { summarise, summarySentence } from "./summary/summary";
export { toContractJson, type ContractJson } from "./report/json";
export { checkNarrative, NARRATIVE_RULE_IDS, NARRATIVE_RULES } from "./claims";
export type * from "./claims/types";
export type { NarrativeRule } from "./claims/rules/rule";
export { fold, cleanText } from "./text/fold";

/** Rule ids in `disabledRules` that no table or narrative rule has (so callers can reject a typo). */
export function unknownRuleIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !RULE_IDS.includes(id) && !NARRATIVE_RULE_IDS.includes(id));
}

/** Texts of the value cells (target, actual, percent) that may prove the number convention. */
function valueTexts(tables: ReadonlyArray<readonly TableRow[]>): string[] {
  const out: string[] = [];
  for (const rows of tables) {
    for (let kRow = 0; kRow < rows.length; kRow++) {
      const row = rows[kRow];
      if (row.kind !== "indicator") continue;
      const cells = row.cells;
      const target = cells.target?.value;
      const actual = cells.actual?.value;
      const percent = cells.percent?.value;
      if (typeof target === "string") out.push(target);
      if (typeof actual === "string") out.push(actual);
      if (typeof percent === "string") out.push(percent);
    }
  }
  return out;
}

const PROGRESS_STEP = 5000;

function inRowOrder(findings: readonly Finding[]): boolean {
  for (let k = 1; k < findings.length; k++) if (findings[k].row < findings[k - 1].row) return false;
  return true;
}

function countIndicatorRows(rows: readonly TableRow[]): number {
  let n = 0;
  for (let kRow = 0; kRow < rows.length; kRow++) if (rows[kRow].kind === "indicator") n++;
  return n;
}

function checkTable(
  grid: Grid,
  table: DetectedTable,
  rows: readonly TableRow[],
  convention: NumberConvention,
  options: CheckOptions,
  progress: (done: number) => void,
): TableReport {
  // Made at its final length: a long table would otherwise copy the list as it grows.
  const indicators = new Array<EvaluatedIndicator>(countIndicatorRows(rows));
  let kIndicator = 0;
  const groups: GroupRow[] = [];
  const evaluateOptions = {
    convention,
    polarityOverrides: options.polarityOverrides,
    tolerance: options.tolerance,
    targetOnly: table.targetOnly,
  };
  let count = 0;
  // Index loops here and in the checks: a for…of loop makes an iterator step per row until
  // the code is optimised, and each check runs only once per table.
  for (let kRow = 0, rowList = rows; kRow < rowList.length; kRow++) {
    const row = rowList[kRow];
    if (row.kind === "group") groups.push(row);
    else indicators[kIndicator++] = evaluateRow(row, evaluateOptions);
    if (++count % PROGRESS_STEP === 0) progress(count);
  }
  const units = indicatorUnits(indicators);
  const context: RuleContext = { grid, table, indicators, units, groups, convention, options };
  const disabled = new Set(options.disabledRules ?? []);
  const findings = runRules(ALL_RULES, context, disabled);
  // Row order; within a row, the rules' order (Array.prototype.sort is stable). Findings often
  // come in row order already (one check speaking on a long table): no sort is then needed.
  if (!inRowOrder(findings)) findings.sort((a, b) => a.row - b.row);
  return { table, indicators, groups, findings, summary: summarise(indicators, groups, units) };
}

const NO_TABLE = constantMessage("sheet/no-table");

/** Check one worksheet: every table on it, with findings and summaries. */
export function checkSheet(grid: Grid, options: CheckOptions = {}): SheetReport {
  const report = (fraction: number) => options.onProgress?.(Math.min(1, Math.max(0, fraction)));
  report(0);
  const detection = detectTables(grid, options.mapping);
  if (detection.tables.length === 0) {
    report(1);
    return {
      name: grid.name,
      tables: [],
      reason: detection.reason ?? NO_TABLE,
      convention: options.convention ?? "vi",
    };
  }
  let rowsPerTable = detection.tables.map((table) => readTableRows(grid, table));
  const convention = options.convention ?? decideConvention(valueTexts(rowsPerTable)).convention;
  // A target column the headers left open is the one the table's own figures agree with.
  const detected = detection.tables.map((table) => settleTargetChoice(grid, table, convention));
  rowsPerTable = detected.map((table, i) =>
    table === detection.tables[i] ? rowsPerTable[i] : readTableRows(grid, table),
  );
  report(0.1);

  const totalRows = rowsPerTable.reduce((n, rows) => n + rows.length, 0) || 1;
  let doneBefore = 0;
  const tables = detected.map((table, i) => {
    const rows = rowsPerTable[i];
    const result = checkTable(grid, table, rows, convention, options, (done) =>
      report(0.1 + (0.9 * (doneBefore + done)) / totalRows),
    );
    doneBefore += rows.length;
    report(0.1 + (0.9 * doneBefore) / totalRows);
    return result;
  });
  return { name: grid.name, tables, convention };
}
