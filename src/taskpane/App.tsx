import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import * as React from "react";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ALL_RULES } from "../engine/checks";
import type { EngineMessage } from "../engine/messages";
import type { NarrativeParagraph } from "../engine/claims/types";
import type { ExplicitMapping, Finding, Polarity, SheetReport } from "../engine/types";
import { render } from "../i18n";
import type { LocalizedText } from "../i18n/localized";
import { ActionBar } from "./components/ActionBar";
import { CheckButton } from "./components/CheckButton";
import { DetectedTableView } from "./components/DetectedTableView";
import { FindingsList } from "./components/FindingsList";
import { LanguageToggle } from "./components/LanguageToggle";
import { ReportPanel } from "./components/ReportPanel";
import { SettingsPanel, type RuleInfo } from "./components/SettingsPanel";
import { SheetPicker } from "./components/SheetPicker";
import { SummaryPanel } from "./components/SummaryPanel";
import { TargetTablePanel } from "./components/TargetTablePanel";
import { useSharedStyles } from "./components/styles";
import { LangContext, localize, pick, translator } from "./i18n";
import { DEFAULT_SETTINGS, checkOptionsFor, type Settings } from "../app/settings";
import type { TargetTableOutput } from "../app/target-table";
import type { ReportReader, WorkbookService } from "../app/workbook-service";

export interface AppProps {
  service: WorkbookService;
  /** Shown above the pane, e.g. the browser page's file picker. */
  header?: React.ReactNode;
  /** The checks that can be switched on and off; defaults to the engine's rules. */
  rules?: RuleInfo[];
  /** Reads a report for "Đối chiếu với báo cáo"; without it the section is not shown. */
  reportReader?: ReportReader;
  /**
   * Where "Tạo biểu chỉ tiêu từ nghị quyết" puts its table (the page's download); by default a
   * new sheet through the service's writeTargetTable. Without either, or without a reader, the
   * section is not shown.
   */
  targetTableOutput?: TargetTableOutput;
  /**
   * A .docx opened alone (browser page): its paragraphs. Its Word tables are the service's
   * sheets; every one is checked on load and the paragraphs compared with them.
   */
  ownReport?: readonly NarrativeParagraph[];
}

/** The engine's checks with their descriptions, for the rules on/off list. */
export const ENGINE_RULES: RuleInfo[] = ALL_RULES.map((rule) => ({
  id: rule.id,
  description: rule.description,
}));

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    maxWidth: "60rem",
    margin: "0 auto",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    // Form controls size to their longest option or their `size`; at 320 px they must shrink instead.
    "& .fui-Field, & .fui-Select, & .fui-Input, & select, & input": { minWidth: 0, maxWidth: "100%" },
    "& .fui-Input > input": { width: "100%" },
  },
  titleRow: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  source: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The task pane: pick a sheet, check it, read the summary and findings, correct the reading, act on the workbook. */
export function App({
  service,
  header,
  rules = ENGINE_RULES,
  reportReader,
  targetTableOutput,
  ownReport,
}: AppProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loadState, setLoadState] = useState<{ loading: boolean; error: string | null }>({
    loading: true,
    error: null,
  });
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [reports, setReports] = useState<Record<string, SheetReport>>({});
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  // Messages kept in state hold both languages so they follow a language switch.
  const [checkError, setCheckError] = useState<LocalizedText | null>(null);
  const [tableIndex, setTableIndex] = useState(0);
  const [announcement, setAnnouncement] = useState<LocalizedText | null>(null);
  const [notice, setNotice] = useState<LocalizedText | null>(null);
  const checkSeq = useRef(0);
  const styles = useStyles();
  const shared = useSharedStyles();
  const lang = settings.lang;
  const t = translator(lang);

  useEffect(() => {
    let cancelled = false;
    Promise.all([service.loadSettings(), service.listSheets(), service.activeSheet()])
      .then(([loaded, names, active]) => {
        if (cancelled) return;
        setSettings({ ...DEFAULT_SETTINGS, ...loaded });
        setSheets(names);
        setSheet(names.includes(active) ? active : (names[0] ?? ""));
        setLoadState({ loading: false, error: null });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadState({ loading: false, error: errorText(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [service]);

  const runCheck = useCallback(
    async (withSettings: Settings, target: string) => {
      const seq = ++checkSeq.current;
      setRunning(true);
      setProgress(null);
      setCheckError(null);
      setAnnouncement(localize((s) => s("pane/checking")));
      let lastPercent = -1;
      const onProgress = (fraction: number) => {
        const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
        if (percent === lastPercent || seq !== checkSeq.current) return;
        lastPercent = percent;
        setProgress(percent / 100);
      };
      try {
        const report = await service.check(target, { ...checkOptionsFor(withSettings, target), onProgress });
        if (seq !== checkSeq.current) return;
        // A large report renders in slices React can interrupt, so the pane answers meanwhile.
        startTransition(() => {
          setReports((all) => ({ ...all, [target]: report }));
          setTableIndex(0);
        });
        const findings = report.tables.reduce((n, table) => n + table.findings.length, 0);
        setAnnouncement(
          localize((s) =>
            report.tables.length === 0
              ? s("pane/no-table")
              : s("pane/check-done", { tables: report.tables.length, findings }),
          ),
        );
      } catch (error) {
        if (seq !== checkSeq.current) return;
        const detail = errorText(error);
        const message = localize((s) => s("pane/check-failed", { detail }));
        setCheckError(message);
        setAnnouncement(message);
      } finally {
        if (seq === checkSeq.current) {
          // With the report's transition: the progress goes when the result is on screen.
          startTransition(() => {
            setRunning(false);
            setProgress(null);
          });
        }
      }
    },
    [service],
  );

  // A document's tables are all checked once loaded: its narrative speaks of every one of them.
  const checkedAll = useRef(false);
  useEffect(() => {
    if (!ownReport || loadState.loading || loadState.error || checkedAll.current) return;
    checkedAll.current = true;
    void (async () => {
      for (const name of sheets) await runCheck(settings, name);
    })();
  }, [ownReport, loadState, sheets, settings, runCheck]);

  const saveSettings = useCallback(
    async (next: Settings) => {
      setSettings(next);
      try {
        await service.saveSettings(next);
        setNotice(null);
      } catch (error) {
        const detail = errorText(error);
        setNotice(localize((s) => s("pane/settings-save-failed", { detail })));
      }
    },
    [service],
  );

  const onSaveMapping = async (mapping: ExplicitMapping) => {
    const next = { ...settings, mappings: { ...settings.mappings, [sheet]: mapping } };
    await saveSettings(next);
    await runCheck(next, sheet);
  };

  const onClearMapping = async () => {
    const mappings = { ...settings.mappings };
    delete mappings[sheet];
    const next = { ...settings, mappings };
    await saveSettings(next);
    await runCheck(next, sheet);
  };

  const onPolarityChange = async (row: number, polarity: Polarity) => {
    const forSheet = { ...(settings.polarity[sheet] ?? {}), [row]: polarity };
    const next = { ...settings, polarity: { ...settings.polarity, [sheet]: forSheet } };
    await saveSettings(next);
    await runCheck(next, sheet);
  };

  /** Sheets may be added or renamed while the pane is open; keep the current one when it still exists. */
  const refreshSheets = () => {
    service
      .listSheets()
      .then((names) => {
        setSheets((previous) => (previous.join("\u0000") === names.join("\u0000") ? previous : names));
        setSheet((current) => (names.includes(current) ? current : (names[0] ?? "")));
      })
      .catch(() => undefined);
  };

  const selectCell = async (target: string, cell: string) => {
    try {
      await service.selectCell(target, cell);
    } catch (error) {
      const detail = errorText(error);
      setNotice(localize((s) => s("pane/select-failed", { detail })));
    }
  };
  const onSelectFinding = (finding: Finding) => selectCell(sheet, finding.cell);

  const report = reports[sheet] ?? null;
  const table = report?.tables[Math.min(tableIndex, Math.max(0, report.tables.length - 1))] ?? null;
  const ruleNames = useMemo(() => {
    const names: Record<string, EngineMessage> = {};
    for (const rule of rules) if (rule.description) names[rule.id] = rule.description;
    return names;
  }, [rules]);
  const checkedReports = useMemo(() => Object.values(reports), [reports]);
  const targetOutput = useMemo<TargetTableOutput | undefined>(() => {
    if (targetTableOutput) return targetTableOutput;
    const writeTargetTable = service.writeTargetTable?.bind(service);
    if (!writeTargetTable) return undefined;
    return { kind: "sheet", write: async (rows, l) => (await writeTargetTable(rows, l)).sheet };
  }, [service, targetTableOutput]);
  /** The new sheet of a target table becomes the one to check. */
  const onTargetTableWritten = (name: string) => {
    if (targetOutput?.kind !== "sheet") return;
    service
      .listSheets()
      .then((names) => {
        setSheets(names);
        if (names.includes(name)) setSheet(name);
      })
      .catch(() => undefined);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={lang}>
        <main className={styles.root} lang={lang}>
          {header}
          <div className={styles.titleRow}>
            <h1 className={styles.title}>{t("pane/title")}</h1>
            <LanguageToggle lang={lang} onChange={(next) => void saveSettings({ ...settings, lang: next })} />
          </div>
          <div>
            {!loadState.loading && !loadState.error && (
              <p className={styles.source}>{t("pane/source", { label: service.label })}</p>
            )}
          </div>
          {loadState.loading && <Spinner label={t("pane/loading")} />}
          {loadState.error && (
            <MessageBar intent="error">
              <MessageBarBody>{t("pane/load-failed", { detail: loadState.error })}</MessageBarBody>
            </MessageBar>
          )}
          {!loadState.loading && !loadState.error && (
            <>
              <section className={shared.section} aria-label={t("pane/check")}>
                <SheetPicker
                  sheets={sheets}
                  value={sheet}
                  onChange={setSheet}
                  onRefresh={refreshSheets}
                  disabled={running}
                />
                <CheckButton
                  onCheck={() => void runCheck(settings, sheet)}
                  running={running}
                  progress={progress}
                  error={checkError && pick(checkError, lang)}
                  noTableReason={
                    report && report.tables.length === 0
                      ? report.reason
                        ? render(report.reason, lang)
                        : ""
                      : null
                  }
                  disabled={sheet === ""}
                />
                <p role="status" aria-live="polite" className={shared.visuallyHidden} data-testid="announcer">
                  {announcement && pick(announcement, lang)}
                </p>
                {notice && (
                  <MessageBar intent="warning">
                    <MessageBarBody>{pick(notice, lang)}</MessageBarBody>
                  </MessageBar>
                )}
              </section>

              {report && report.tables.length > 1 && (
                <Field label={t("pane/table-label")}>
                  <Select
                    value={String(tableIndex)}
                    onChange={(_, data) => setTableIndex(Number(data.value))}
                  >
                    {report.tables.map((tr, index) => (
                      <option key={index} value={String(index)}>
                        {t("pane/table-option", {
                          index: index + 1,
                          firstRow: tr.table.firstRow,
                          lastRow: tr.table.lastRow,
                        })}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}

              {table && (
                <SummaryPanel
                  summary={table.summary}
                  showReported={table.table.columns.status !== undefined}
                  targetOnly={table.table.targetOnly}
                />
              )}
              {table && (
                <FindingsList
                  findings={table.findings}
                  onSelect={onSelectFinding}
                  ruleNames={ruleNames}
                  indicators={table.indicators}
                />
              )}
              {reportReader && (
                <ReportPanel
                  reports={checkedReports}
                  file={service.label}
                  reader={reportReader}
                  applyClaimFlags={service.applyClaimFlags?.bind(service)}
                  ownReport={ownReport}
                  onSelect={(target, cell) => void selectCell(target, cell)}
                />
              )}
              {report && (
                <DetectedTableView
                  key={`${sheet}-${tableIndex}`}
                  table={table?.table ?? null}
                  convention={report.convention}
                  indicators={table?.indicators ?? []}
                  mapping={settings.mappings[sheet]}
                  polarityOverrides={settings.polarity[sheet] ?? {}}
                  onSaveMapping={onSaveMapping}
                  onClearMapping={onClearMapping}
                  onPolarityChange={onPolarityChange}
                  busy={running}
                />
              )}
              <ActionBar service={service} sheet={sheet} report={report} reports={checkedReports} />
              {reportReader && targetOutput && (
                <TargetTablePanel
                  reader={reportReader}
                  output={targetOutput}
                  onWritten={onTargetTableWritten}
                />
              )}
              <Accordion collapsible>
                <AccordionItem value="settings">
                  <AccordionHeader as="h2">{t("pane/settings-heading")}</AccordionHeader>
                  <AccordionPanel>
                    <SettingsPanel
                      settings={settings}
                      rules={rules}
                      onChange={saveSettings}
                      disabled={running}
                    />
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            </>
          )}
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
