import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useRef, useState } from "react";
import { isDocumentReadError } from "../../adapters/documents/types";
import { claimDisagrees, errorClaimFlags, targetsCompared } from "../../app/claims-layout";
import { documentErrorLine } from "../../adapters/documents/error-line";
import type { ClaimFlagsPlace, ReportReader, WorkbookService } from "../../app/workbook-service";
import { checkNarrative } from "../../engine/claims";
import type {
  NarrativeFinding,
  NarrativeParagraph,
  NarrativeReport,
  SubmissionSheet,
} from "../../engine/claims/types";
import type { Lang, SheetReport } from "../../engine/types";
import { render } from "../../i18n";
import { useLang, useT } from "../i18n";
import { useSharedStyles } from "./styles";

export interface ReportPanelProps {
  /** The sheets checked so far: the report's claims are compared with their tables. */
  reports: readonly SheetReport[];
  /** The workbook's name, as the claims' matches name it. */
  file: string;
  reader: ReportReader;
  /** A .docx opened alone: its own paragraphs, compared with the checked tables until another report is. */
  ownReport?: readonly NarrativeParagraph[];
  /** Select the cell a finding points at. */
  onSelect(sheet: string, cell: string): void;
  /** Flag the cells the report contradicts (the add-in in the sheet, the page in its download). */
  applyClaimFlags?: WorkbookService["applyClaimFlags"];
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  claim: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  finding: { textAlign: "left", height: "auto", justifyContent: "flex-start", whiteSpace: "normal" },
});

type Outcome =
  | { kind: "checked"; narrative: NarrativeReport }
  /** The error itself, worded at display time so that it follows a language switch. */
  | { kind: "failed"; file: string; error: unknown }
  | { kind: "reading"; file: string }
  | null;

type FlagOutcome =
  { kind: "flagged"; cells: number; place: ClaimFlagsPlace } | { kind: "failed"; detail: string } | null;

/** Accepted by the file picker; the reader refuses anything else with "unsupported". */
const ACCEPT = ".docx,.pdf,.txt,application/pdf";

function failureDetail(error: unknown, file: string, lang: Lang, t: ReturnType<typeof useT>): string {
  if (isDocumentReadError(error)) {
    return error.code === "unsupported" ? t("pane/report-unsupported") : documentErrorLine(error, file, lang);
  }
  return error instanceof Error ? error.message : String(error);
}

/** "Đối chiếu với báo cáo": a report pasted or opened, its claims checked against the checked tables. */
export function ReportPanel({
  reports,
  file,
  reader,
  ownReport,
  onSelect,
  applyClaimFlags,
}: ReportPanelProps) {
  const t = useT();
  const lang = useLang();
  const opening = useRef(0);
  const shared = useSharedStyles();
  const styles = useStyles();
  const headingId = useId();
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [flagOutcome, setFlagOutcome] = useState<FlagOutcome>(null);
  const sheets = useMemo<SubmissionSheet[]>(
    () => reports.map((report) => ({ file, sheet: report.name, report })),
    [reports, file],
  );

  const own = useMemo(
    () => (ownReport && sheets.length > 0 ? checkNarrative(ownReport, sheets) : null),
    [ownReport, sheets],
  );

  // One flagging at a time: a second report's must not interleave with the first's in the sheet.
  const flagging = useRef<Promise<void>>(Promise.resolve());
  /** Flags the contradicted cells in place of an earlier report's, on every checked sheet. */
  const flagInSheet = async (reportName: string, narrative: NarrativeReport) => {
    if (!applyClaimFlags) return;
    setFlagOutcome(null);
    try {
      const flags = errorClaimFlags(file, [{ file: reportName, narrative }], lang);
      const place = await applyClaimFlags(
        sheets.map((s) => s.sheet),
        flags,
      );
      const cells = new Set(flags.map((f) => `${f.sheet}!${f.cell}`)).size;
      setFlagOutcome({ kind: "flagged", cells, place });
    } catch (error) {
      setFlagOutcome({ kind: "failed", detail: error instanceof Error ? error.message : String(error) });
    }
  };
  const show = (reportName: string, paragraphs: readonly NarrativeParagraph[]) => {
    const narrative = checkNarrative(paragraphs, sheets);
    setOutcome({ kind: "checked", narrative });
    flagging.current = flagging.current.then(() => flagInSheet(reportName, narrative));
  };
  const check = (paragraphs: readonly NarrativeParagraph[]) => {
    opening.current++;
    show(t("pane/report-pasted-name"), paragraphs);
  };
  const openFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    // Only the last file chosen shows: a slow PDF read never overwrites a later one.
    const attempt = ++opening.current;
    setOutcome({ kind: "reading", file: chosen.name });
    try {
      const paragraphs = await reader.fromFile(chosen.name, new Uint8Array(await chosen.arrayBuffer()));
      if (attempt === opening.current) show(chosen.name, paragraphs);
    } catch (error) {
      if (attempt === opening.current) setOutcome({ kind: "failed", file: chosen.name, error });
    }
  };
  const shown = outcome?.kind === "checked" ? outcome.narrative : outcome === null ? own : null;

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading}>
        {t("reconcile/heading")}
      </h2>
      {reports.length === 0 ? (
        <p>{t("pane/report-need-check")}</p>
      ) : (
        <>
          <Field label={t("pane/report-paste")}>
            <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
          </Field>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={text.trim() === ""}
              onClick={() => check(reader.fromText(text))}
            >
              {t("pane/report-check")}
            </Button>
            <Field label={t("pane/report-open")}>
              {/* A native input: the Field's ids go on it by hand, so its label names it. */}
              {(fieldProps) => (
                <input
                  {...fieldProps}
                  type="file"
                  accept={ACCEPT}
                  onChange={(event) => void openFile(event.currentTarget.files?.[0])}
                />
              )}
            </Field>
          </div>
        </>
      )}
      {outcome?.kind === "reading" && (
        <Spinner size="tiny" label={t("pane/report-reading", { file: outcome.file })} />
      )}
      {outcome?.kind === "failed" && (
        <MessageBar intent="error" data-testid="report-error">
          <MessageBarBody>
            {t("pane/report-read-failed", { detail: failureDetail(outcome.error, outcome.file, lang, t) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {shown && shown === own && <p data-testid="report-own">{t("pane/report-own", { file })}</p>}
      {/* Always there, so a screen reader hears the summary when a comparison fills it. */}
      <p role="status" aria-live="polite" data-testid="report-summary">
        {shown ? t("pane/report-summary", counts(shown)) : ""}
      </p>
      {shown && shown.targets.length > 0 && (
        <p data-testid="report-targets">{t("pane/report-targets", targetsCompared(shown))}</p>
      )}
      {applyClaimFlags && (
        <p role="status" aria-live="polite" data-testid="report-flags">
          {flagOutcome?.kind === "flagged"
            ? t(flagOutcome.place === "sheet" ? "pane/report-flagged" : "pane/report-flagged-download", {
                count: flagOutcome.cells,
              })
            : ""}
        </p>
      )}
      {flagOutcome?.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("pane/report-flag-failed", { detail: flagOutcome.detail })}</MessageBarBody>
        </MessageBar>
      )}
      {shown && <NarrativeResult narrative={shown} onSelect={onSelect} styles={styles} />}
    </section>
  );
}

function counts(narrative: NarrativeReport) {
  let disagree = 0;
  let unmatched = 0;
  for (const claim of narrative.claims) {
    if (claimDisagrees(claim, narrative.findings)) disagree++;
    else if (claim.match === null) unmatched++;
  }
  return {
    claims: narrative.claims.length,
    disagree,
    unmatched,
    agree: narrative.claims.length - disagree - unmatched,
  };
}

function NarrativeResult({
  narrative,
  onSelect,
  styles,
}: {
  narrative: NarrativeReport;
  onSelect(sheet: string, cell: string): void;
  styles: ReturnType<typeof useStyles>;
}) {
  const t = useT();
  const shared = useSharedStyles();
  const flagged = narrative.findings.filter((f) => f.severity !== "info");
  return (
    <>
      {flagged.length > 0 && (
        <ul className={styles.list} aria-label={t("pane/report-findings")}>
          {flagged.map((f, k) => (
            <li key={`${f.paragraph}-${k}`}>
              <FindingButton finding={f} onSelect={onSelect} className={styles.finding} />
            </li>
          ))}
        </ul>
      )}
      <h3 className={shared.subheading}>{t("pane/report-claims")}</h3>
      <ul className={styles.list} aria-label={t("pane/report-claims")}>
        {narrative.claims.map((claim, k) => {
          const bad = claimDisagrees(claim, narrative.findings);
          const verdict = bad
            ? t("reconcile/disagrees")
            : claim.match === null
              ? t("pane/report-unmatched")
              : t("reconcile/agrees");
          return (
            <li key={`${claim.paragraph}-${k}`} className={styles.claim}>
              <span className={bad ? styles.bad : undefined}>{verdict}</span>
              {" — "}
              {t("pane/report-claim", { paragraph: claim.paragraph, text: claim.text })}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function FindingButton({
  finding,
  onSelect,
  className,
}: {
  finding: NarrativeFinding;
  onSelect(sheet: string, cell: string): void;
  className: string;
}) {
  const t = useT();
  const lang = useLang();
  const target = finding.table;
  const text = `${t(`severity/${finding.severity}`)}: ${render(finding.message, lang)}`;
  if (!target) return <span>{text}</span>;
  return (
    <Button appearance="subtle" className={className} onClick={() => onSelect(target.sheet, target.cell)}>
      {text}
    </Button>
  );
}
