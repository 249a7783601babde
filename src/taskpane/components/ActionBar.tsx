import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { SheetReport } from "../../engine/types";
import type { LocalizedText } from "../../i18n/localized";
import { localize, pick, useLang, useT, type Translate } from "../i18n";
import type { WorkbookService } from "../../app/workbook-service";
import { useSharedStyles } from "./styles";

export interface ActionBarProps {
  service: WorkbookService;
  sheet: string;
  /** The current sheet's last report; actions that need one are disabled without it. */
  report: SheetReport | null;
  /** Every sheet checked so far, for the annotated download. */
  reports: SheetReport[];
}

type ActionName = "applyFlags" | "clearFlags" | "writeSummarySheet" | "fillEmptyCells" | "downloadAnnotated";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Cells named in a message before "and N others": enough to find them, short enough to read. */
const NAMED_CELLS = 5;

type Intent = "success" | "warning" | "error";

/** An outcome's message, in whichever language it is asked for. */
type Words = (tr: Translate) => string;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The optional workbook operations the service offers; a button appears only when its operation exists. */
export function ActionBar({ service, sheet, report, reports }: ActionBarProps) {
  const t = useT();
  const lang = useLang();
  const shared = useSharedStyles();
  const styles = useStyles();
  const headingId = useId();
  const [running, setRunning] = useState<ActionName | null>(null);
  // Kept in both languages: the message must follow a language switch made after the action.
  const [outcome, setOutcome] = useState<{ intent: Intent; text: LocalizedText } | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The fill dialog is opened from state, not from a DialogTrigger: this tells it where focus goes back.
  const restoreFocusTarget = useRestoreFocusTarget();

  // A result speaks of the sheet it ran on: another sheet starts with none.
  useEffect(() => setOutcome(null), [sheet]);

  const available: ActionName[] = (
    ["applyFlags", "clearFlags", "writeSummarySheet", "fillEmptyCells", "downloadAnnotated"] as const
  ).filter((name) => typeof service[name] === "function");
  if (available.length === 0) return null;

  /**
   * Runs one action; `work` resolves to how its message reads in a given language, wrapped as
   * `{ warning }` when the action only partly succeeded.
   */
  const run = async (name: ActionName, work: () => Promise<Words | { warning: Words }>) => {
    setRunning(name);
    setOutcome(null);
    try {
      const said = await work();
      setOutcome(
        typeof said === "function"
          ? { intent: "success", text: localize(said) }
          : { intent: "warning", text: localize(said.warning) },
      );
    } catch (error) {
      const detail = errorText(error);
      setOutcome({ intent: "error", text: localize((s) => s("pane/action-failed", { detail })) });
    } finally {
      setRunning(null);
    }
  };

  const busy = running !== null;
  const noReport = report === null || report.tables.length === 0;

  const buttons: Record<
    ActionName,
    { label: string; needsReport: boolean; onClick(): void; opensDialog?: boolean }
  > = {
    applyFlags: {
      label: t("action/apply-flags"),
      needsReport: true,
      onClick: () =>
        report &&
        run("applyFlags", async () => {
          await service.applyFlags?.(sheet, report, lang);
          return (s) => s("pane/apply-flags-done");
        }),
    },
    clearFlags: {
      label: t("action/clear-flags"),
      needsReport: false,
      onClick: () =>
        run("clearFlags", async () => {
          const notRestored = (await service.clearFlags?.(sheet))?.notRestored ?? [];
          if (notRestored.length === 0) return (s) => s("pane/clear-flags-done");
          const cells = notRestored.slice(0, NAMED_CELLS);
          const total = notRestored.length;
          return { warning: (s) => s("pane/clear-flags-not-restored", { cells, total }) };
        }),
    },
    writeSummarySheet: {
      label: t("action/write-summary"),
      needsReport: true,
      onClick: () =>
        report &&
        run("writeSummarySheet", async () => {
          await service.writeSummarySheet?.(report, lang);
          return (s) => s("pane/write-summary-done");
        }),
    },
    fillEmptyCells: {
      label: t("pane/fill-empty"),
      needsReport: true,
      onClick: () => setConfirming(true),
      opensDialog: true,
    },
    // The service checks any sheet not checked yet, so the download needs no prior check.
    downloadAnnotated: {
      label: t("pane/download"),
      needsReport: false,
      onClick: () =>
        run("downloadAnnotated", async () => {
          const downloaded = await service.downloadAnnotated?.(reports, lang);
          const { fileName: file = "", sheets = 0, findings = 0 } = downloaded ?? {};
          return (s) => s("pane/download-done", { file, sheets, findings });
        }),
    },
  };

  const confirmFill = () => {
    setConfirming(false);
    if (!report) return;
    void run("fillEmptyCells", async () => {
      const filled = (await service.fillEmptyCells?.(sheet, report)) ?? 0;
      return (s) => s("pane/fill-empty-done", { count: filled });
    });
  };

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading}>
        {t("pane/actions-heading")}
      </h2>
      <div className={styles.buttons}>
        {available.map((name) => {
          const spec = buttons[name];
          const needs = spec.needsReport && noReport;
          return (
            <Button
              key={name}
              onClick={spec.onClick}
              disabled={busy || needs}
              title={needs ? t("pane/need-report") : undefined}
              icon={running === name ? <Spinner size="tiny" /> : undefined}
              {...(spec.opensDialog ? restoreFocusTarget : {})}
            >
              {spec.label}
            </Button>
          );
        })}
      </div>
      <div role="status" aria-live="polite">
        {busy && <span>{t("pane/action-running")}</span>}
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{pick(outcome.text, lang)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("pane/fill-confirm-title")}</DialogTitle>
            <DialogContent>{t("pane/fill-confirm-body")}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={confirmFill}>
                {t("pane/fill-confirm")}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t("pane/cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
