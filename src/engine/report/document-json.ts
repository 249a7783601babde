/**
 * The JSON contract of a report's narrative check (`"document"` in a file entry of
 * `chitieu check --format json`, documented in the README; it changes only by adding fields).
 */
import type { Claim, ClaimVerdict, NarrativeReport, TableLocation } from "../claims/types";
import type { Severity } from "../types";
import { extractedTargetsJson, type ContractExtractedTarget } from "../resolution/json";
import type { RenderMessage } from "./json";

export interface ContractClaimPair {
  text: string;
  value: number | null;
  unit?: string;
}

export interface ContractMatch {
  file: string;
  sheet: string;
  tableIndex?: number;
  row: number | null;
}

export interface ContractClaim {
  kind: "result" | "count";
  paragraph: number;
  text: string;
  code: string | null;
  name: string | null;
  actual: ContractClaimPair | number | null;
  target: ContractClaimPair | number | null;
  percent: number | null;
  verdict: ClaimVerdict | null;
  match: ContractMatch | null;
  /** Count claims only: which count ("total", "missed" …). */
  counts?: string;
  /** Count claims only: "xã A 03/20". */
  commune?: string;
}

export interface ContractDocumentFinding {
  rule: string;
  severity: Severity;
  paragraph: number;
  text: string;
  message: string;
  table: { file: string; sheet: string; tableIndex?: number; row: number; cell: string } | null;
}

/** A target the text sets (as `chitieu extract` gives it), with the table row it was compared with. */
export interface ContractDocumentTarget extends ContractExtractedTarget {
  match: ContractMatch | null;
}

export interface ContractDocument {
  kind: "report";
  paragraphs: number;
  claims: ContractClaim[];
  findings: ContractDocumentFinding[];
  targets: ContractDocumentTarget[];
}

function location(at: Omit<TableLocation, "row"> & { row?: number }): ContractMatch {
  return {
    file: at.file,
    sheet: at.sheet,
    ...(at.tableIndex !== undefined ? { tableIndex: at.tableIndex } : {}),
    row: at.row ?? null,
  };
}

function pair(
  p: { text: string; value: number | null; unit?: string } | undefined,
): ContractClaimPair | null {
  if (!p) return null;
  return { text: p.text, value: p.value, ...(p.unit !== undefined ? { unit: p.unit } : {}) };
}

function claimJson(claim: Claim): ContractClaim {
  if (claim.kind === "result") {
    return {
      kind: "result",
      paragraph: claim.paragraph,
      text: claim.text,
      code: claim.code ?? null,
      name: claim.name ?? null,
      actual: pair(claim.actual),
      target: pair(claim.target),
      percent: claim.percent ?? null,
      verdict: claim.verdict ?? null,
      match: claim.match ? location(claim.match) : null,
    };
  }
  // A count claim: "18/23 chỉ tiêu đạt" → actual 18, target 23; its match is a table, no row.
  return {
    kind: "count",
    paragraph: claim.paragraph,
    text: claim.text,
    code: null,
    name: null,
    actual: claim.value,
    target: claim.of ?? null,
    percent: claim.percent ?? null,
    verdict: null,
    match: claim.match ? location(claim.match) : null,
    counts: claim.counts,
    ...(claim.commune !== undefined ? { commune: claim.commune } : {}),
  };
}

/** A report's narrative check in the JSON contract, each message rendered by `renderMessage`. */
export function toDocumentJson(report: NarrativeReport, renderMessage: RenderMessage): ContractDocument {
  return {
    kind: "report",
    paragraphs: report.paragraphs,
    claims: report.claims.map(claimJson),
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      paragraph: f.paragraph,
      text: f.text,
      message: renderMessage(f.message),
      table: f.table
        ? {
            file: f.table.file,
            sheet: f.table.sheet,
            ...(f.table.tableIndex !== undefined ? { tableIndex: f.table.tableIndex } : {}),
            row: f.table.row,
            cell: f.table.cell,
          }
        : null,
    })),
    targets: extractedTargetsJson(report.targets, renderMessage).targets.map((t, i) => {
      const match = report.targets[i].match;
      return { ...t, match: match ? location(match) : null };
    }),
  };
}
