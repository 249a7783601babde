/** `chitieu extract`: read a resolution (.docx, .pdf, .txt), print its targets, write the target table. */
import { promises as fs } from "fs";
import { targetTableWorkbook } from "../adapters/exceljs/target-table";
import { targetTableRows } from "../app/target-table-layout";
import { extractTargets, extractedTargetsJson, type ExtractedTarget } from "../engine/resolution";
import type { Lang } from "../engine/types";
import { render, t } from "../i18n";
import { EXIT_OK, type Io } from "./check";
import { CliError } from "./errors";
import { loadDocument } from "./load-document";
import { samePath, writeWorkbookAtomically } from "./write";

export interface ExtractCommandOptions {
  format: "text" | "json";
  out?: string;
  lang: Lang;
}

/** The targets of one document; a read failure is one line (exit 2), worded as `check` words it. */
export async function targetsOfFile(file: string, lang: Lang): Promise<ExtractedTarget[]> {
  const stat = await fs.stat(file).catch(() => null);
  if (stat?.isDirectory()) throw new CliError(t(lang, "cli/is-directory", { file }));
  const content = await loadDocument(file, lang);
  return extractTargets(content.paragraphs);
}

function assignmentNote(target: ExtractedTarget, lang: Lang): string {
  return target.lead
    ? t(lang, "cli/extract-assigned", { lead: target.lead, partners: target.partners ?? [] })
    : "";
}

function textLines(file: string, targets: readonly ExtractedTarget[], lang: Lang): string[] {
  if (targets.length === 0) return [t(lang, "cli/extract-none", { file })];
  const items = new Set(targets.map((x) => x.item)).size;
  const lines = [t(lang, "cli/extract-count", { file, count: targets.length, items })];
  let group: string | null = null;
  for (const target of targets) {
    if (target.group && target.group !== group) {
      group = target.group;
      lines.push(t(lang, "cli/extract-group", { group }));
    }
    lines.push(
      t(lang, "cli/extract-target", {
        code: target.code,
        name: target.name,
        target: target.target.text,
        unit: target.unit,
        timeframe: target.timeframe,
        polarity: target.polarity.polarity,
      }),
    );
    if (target.lead && target.part === 0) lines.push(`    ${assignmentNote(target, lang)}`);
  }
  return lines;
}

export async function runExtract(file: string, options: ExtractCommandOptions, io: Io): Promise<number> {
  const { lang } = options;
  if (options.out !== undefined && (await samePath(options.out, file)))
    throw new CliError(t(lang, "cli/same-as-input", { file }));
  const targets = await targetsOfFile(file, lang);
  if (options.format === "json") {
    io.out(JSON.stringify(extractedTargetsJson(targets, (m) => render(m, lang))));
  } else {
    for (const line of textLines(file, targets, lang)) io.out(line);
  }
  if (options.out !== undefined) {
    const rows = targetTableRows(targets, (target) => assignmentNote(target, lang));
    const wb = targetTableWorkbook(rows, t(lang, "cli/extract-sheet"), t(lang, "cli/extract-title"));
    await writeWorkbookAtomically(wb, options.out, lang);
    // The JSON on stdout stays parseable: the confirmation goes to stderr there.
    (options.format === "json" ? io.err : io.out)(t(lang, "cli/extract-written", { file: options.out }));
  }
  return EXIT_OK;
}
