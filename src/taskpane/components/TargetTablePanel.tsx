import { Button, Field, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { useId, useState } from "react";
import {
  resolutionTargets,
  targetCounts,
  targetRowsIn,
  type TargetTableOutput,
} from "../../app/target-table";
import type { ReportReader } from "../../app/workbook-service";
import type { ExtractedTarget, ResolutionParagraph } from "../../engine/resolution";
import { useLang, useT } from "../i18n";
import { useSharedStyles } from "./styles";

export interface TargetTablePanelProps {
  /** Reads the pasted text or the opened .docx/.txt into paragraphs. */
  reader: ReportReader;
  /** Where the table goes: a new sheet (the add-in) or a download (the browser page). */
  output: TargetTableOutput;
  /** Called with the new sheet's or file's name once the table is written. */
  onWritten?(name: string): void;
}

type Reading =
  | { kind: "read"; targets: ExtractedTarget[] }
  | { kind: "failed"; unsupported: boolean; detail: string }
  | null;

type Writing =
  { kind: "writing" } | { kind: "written"; name: string } | { kind: "failed"; detail: string } | null;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "Tạo biểu chỉ tiêu từ nghị quyết": a resolution pasted or opened, its targets counted for
 * the user to confirm, then written as a new target table. Words are rendered from kept data
 * at each render, so they follow a language switch.
 */
export function TargetTablePanel({ reader, output, onWritten }: TargetTablePanelProps) {
  const t = useT();
  const lang = useLang();
  const shared = useSharedStyles();
  const headingId = useId();
  const [text, setText] = useState("");
  const [reading, setReading] = useState<Reading>(null);
  const [writing, setWriting] = useState<Writing>(null);
  const busy = writing?.kind === "writing";

  const extract = (paragraphs: readonly ResolutionParagraph[]) => {
    setWriting(null);
    setReading({ kind: "read", targets: resolutionTargets(paragraphs) });
  };
  const openFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    try {
      extract(await reader.fromFile(chosen.name, new Uint8Array(await chosen.arrayBuffer())));
    } catch (error) {
      const unsupported = (error as { code?: string }).code === "unsupported";
      setWriting(null);
      setReading({ kind: "failed", unsupported, detail: errorText(error) });
    }
  };
  const write = async (targets: readonly ExtractedTarget[]) => {
    setWriting({ kind: "writing" });
    try {
      const name = await output.write(targetRowsIn(targets, lang), lang);
      setWriting({ kind: "written", name });
      onWritten?.(name);
    } catch (error) {
      setWriting({ kind: "failed", detail: errorText(error) });
    }
  };

  const targets = reading?.kind === "read" ? reading.targets : null;
  const summary = targets
    ? targets.length > 0
      ? t("targets/found", targetCounts(targets))
      : t("targets/none")
    : "";
  const outcome =
    writing?.kind === "writing"
      ? t("targets/writing")
      : writing?.kind === "written"
        ? output.kind === "sheet"
          ? t("targets/written-sheet", { sheet: writing.name })
          : t("targets/written-file", { file: writing.name })
        : "";

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading}>
        {t("targets/heading")}
      </h2>
      <p>{t("targets/intro")}</p>
      <Field label={t("targets/paste")}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
      </Field>
      <div className={shared.wrapRow}>
        <Button disabled={busy || text.trim() === ""} onClick={() => extract(reader.fromText(text))}>
          {t("targets/read")}
        </Button>
        <Field label={t("targets/open")}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".docx,.pdf,.txt,application/pdf"
              disabled={busy}
              onChange={(event) => void openFile(event.currentTarget.files?.[0])}
            />
          )}
        </Field>
      </div>
      {reading?.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("targets/read-failed", {
              detail: reading.unsupported ? t("targets/unsupported") : reading.detail,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {/* Always there, so a screen reader hears the count when a reading fills it. */}
      <p role="status" aria-live="polite" data-testid="targets-summary">
        {summary}
      </p>
      {targets && targets.length > 0 && (
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void write(targets)}>
            {output.kind === "sheet" ? t("targets/write-sheet") : t("targets/write-file")}
          </Button>
        </div>
      )}
      <p role="status" aria-live="polite" data-testid="targets-outcome">
        {outcome}
      </p>
      {writing?.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("targets/write-failed", { detail: writing.detail })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
