/**
 * The committed baseline (tests/fixtures/realistic/baseline.json): today's figures and the
 * identity of every problem today, so that a test can fail on any new false error, miss or
 * wrong status while letting improvements through.
 */
import { problemKey, totals, type ProblemKind, type Totals, type WorkbookScore } from "./score";

/** The problems a change must not add. Unexpected info notes and location details are not gated. */
export const GATED_KINDS: readonly ProblemKind[] = [
  "table-missing",
  "row-missing",
  "group-as-indicator",
  "status-wrong",
  "percent-wrong",
  "miss",
  "false-error",
  "unexpected-warning",
];

export interface BaselineWorkbook {
  tablesFound: number;
  statusWrong: number;
  percentWrong: number;
  misses: number;
  falseErrors: number;
  unexpectedWarnings: number;
  /** Keys (see problemKey) of today's gated problems. */
  problems: string[];
}

export interface Baseline {
  totals: Totals;
  workbooks: Record<string, BaselineWorkbook>;
}

export function gatedKeys(score: WorkbookScore): string[] {
  return score.problems.filter((p) => GATED_KINDS.includes(p.kind)).map(problemKey);
}

export function baselineOf(scores: readonly WorkbookScore[]): Baseline {
  const workbooks: Baseline["workbooks"] = {};
  for (const s of scores) {
    workbooks[s.file] = {
      tablesFound: s.tablesFound,
      statusWrong: s.statusWrong,
      percentWrong: s.percentWrong,
      misses: s.misses,
      falseErrors: s.falseErrors,
      unexpectedWarnings: s.unexpectedWarnings,
      problems: gatedKeys(s),
    };
  }
  return { totals: totals(scores), workbooks };
}
