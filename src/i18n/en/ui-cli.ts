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
    `${f.num(d.files)} file(s) in total: ${f.num(d.errors)} errors, ${f.num(d.warnings)} warnings, ${f.num(d.infos)} info.`,
  "cli/loading": () => "reading",
  "cli/checking": () => "checking",
  "cli/document-unreadable": ({ file, code }) =>
    `Cannot read the document ${file} (${documentProblemEn(code)})`,
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

/** What a document read failure means, by the reader's code. */
function documentProblemEn(code: string): string {
  switch (code) {
    case "encrypted":
      return "password protected";
    case "legacy-doc":
      return "a Word 97–2003 .doc file: save it as .docx";
    case "no-text-layer":
      return "a scanned PDF with no text layer";
    case "empty":
      return "the document is empty";
    case "not-utf8":
      return "a text file that is not UTF-8";
    case "unsupported":
      return "not a .docx, .pdf or .txt file";
    case "too-large":
    case "too-many-entries":
    case "too-deep":
      return "the file is too large or too complex";
    default:
      return "the file is corrupt";
  }
}
