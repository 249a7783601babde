/**
 * The narrative check's contract: paragraphs of a report and the checked tables of its
 * submission in, claims and findings out. Data only; words live in the message catalogs.
 */
import type { ClaimUnmatched } from "../messages";
import type { TiedTarget } from "../drift/types";
import type {
  NarrativeFinding,
  NarrativeOptions,
  SubmissionSheet,
  TableLocation,
  TextParagraph,
} from "../types";

export type { NarrativeFinding, NarrativeOptions, SubmissionSheet, TableLocation } from "../types";

/** One paragraph of a report (the engine's text paragraph; a footnote body is never a claim). */
export type NarrativeParagraph = TextParagraph;

export interface ClaimPair {
  /** As written ("8.200", "31.500.000"). */
  text: string;
  value: number | null;
  unit?: string;
}

export type ClaimVerdict = "exceeded" | "achieved" | "missed";

export interface ResultClaim {
  kind: "result";
  paragraph: number;
  /** The clause as written in the document. */
  text: string;
  /** The item's number ("3", "2.1") when the text gives one. */
  code?: string;
  name?: string;
  actual?: ClaimPair;
  target?: ClaimPair;
  /** Stated percent (109.3 means 109,3 %). */
  percent?: number;
  /** The stated percent as written ("109,3"): its decimals tell how it was rounded. */
  percentText?: string;
  verdict?: ClaimVerdict;
  /** "đạt 17/19 tiêu chí": the 19 (all criteria), which need not be the target. */
  outOf?: ClaimPair;
  match: TableLocation | null;
  /** Why no row was tied, when `match` is null. */
  unmatched?: UnmatchedReason;
}

/** Why a claim is tied to no table or row. */
export type UnmatchedReason = ClaimUnmatched;

export interface CountClaim {
  kind: "count";
  paragraph: number;
  text: string;
  /** Which count: total, or indicators with that verdict (achieved-or-better for "đạt và vượt"). */
  counts: "total" | "exceeded" | "achieved" | "achieved-or-exceeded" | "missed";
  value: number;
  /** "NN/MM": the MM. */
  of?: number;
  /** "(chiếm X%)". */
  percent?: number;
  /** The percent as written ("78", "82,6"). */
  percentText?: string;
  /** "xã A 03/20": the former commune it speaks of. */
  commune?: string;
  match: { file: string; sheet: string; tableIndex?: number } | null;
  /** A count over several tables (a merged commune's opening sentence): each of them. */
  over?: Array<{ file: string; sheet: string; tableIndex?: number }>;
  unmatched?: UnmatchedReason;
}

export type Claim = ResultClaim | CountClaim;

export interface NarrativeReport {
  paragraphs: number;
  claims: Claim[];
  /** Claim findings, then drift findings (the text's targets against its target table). */
  findings: NarrativeFinding[];
  /** The targets the text sets (guide §9), each with the table row it was compared with. */
  targets: TiedTarget[];
}

/**
 * The entry point every front end calls (implemented in `./index.ts`):
 * `checkNarrative(paragraphs, sheets, options): NarrativeReport`.
 */
export type CheckNarrative = (
  paragraphs: readonly NarrativeParagraph[],
  sheets: readonly SubmissionSheet[],
  options?: NarrativeOptions,
) => NarrativeReport;
