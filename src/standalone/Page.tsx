import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import type { Lang } from "../engine/types";
import { t as words } from "../i18n";
import { reportReader } from "../adapters/documents/report-paragraphs";
import type { TargetTableOutput } from "../app/target-table";
import { DocumentReadError } from "../adapters/documents/types";
import { documentErrorLine } from "../adapters/documents/error-line";
import { App } from "../taskpane/App";
import { TargetTablePanel } from "../taskpane/components/TargetTablePanel";
import { LangContext, translator, type Translate } from "../taskpane/i18n";
import { CellPreviewPanel } from "./CellPreviewPanel";
import { FilePicker } from "./FilePicker";
import {
  WorkbookFailure,
  type CellPreview,
  type DocumentRefusal,
  type FailureCode,
  type ProgressStage,
} from "./protocol";
import type { BrowserWorkbookService, ServiceEvent } from "./service";
import type { SettingsStore } from "./settings-store";
import { unreadableFormat } from "./unreadable-format";
import { workerReportReader } from "./worker-report-reader";

export type OpenWorkbook = (
  file: File,
  listener: (event: ServiceEvent) => void,
) => Promise<BrowserWorkbookService>;

export interface PageProps {
  store: SettingsStore;
  openWorkbook: OpenWorkbook;
  /** "Tạo biểu chỉ tiêu từ nghị quyết": the download, with or without a workbook open. */
  targetTables?: TargetTableOutput;
}

type PageState =
  | { kind: "empty" }
  | { kind: "opening"; fileName: string }
  | { kind: "open"; fileName: string; service: BrowserWorkbookService; sheets: number }
  | { kind: "failed"; fileName: string; code: FailureCode; detail?: string; document?: DocumentRefusal };

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    minHeight: "100vh",
    maxWidth: "1100px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    "@media (max-width: 480px)": { padding: tokens.spacingHorizontalS },
  },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  subtitle: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
  privacy: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  fileBar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  fileName: { fontWeight: tokens.fontWeightSemibold },
  fileBarWrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  targets: { marginTop: tokens.spacingVerticalXXL },
});

/**
 * The browser page: pick or drop an .xlsx, then the task pane shared with the add-in,
 * over a WorkbookService backed by the worker.
 */
/**
 * The message for a failure, with the technical detail only for unexpected errors; a refused
 * .docx gets the command line's own line, a file that is not a workbook is named by its format.
 */
function failureMessage(t: Translate, lang: Lang, state: Extract<PageState, { kind: "failed" }>): string {
  const { code, detail, document } = state;
  if (document)
    return documentErrorLine(new DocumentReadError(document.code, document.data), state.fileName, lang);
  const format = code === "notExcel" ? unreadableFormat(state.fileName) : null;
  if (format) {
    return "format" in format
      ? t(`page/unreadable/${format.format}`)
      : t("page/unreadable/other", { extension: format.extension });
  }
  const text = t(`page/failure/${code}`);
  return code === "internal" && detail ? `${text} (${detail})` : text;
}

export function Page({ store, openWorkbook, targetTables }: PageProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => store.load().lang);
  const [state, setState] = useState<PageState>({ kind: "empty" });
  const [progress, setProgress] = useState<{ stage: ProgressStage; fraction: number } | null>(null);
  const [preview, setPreview] = useState<CellPreview | null>(null);
  const openCount = useRef(0);
  const current = useRef<BrowserWorkbookService | null>(null);
  const t = translator(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = words(lang, "page/title");
  }, [lang]);

  useEffect(() => () => current.current?.close(), []);

  const listener = useCallback((event: ServiceEvent) => {
    switch (event.type) {
      case "progress":
        // The task pane shows its own progress while checking.
        setProgress(event.stage === "checking" ? null : { stage: event.stage, fraction: event.fraction });
        break;
      case "idle":
        setProgress(null);
        break;
      case "preview":
        setPreview(event.preview);
        break;
      case "settings":
        setLang(event.settings.lang);
        break;
    }
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      const attempt = ++openCount.current;
      current.current?.close();
      current.current = null;
      setPreview(null);
      setState({ kind: "opening", fileName: file.name });
      try {
        const service = await openWorkbook(file, listener);
        if (attempt !== openCount.current) {
          service.close();
          return;
        }
        current.current = service;
        setState({ kind: "open", fileName: file.name, service, sheets: service.sheetInfo().length });
      } catch (error) {
        if (attempt !== openCount.current) return;
        const failure =
          error instanceof WorkbookFailure
            ? error
            : new WorkbookFailure("internal", error instanceof Error ? error.message : String(error));
        const { code, detail, document } = failure;
        setState({ kind: "failed", fileName: file.name, code, detail, document });
      }
    },
    [openWorkbook, listener],
  );

  const changeLang = (next: Lang) => {
    setLang(next);
    store.save({ ...store.load(), lang: next });
  };

  // A file dropped anywhere on the page opens, also while a workbook is shown.
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types?.includes("Files")) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    void openFile(file);
  };

  const busy = state.kind === "opening";
  const percent = progress ? Math.round(progress.fraction * 100) : null;
  const progressBar = (busy || progress) && (
    <Field
      label={
        progress
          ? t("page/progress", { stage: t(`page/stage/${progress.stage}`), percent: percent ?? 0 })
          : state.kind === "opening"
            ? t("page/opening", { file: state.fileName })
            : ""
      }
      data-testid="page-progress"
    >
      <ProgressBar
        value={progress ? progress.fraction : undefined}
        max={1}
        aria-valuetext={progress ? `${percent}%` : undefined}
      />
    </Field>
  );

  const fileBar = state.kind === "open" && (
    <div className={styles.fileBarWrap} data-testid="file-bar">
      <div className={styles.fileBar}>
        <span className={styles.fileName}>
          {state.service.documentParagraphs
            ? t("page/file-label-document", { file: state.fileName, tables: state.sheets })
            : t("page/file-label", { file: state.fileName, sheets: state.sheets })}
        </span>
        <FilePicker
          onFile={openFile}
          buttonText={t("page/choose-other")}
          dropHereText={t("page/drop-here")}
        />
      </div>
      <p className={styles.privacy}>{t("page/privacy")}</p>
      {progressBar}
    </div>
  );

  if (state.kind === "open") {
    return (
      <div onDragOver={onDragOver} onDrop={onDrop}>
        {/* The rules listed in the settings are App's default, the engine's (they run in the worker). */}
        <App
          key={openCount.current}
          service={state.service}
          header={fileBar}
          reportReader={workerReportReader(state.service)}
          ownReport={state.service.documentParagraphs ?? undefined}
          targetTableOutput={targetTables}
        />
        {preview && <CellPreviewPanel preview={preview} t={t} onClose={() => setPreview(null)} />}
      </div>
    );
  }

  return (
    <div className={styles.page} onDragOver={onDragOver} onDrop={onDrop}>
      <header className={styles.top}>
        <div>
          <h1 className={styles.heading}>{t("page/title")}</h1>
          <p className={styles.subtitle}>{t("page/subtitle")}</p>
        </div>
        <RadioGroup
          layout="horizontal"
          aria-label={t("language/label")}
          value={lang}
          onChange={(_, data) => changeLang(data.value as Lang)}
          data-testid="page-language"
        >
          <Radio value="vi" label={t("language/vi")} />
          <Radio value="en" label={t("language/en")} />
        </RadioGroup>
      </header>
      <p className={styles.privacy}>{t("page/privacy")}</p>
      <main>
        <FilePicker
          onFile={openFile}
          buttonText={t("page/choose-file")}
          title={t("page/drop-title")}
          hint={t("page/drop-hint")}
          dropHereText={t("page/drop-here")}
          disabled={busy}
        />
        {progressBar}
        {state.kind === "failed" && (
          <MessageBar intent="error" politeness="assertive" data-testid="open-error">
            <MessageBarBody>
              <MessageBarTitle>{t("page/open-failed-title", { file: state.fileName })}</MessageBarTitle>
              {failureMessage(t, lang, state)}
            </MessageBarBody>
          </MessageBar>
        )}
        {targetTables && (
          <div className={styles.targets}>
            <LangContext.Provider value={lang}>
              <TargetTablePanel reader={reportReader} output={targetTables} />
            </LangContext.Provider>
          </div>
        )}
      </main>
    </div>
  );
}
