/**
 * The narrative check (guide §8): the report's claims about results, read paragraph by
 * paragraph, tied to the submission's tables (section → sheet, item → TT row) and checked by
 * the claim rules. Evidence too weak to tie a claim gives an unmatched claim, never an error.
 */
import { checkDrift, DRIFT_RULES } from "../drift";
import { withoutFootnote } from "./numbers";
import { readCountClaims } from "./read-count";
import { itemCode, leadingCode } from "./read-result";
import { readResultsDecidingFootnotes } from "./footnotes";
import { claimCount } from "./rules/claim-count";
import { claimPercent } from "./rules/claim-percent";
import { claimUnmatched } from "./rules/claim-unmatched";
import { claimValue } from "./rules/claim-value";
import { claimVerdict } from "./rules/claim-verdict";
import type { ClaimContext, NarrativeRule } from "./rules/rule";
import { sectionOf, sheetOfSection, sheetsOfCommune } from "./sections";
import { tieResult, type TiedRow } from "./tie";
import { readProseClaims } from "./read-prose";
import { tieProseClaim } from "./tie-prose";
import { joinWrapped } from "./wrapped";
import type {
  CheckNarrative,
  Claim,
  CountClaim,
  NarrativeFinding,
  NarrativeOptions,
  NarrativeParagraph,
  ResultClaim,
  SubmissionSheet,
  UnmatchedReason,
} from "./types";

export type * from "./types";
export type { NarrativeRule } from "./rules/rule";

/** The report's claims rules; the drift rules (`../drift`) run on the same documents. */
export const NARRATIVE_RULES: readonly NarrativeRule[] = [
  claimValue,
  claimPercent,
  claimVerdict,
  claimCount,
  claimUnmatched,
];

/** The narrative rules' ids, for front ends that accept them in `disabledRules`. */
export const NARRATIVE_RULE_IDS: readonly string[] = [...NARRATIVE_RULES, ...DRIFT_RULES].map((r) => r.id);

/** Where the paragraphs being read stand: in a section naming a table, or not. */
interface Place {
  inSection: boolean;
  sheet: SubmissionSheet | null;
}

function locationOf(sheet: SubmissionSheet) {
  return { file: sheet.file, sheet: sheet.sheet };
}

function tieCount(claim: CountClaim, place: Place, sheets: readonly SubmissionSheet[]): SubmissionSheet[] {
  const fail = (reason: UnmatchedReason): SubmissionSheet[] => {
    claim.unmatched = reason;
    return [];
  };
  if (sheets.length === 0) return fail("no-table");
  if (claim.commune !== undefined) {
    const of = sheetsOfCommune(claim.commune, sheets);
    if (of.length !== 1) return fail("no-such-table");
    claim.match = locationOf(of[0]);
    return of;
  }
  const one = place.inSection ? place.sheet : sheets.length === 1 ? sheets[0] : null;
  if (one) {
    claim.match = locationOf(one);
    return [one];
  }
  if (place.inSection) return fail("no-such-table");
  // Several tables and no section: a verdict count speaks of them all; a bare total may not.
  if (claim.counts === "total") return fail("total-without-verdict");
  claim.over = sheets.map(locationOf);
  return [...sheets];
}

/**
 * With several tables and no section naming one, the claim's item is still clear when exactly
 * one table holds that item under a name the text confirms; otherwise there is none.
 */
function onlySheetHolding(
  claim: ResultClaim,
  sheets: readonly SubmissionSheet[],
  parts: number,
): SubmissionSheet | null {
  if (claim.code === undefined) return null;
  const holding = sheets.filter((sheet) => !("unmatched" in tieResult({ ...claim }, sheet, parts)));
  return holding.length === 1 ? holding[0] : null;
}

function tieResultClaim(
  claim: ResultClaim,
  place: Place,
  sheets: readonly SubmissionSheet[],
  parts: number,
): TiedRow | null {
  const sheet = place.inSection
    ? place.sheet
    : sheets.length === 1
      ? sheets[0]
      : onlySheetHolding(claim, sheets, parts);
  if (!sheet) {
    claim.unmatched = sheets.length === 0 ? "no-table" : place.inSection ? "no-such-table" : "several-tables";
    return null;
  }
  const tied = tieResult(claim, sheet, parts);
  if ("unmatched" in tied) {
    claim.unmatched = tied.unmatched;
    return null;
  }
  claim.match = {
    ...locationOf(sheet),
    ...(sheet.report.tables.length > 1 ? { tableIndex: tied.tableIndex } : {}),
    row: tied.indicator.row,
  };
  return tied;
}

/**
 * A paragraph's item number (from its label, or a "(3)" typed at its start) and its text
 * without it; the footnote suspects' offsets follow the text.
 */
function itemOf(paragraph: NarrativeParagraph): {
  code: string | null;
  text: string;
  marks: Array<{ start: number; end: number }>;
} {
  let code = itemCode(paragraph.numbering);
  let text = paragraph.text;
  let shift = 0;
  if (code === null && paragraph.numbering === undefined) {
    const leading = leadingCode(text);
    if (leading) {
      shift = text.length - leading.rest.length;
      ({ code, rest: text } = leading);
    }
  }
  const marks = (paragraph.footnoteSuspects ?? []).map((s) => ({
    start: s.start - shift,
    end: s.end - shift,
  }));
  return { code, text, marks };
}

export const checkNarrative: CheckNarrative = (paragraphs, sheets, options: NarrativeOptions = {}) => {
  // Sheets of results: a sheet of next term's targets only is none of the report's tables.
  const withTables = sheets.filter((s) => s.report.tables.some((t) => !t.table.targetOnly));
  const disabled = new Set(options.disabledRules ?? []);
  const rules = NARRATIVE_RULES.filter((r) => !disabled.has(r.id));
  const claims: Claim[] = [];
  const findings: NarrativeFinding[] = [];
  let place: Place = { inSection: false, sheet: null };

  const run = (context: ClaimContext) => {
    claims.push(context.claim);
    for (const rule of rules) findings.push(...rule.check(context));
  };

  let targetsPart = false;
  for (const paragraph of joinWrapped(paragraphs)) {
    if (paragraph.footnote || targetsPart) continue;
    const section = sectionOf(paragraph);
    if (section === "targets") targetsPart = true;
    if (section === "end" || section === "targets") place = { inSection: false, sheet: null };
    else if (section) place = { inSection: true, sheet: sheetOfSection(section, withTables) };

    const { code, text, marks } = itemOf(paragraph);
    if (code !== null) {
      const results = readResultsDecidingFootnotes(text, marks, paragraph.index, code);
      for (const claim of results) {
        const row = tieResultClaim(claim, place, withTables, results.length);
        run({ claim, row, sheets: [], options });
      }
      if (results.length > 0) continue;
    }
    const counts = readCountClaims(withoutFootnote(text, marks), paragraph.index);
    // A bare total outside a section is about a table only beside verdict counts.
    const withVerdicts = counts.some((c) => c.counts !== "total");
    for (const claim of counts) {
      const bare = claim.counts === "total" && !place.inSection && !withVerdicts;
      if (bare) claim.unmatched = "total-without-verdict";
      run({ claim, row: null, sheets: bare ? [] : tieCount(claim, place, withTables), options });
    }
    // Figures in prose, with no item number, tied by name alone.
    if (code !== null || counts.length > 0) continue;
    const scope = place.inSection ? (place.sheet ? [place.sheet] : []) : withTables;
    for (const claim of readProseClaims(withoutFootnote(text, marks), paragraph.index))
      run({ claim, row: tieProseClaim(claim, place.inSection, scope), sheets: [], options });
  }
  const drift = checkDrift(paragraphs, sheets, options);
  findings.push(...drift.findings);
  return { paragraphs: paragraphs.length, claims, findings, targets: drift.targets };
};
