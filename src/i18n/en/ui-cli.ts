/** English words of the `chitieu` command line. */
import type { Templates } from "../catalog";
import type { CliMessages } from "../ui-messages";

export const cliEn: Templates<CliMessages> = {
  "cli/file-not-found": ({ file }) => `File not found: ${file}`,
  "cli/is-directory": ({ file }) => `${file} is a directory, not an .xlsx file`,
  "cli/not-zip": ({ file }) => `${file} is not an Excel .xlsx file (its content is not a zip archive)`,
  "cli/not-workbook": ({ file }) => `${file} is a zip archive but not an Excel workbook (it has no sheets)`,
  "cli/encrypted": ({ file }) =>
    `${file} is encrypted/password protected or an old .xls file: remove the password or save it as .xlsx, then check again`,
  "cli/corrupt": ({ file, detail }) => `${file} is corrupt and cannot be read (${detail})`,
  "cli/unreadable": ({ file, detail }) => `Cannot read ${file} (${detail})`,
  "cli/no-such-sheet": ({ file, sheet, sheets }) =>
    `${file} has no sheet “${sheet}” (sheets: ${sheets.join(", ")})`,
  "cli/same-as-input": ({ file }) =>
    `Refusing to overwrite the input file ${file}: choose another name for --out`,
  "cli/out-with-several-files": () => "--out takes a single input file; with several files use --out-dir DIR",
  "cli/out-and-out-dir": () => "Use either --out or --out-dir, not both",
  "cli/unknown-rule": ({ rule, known }) => `Unknown rule “${rule}” (rules: ${known.join(", ")})`,
  "cli/write-failed": ({ file, detail }) => `Cannot write ${file} (${detail})`,
  "cli/written": ({ file }) => `Annotated copy written: ${file}`,
  "cli/file-heading": ({ file }) => `== File ${file} ==`,
  "cli/sheet-no-table": ({ sheet }) => `Sheet “${sheet}”: no target table found`,
  "cli/sheet-table": ({ sheet, index, where }) => `Sheet “${sheet}”, table ${index}: ${where}`,
  "cli/summary-line": ({ sentence }) => `Summary: ${sentence}`,
  "cli/indicator-count": ({ count }, f) => `Indicators: ${f.num(count)}`,
  "cli/total": (d, f) =>
    `${f.count(d.files, "file", "files")} in total: ${f.count(d.errors, "error", "errors")}, ${f.count(d.warnings, "warning", "warnings")}, ${f.num(d.infos)} info.`,
  "cli/loading": () => "reading",
  "cli/checking": () => "checking",
  "cli/empty-directory": ({ file }) =>
    `${file} is a directory with no .xlsx, .docx, .pdf or .txt file to check`,
  "cli/document-encrypted": ({ file }) =>
    `${file} is password protected: remove the password (File > Info > Protect Document), then check again`,
  "cli/document-legacy-doc": ({ file }) =>
    `${file} is a Word 97–2003 document (.doc): open it in Word, save it as .docx, then check again`,
  "cli/document-corrupt": ({ file }) => `${file} is corrupt and its content cannot be read`,
  "cli/document-too-large": ({ file }) =>
    `${file} is too large or abnormally built (possibly a malicious file): not read`,
  "cli/document-no-text-layer": ({ file, pages }, f) =>
    `${file} is an image-only PDF (${f.num(pages)} page(s), no text layer): use a PDF exported from Word, or the .docx`,
  "cli/document-empty": ({ file }) => `${file} holds no text`,
  "cli/document-not-utf8": ({ file, offset }, f) =>
    `${file} is not UTF-8 text (byte ${f.num(offset)}): save it as UTF-8, then check again`,
  "cli/document-unsupported": ({ file, format }) =>
    `${file} is a ${format} file, not a document that can be read (use .docx, .pdf or .txt)`,
  "cli/word-table": ({ sheet, where }) => `Word table “${sheet}”: ${where}`,
  "cli/word-table-no-table": ({ sheet }) => `Word table “${sheet}”: not a target table`,
  "cli/report-line": ({ paragraphs, claims }, f) =>
    `Report: ${f.count(paragraphs, "paragraph", "paragraphs")}, ${f.count(claims, "claim", "claims")}`,
  "cli/report-targets": ({ targets, matched, sheet }, f) =>
    `Targets the text sets: ${f.num(targets)}` +
    (sheet === null
      ? "; no table of the submission is this text's target table"
      : `, ${f.num(matched)} compared with the table "${sheet}"`),
  "cli/report-finding": (d, f) => `[${d.severity}] paragraph ${f.num(d.paragraph)} ${d.rule}: ${d.message}`,
  "cli/extract-count": ({ file, count, items }, f) =>
    `${file}: ${f.num(count)} targets in ${f.num(items)} items`,
  "cli/extract-none": ({ file }) => `${file}: no numbered target list found`,
  "cli/extract-group": ({ group }) => `— ${group}`,
  "cli/extract-target": (d) =>
    `(${d.code || "-"}) ${d.name}: ${d.target}${d.unit ? ` [${d.unit}]` : ""}${d.timeframe ? ` — ${d.timeframe}` : ""}${d.polarity === "lower" ? " (lower is better)" : ""}`,
  "cli/extract-assigned": ({ lead, partners }) =>
    `Lead: ${lead}${partners.length > 0 ? `; partners: ${partners.join(", ")}` : ""}`,
  "cli/extract-written": ({ file }) => `Target table written: ${file}`,
  "cli/extract-title": () => "TARGETS OF THE RESOLUTION, NEW TERM",
  "cli/extract-sheet": () => "Targets",
};
