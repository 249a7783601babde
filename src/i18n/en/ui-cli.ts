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
};
