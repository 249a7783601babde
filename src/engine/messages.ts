/**
 * Messages as data: what a finding, a reason or a reading says, as an id and the values it
 * names. The words live in the catalogs of `src/i18n` (one per language) and are rendered only
 * where a person reads them; numbers stay numbers until then.
 */
import type { ColumnRole, Counts, NumberConvention, Status } from "./types";

export type MessageValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | Message
  | readonly MessageValue[]
  | { readonly [key: string]: MessageValue };

export interface Message<Id extends string = string, Data = unknown> {
  readonly id: Id;
  readonly data: Data;
}

/** The data of a message that names nothing. */
export type NoData = Record<string, never>;

/** A column as a message names it: its letters and its header text. */
export interface ColumnRef {
  readonly column: string;
  readonly header: string;
}

/** A status the engine assessed, as a catalog names it ("vượt" / "exceeded" …). */
export type StatusWord = Status;

/** One computed percent of target: numerator / denominator × 100, with a note for a range's bound. */
export interface PercentFormula {
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
  /** "so với cận dưới" / "against the lower bound" for range targets. */
  readonly note?: EngineMessage;
}

/**
 * A value cell as a finding names it: a text cell's text as written, or a number cell's value
 * (shown ×100 with "%" for a percent format), which the catalog writes in its language's style.
 */
export type CellShown = string | { readonly number: number; readonly percent: boolean };

/** What a row gives that needs the missing target or actual: the status label, the percent cell. */
export interface GivenValues {
  readonly status?: string;
  readonly percent?: CellShown;
}

/** Quantities a commune wants less of (hộ nghèo, tai nạn …), named in polarity reasons. */
export type LowerQuantity =
  | "near-poor-households"
  | "poor-households"
  | "farm-labour"
  | "accidents"
  | "complex-incidents"
  | "complaints"
  | "crime"
  | "drug-addicts"
  | "drug-harm"
  | "malnutrition"
  | "unemployment"
  | "fires"
  | "pollution"
  | "deaths"
  | "makeshift-housing"
  | "third-births"
  | "child-marriage"
  | "drop-out"
  | "bad-debt"
  | "violations";

/** Words that turn a bad quantity into work done ("được hỗ trợ", "giải quyết" …). */
export type PositiveAction =
  | "handled"
  | "out-of-poverty"
  | "resolved"
  | "mediated"
  | "supported"
  | "removed"
  | "rehabilitated"
  | "investigated"
  | "trained"
  | "managed"
  | "dealt-with"
  | "received";

/** "Không có …", "sạch ma túy": a count of good units. */
export type Absence = "without" | "drug-free";

/** Units whose figures have a commune's scale (suspect-magnitude's bounds). */
export type UnitScale =
  "thousand-head" | "thousand-people" | "thousand-households" | "dong" | "million-dong" | "billion-dong";

/** The counts a summary statement states, as count-mismatch compares them. */
export type StatedCount = "total" | "exceeded" | "achieved" | "missed";

/** The rules' ids, for their descriptions ("rule/‹id›"). */
export type RuleId =
  | "invalid-value"
  | "missing-value"
  | "percent-mismatch"
  | "status-mismatch"
  | "boundary-value"
  | "ambiguous-number"
  | "suspect-magnitude"
  | "count-mismatch"
  | "duplicate-code"
  | "numbering-gap"
  | "text-number"
  | "date-value"
  | "claim-value"
  | "claim-percent"
  | "claim-verdict"
  | "claim-count"
  | "claim-unmatched"
  | "target-drift"
  | "target-missing"
  | "target-extra"
  | "target-unmatched";

/** What a count claim counts (indicators with that verdict, or all of them). */
export type ClaimCount = "total" | "exceeded" | "achieved" | "achieved-or-exceeded" | "missed";

/** Why a claim is tied to no table or row. */
export type ClaimUnmatched =
  | "no-table"
  | "several-tables"
  | "no-such-table"
  | "no-such-item"
  | "name-differs"
  | "unit-differs"
  | "no-item-number"
  | "total-without-verdict";

/** What differs between the text's target and the table's (guide §9). */
export type DriftAspect = "value" | "comparator" | "range" | "fraction" | "unit";

/** Which way a target bounds the result: at least, at most, or no comparator written. */
export type TargetDirection = "min" | "max" | "none";

/** Why a text target and a table row were not compared. */
export type TargetUnmatched = "name-differs" | "renumbered" | "part-without-row";

type RuleDescriptions = { [Id in RuleId as `rule/${Id}`]: NoData };

/**
 * Every message the engine emits, by id, with the data it carries. A check's messages are
 * "‹rule id›/‹case›"; the catalogs must give words for each, in every language (the compiler
 * holds them to it). Texts in the data are the sheet's, trimmed as the finding names them.
 */
export interface EngineMessages extends RuleDescriptions {
  "sheet/no-table": NoData;

  // Detection: why no table was found. Rows are 1-based.
  "detect/empty-sheet": NoData;
  "detect/no-header": NoData;
  "detect/partial-header": { row: number; labels: readonly string[] };
  "detect/no-data-rows": { headerRow: number };
  "detect/no-data-below-given-header": { headerRow: number };
  "detect/bad-header-rows": { rows: readonly number[]; rowCount: number };
  "detect/bad-column-letter": { role: ColumnRole; letters: string };
  "detect/missing-name-column": NoData;
  "detect/bad-last-row": { lastRow: number; firstRow: number };

  // Detection: which of two columns naming one role was taken (`column`: letters; `header`: its text).
  "detect/choice-same-period": { chosen: ColumnRef; rejected: readonly ColumnRef[] };
  "detect/choice-percent-header": {
    chosen: ColumnRef;
    rejected: readonly ColumnRef[];
    percent: ColumnRef;
    compares: "year-plan" | "term";
  };
  "detect/choice-data": {
    chosen: ColumnRef;
    rejected: readonly ColumnRef[];
    matched: number;
    rejectedMatched: number;
    compared: number;
  };
  "detect/choice-leftmost": { role: ColumnRole; chosen: ColumnRef; rejected: readonly ColumnRef[] };

  // Why a target cannot be assessed numerically (`text`: the cell as written).
  "target/blank": NoData;
  "target/not-assigned": { text: string };
  "target/relative": { text: string; cue: string };
  "target/compound": { text: string; parts: number };
  "target/many-numbers": { text: string; count: number };
  "target/unreadable": { text: string };
  "target/unclear": { text: string };
  "target/cell-error": { error: string };
  /** A number cell shown as a date (Excel turned "1-2" into 1 February). */
  "target/date": NoData;

  // Polarity decisions and the cue each names.
  "polarity/default": NoData;
  "polarity/user-higher": NoData;
  "polarity/user-lower": NoData;
  /** `afterReduce`: the cue follows "giảm" ("giảm … xuống dưới 3%"). */
  "polarity/name-at-most": { cue: string; afterReduce: boolean };
  "polarity/name-at-least": { cue: string };
  "polarity/target-at-most": { cue: string };
  "polarity/target-at-least": { cue: string };
  "polarity/reduce-to": NoData;
  "polarity/reduction-rate": NoData;
  "polarity/reduction-size": NoData;
  "polarity/absence": { absence: Absence };
  "polarity/work-done": { quantity: LowerQuantity; action: PositiveAction };
  "polarity/lower-quantity": { quantity: LowerQuantity };

  // Why a row's status is unassessed, or a boundary remark.
  "status/target-only": NoData;
  "status/no-target": NoData;
  "status/relative-target": NoData;
  "status/compound-target": NoData;
  "status/qualitative-unclear": { actual: CellShown };
  "status/no-actual": NoData;
  "status/actual-error": { actual: string };
  "status/actual-date": NoData;
  "status/actual-unreadable": { actual: string };
  "status/no-level": { target: string };
  "status/boundary": { target: string };

  // Computed percents of target.
  "percent/lower-bound": NoData;
  "percent/upper-bound": NoData;

  "summary/sentence": Counts;

  "ambiguous-number/status-changes": {
    texts: readonly string[];
    used: NumberConvention;
    other: NumberConvention;
    status: StatusWord;
    instead: StatusWord;
  };
  "ambiguous-number/percent-unmatched": {
    texts: readonly string[];
    used: NumberConvention;
    other: NumberConvention;
  };
  "ambiguous-number/percent-matched": {
    texts: readonly string[];
    used: NumberConvention;
    other: NumberConvention;
  };
  /** `againstSheet`: the reading the row's % confirmed is not the sheet's convention. */
  "ambiguous-number/settled-by-percent": {
    texts: readonly string[];
    used: NumberConvention;
    other: NumberConvention;
    percentText: string;
    againstSheet: boolean;
  };

  "boundary-value/strict-threshold": { actual: number; target: string };

  "count-mismatch/statement": { fromLabels: boolean; differences: readonly EngineMessage[] };
  "count-mismatch/count": { count: StatedCount; stated: number; counted: number };
  "count-mismatch/achieved-share": { count: number; total: number; countedGood: number; counted: number };
  "count-mismatch/percent": {
    percentText: string;
    percent: number;
    count: number;
    total: number;
    share: number;
  };
  "count-mismatch/group": { code: string; stated: number; counted: number };

  "duplicate-code/same-indicator": { code: string; name: string; firstRow: number };
  "duplicate-code/other-indicator": { code: string; name: string; firstName: string; firstRow: number };

  "invalid-value/target-error": { error: string };
  "invalid-value/actual-error": { error: string };
  "invalid-value/actual-unreadable": { actual: string; target: CellShown };
  "invalid-value/percent-error": { error: string };
  "invalid-value/percent-unreadable": { percent: string };

  "missing-value/target-error": { given: GivenValues; error: string };
  "missing-value/target-without-level": { given: GivenValues; target: string };
  "missing-value/target-empty": { given: GivenValues };
  "missing-value/actual-error": { given: GivenValues; error: string };
  "missing-value/actual-text": { given: GivenValues; actual: string };
  "missing-value/actual-empty": { given: GivenValues };

  "numbering-gap/gap": { code: string; previous: string; prefix: string; from: number; to: number };

  "percent-mismatch/mismatch": { reported: number; computed: readonly PercentFormula[] };
  "percent-mismatch/computed-as-higher": {
    reported: number;
    computed: readonly PercentFormula[];
    asHigher: PercentFormula;
  };

  "status-mismatch/against-numbers": {
    label: string;
    actual: CellShown;
    target: CellShown;
    percent: number | null;
    expected: StatusWord;
    judgedAsHigher: boolean;
  };
  "status-mismatch/against-sub-rows": { label: string; expected: StatusWord; judgedAsHigher: boolean };

  "suspect-magnitude/head-count": { actual: number; unit: string; target: number };

  // The report's narrative against the tables. `clause`: the clause quoted as in the document.
  "claim-value/differs": {
    clause: string;
    side: "actual" | "target";
    statedText: string;
    statedUnit: string;
    /** The stated figure in the table's unit. */
    stated: number;
    table: number;
    tableUnit: string;
    code: string;
    row: number;
  };
  "claim-percent/differs": {
    clause: string;
    percentText: string;
    computed: number;
    numerator: number;
    denominator: number;
    /** The pair is the table's (the text gives none). */
    fromTable: boolean;
  };
  "claim-verdict/numbers": {
    clause: string;
    stated: StatusWord;
    expected: StatusWord;
    actual: number;
    target: number;
  };
  "claim-verdict/label": { clause: string; stated: StatusWord; label: string; expected: StatusWord };
  "claim-count/differs": {
    clause: string;
    count: ClaimCount;
    stated: number;
    /** Counted per TT from the statuses written in the table; null when it has none. */
    fromLabels: number | null;
    fromNumbers: number;
    disagrees: "labels" | "numbers";
    sheets: readonly string[];
  };
  "claim-count/of": { clause: string; of: number; counted: number; sheets: readonly string[] };
  "claim-count/share": { clause: string; percentText: string; count: number; of: number; share: number };
  "claim-unmatched/why": { clause: string; reason: ClaimUnmatched; code?: string };

  // The resolution's targets against the target table. `clause`: the text's wording.
  "target-drift/differs": {
    clause: string;
    aspect: DriftAspect;
    code: string;
    name: string;
    row: number;
    /** Each side's target as written. */
    textTarget: string;
    tableTarget: string;
    textUnit: string;
    tableUnit: string;
    /** The compared figures, the text's in the table's unit (value, range bound, numerator). */
    stated?: number;
    table?: number;
    textDirection?: TargetDirection;
    tableDirection?: TargetDirection;
  };
  "target-missing/no-row": { clause: string; code: string; name: string; sheet: string };
  "target-extra/no-target": { code: string; name: string; row: number; tableTarget: string };
  "target-unmatched/why": {
    clause: string;
    code: string;
    reason: TargetUnmatched;
    /** The row it may be. */
    row?: number;
    rowCode?: string;
    rowName?: string;
  };
  "suspect-magnitude/far-from-target": { actual: number; ratio: number; target: number };
  "suspect-magnitude/rate-above-100": { name: string; actual: number };
  "suspect-magnitude/percent-as-actual": { actual: number; percentCell: string; target: number };
  /** A figure past a commune's plausible bound for its unit (`above`: above `bound`, else below). */
  "suspect-magnitude/unit-scale": {
    role: "target" | "actual";
    value: number;
    unit: string;
    scale: UnitScale;
    bound: number;
    above: boolean;
  };

  "text-number/text": { role: "target" | "actual" | "percent"; text: string; value: number };

  /**
   * A target, actual or percent cell Excel turned into a date. `typed`: the text most likely
   * typed, day and month as a Vietnamese clerk writes them ("1-2" for 1 February).
   */
  "date-value/excel-date": {
    role: "target" | "actual" | "percent";
    typed: string;
    day: number;
    month: number;
    year: number;
  };
}

export type EngineMessageId = keyof EngineMessages;

/** A message the engine emits: one of EngineMessages, its data typed by its id. */
export type EngineMessage = { [Id in EngineMessageId]: Message<Id, EngineMessages[Id]> }[EngineMessageId];

export function message<Id extends EngineMessageId>(id: Id, data: EngineMessages[Id]): EngineMessage {
  return { id, data } as EngineMessage;
}

const NO_DATA: NoData = Object.freeze({}) as NoData;

/** A message without data, made once and shared (reasons most rows give). */
export function constantMessage<Id extends EngineMessageId>(
  id: EngineMessages[Id] extends NoData ? Id : never,
): EngineMessage {
  return Object.freeze({ id, data: NO_DATA }) as EngineMessage;
}
