/**
 * The narrative check's plumbing in `chitieu check`: a test double stands in for the claim
 * reader and returns fixed claims and findings, so what is under test is how the command line
 * passes the submission's tables in and turns the results into JSON, text and exit codes.
 */
import * as fs from "fs";
import * as path from "path";
import { runCheck, type CheckCommandOptions } from "../../src/cli/check";
import type { CheckNarrative, NarrativeFinding, SubmissionSheet } from "../../src/engine/claims/types";
import type { EngineMessage } from "../../src/engine/messages";
import type { Lang } from "../../src/engine/types";
import { render } from "../../src/i18n";
import ExcelJS from "exceljs";
import { EXAMPLE, tempDir } from "./helpers";
import { writeReportDocx, writeText } from "./support/submission-files";

const CLAUSE = "Tổng đàn gia súc: 8.500/7.500 con";
const MESSAGE: EngineMessage = { id: "target/unreadable", data: { text: "8.500" } };

/** Fixed results; remembers the tables it was given. */
function double(
  severity: NarrativeFinding["severity"],
  row = 7,
): {
  check: CheckNarrative;
  seen: SubmissionSheet[][];
} {
  const seen: SubmissionSheet[][] = [];
  const check: CheckNarrative = (paragraphs, sheets) => {
    seen.push([...sheets]);
    const first = sheets[0];
    const at = first ? { file: first.file, sheet: first.sheet, row } : null;
    return {
      paragraphs: paragraphs.length,
      targets: [],
      claims: [
        {
          kind: "result",
          paragraph: 2,
          text: CLAUSE,
          code: "3",
          name: "Tổng đàn gia súc",
          actual: { text: "8.500", value: 8500, unit: "con" },
          target: { text: "7.500", value: 7500 },
          percent: 113.3,
          verdict: "exceeded",
          match: at,
        },
        {
          kind: "count",
          paragraph: 1,
          text: "18/23 chỉ tiêu đạt và vượt (chiếm 78%)",
          counts: "achieved-or-exceeded",
          value: 18,
          of: 23,
          percent: 78,
          match: null,
        },
      ],
      findings: [
        {
          rule: "claim-value",
          severity,
          paragraph: 2,
          text: CLAUSE,
          message: MESSAGE,
          table: at ? { ...at, cell: `E${row}` } : null,
        },
      ],
    };
  };
  return { check, seen };
}

function options(overrides: Partial<CheckCommandOptions> = {}): CheckCommandOptions {
  return { format: "json", lang: "vi", disable: [], progress: false, ...overrides };
}

async function run(
  args: string[],
  check: CheckNarrative,
  lang: Lang = "vi",
  format: "json" | "text" = "json",
  out?: string,
) {
  const stdout: string[] = [];
  const err: string[] = [];
  const code = await runCheck(
    args,
    options({ lang, format, out }),
    { out: (s) => stdout.push(s), err: (s) => err.push(s) },
    check,
  );
  return { code, stdout: stdout.join("\n"), stderr: err.join("\n") };
}

/** A summary-sheet cell as shown: a link's text, else the value. */
function cellText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  return String(v);
}

let dir: string;
let docx: string;
let txt: string;

beforeAll(async () => {
  dir = tempDir("chitieu-plumbing-");
  docx = path.join(dir, "bao-cao.docx");
  await writeReportDocx(docx);
  txt = writeText(
    dir,
    "bao-cao.txt",
    "18/23 chỉ tiêu đạt và vượt (chiếm 78%).\n\nTổng đàn gia súc: 8.500/7.500 con.\n",
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("narrative plumbing (test double checker)", () => {
  it("passes every table of the submission to the checker, Word tables by their names", async () => {
    const { check, seen } = double("info");
    await run([docx, txt], check);
    // Two reports, each checked against both Word tables of the submission.
    expect(seen).toHaveLength(2);
    for (const sheets of seen) {
      expect(sheets.map((s) => [s.file, s.sheet, s.caption])).toEqual([
        [docx, "Biểu 01", "Biểu 01"],
        [docx, "Bảng 2", expect.stringContaining("văn hóa")],
      ]);
    }
  });

  it("writes the document entry with claims and findings in the JSON contract", async () => {
    const { check } = double("error");
    const { stdout } = await run([docx], check);
    const [file] = (JSON.parse(stdout) as { files: Array<Record<string, unknown>> }).files;
    expect(file.document).toEqual({
      kind: "report",
      paragraphs: 3,
      targets: [],
      claims: [
        {
          kind: "result",
          paragraph: 2,
          text: CLAUSE,
          code: "3",
          name: "Tổng đàn gia súc",
          actual: { text: "8.500", value: 8500, unit: "con" },
          target: { text: "7.500", value: 7500 },
          percent: 113.3,
          verdict: "exceeded",
          match: { file: docx, sheet: "Biểu 01", row: 7 },
        },
        {
          kind: "count",
          paragraph: 1,
          text: "18/23 chỉ tiêu đạt và vượt (chiếm 78%)",
          code: null,
          name: null,
          actual: 18,
          target: 23,
          percent: 78,
          verdict: null,
          match: null,
          counts: "achieved-or-exceeded",
        },
      ],
      findings: [
        {
          rule: "claim-value",
          severity: "error",
          paragraph: 2,
          text: CLAUSE,
          message: render(MESSAGE, "vi"),
          table: { file: docx, sheet: "Biểu 01", row: 7, cell: "E7" },
        },
      ],
    });
  });

  it("renders document findings in the chosen language", async () => {
    const { check } = double("error");
    const { stdout } = await run([txt], check, "en");
    const [file] = (
      JSON.parse(stdout) as { files: Array<{ document: { findings: Array<{ message: string }> } }> }
    ).files;
    expect(file.document.findings[0].message).toBe(render(MESSAGE, "en"));
    expect(render(MESSAGE, "en")).not.toBe(render(MESSAGE, "vi"));
  });

  it("exits 1 on an error-level document finding even with no table at all, 0 when it is only info", async () => {
    expect((await run([txt], double("error").check)).code).toBe(1);
    expect((await run([txt], double("info").check)).code).toBe(0);
  });

  it("lists document findings under the document in text, quoting the clause and its paragraph", async () => {
    const { stdout } = await run([txt], double("error").check, "vi", "text");
    const report = stdout.split("\n");
    const heading = report.findIndex((l: string) => l.includes(`Tệp ${txt}`));
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(report.slice(heading + 1)).toEqual(
      expect.arrayContaining([
        "Báo cáo: 2 đoạn văn, 2 nhận định",
        `  [Lỗi] đoạn 2 claim-value: ${render(MESSAGE, "vi")}`,
      ]),
    );
    expect(stdout).toContain("Tổng cộng 1 tệp: 1 lỗi");
  });

  it("--out flags the workbook cell a claim contradicts and reconciles the claims on the summary sheet", async () => {
    const bieu = path.join(dir, "bieu.xlsx");
    fs.copyFileSync(EXAMPLE, bieu);
    const out = path.join(dir, "bieu.checked.xlsx");
    await run([bieu, txt], double("error", 10).check, "vi", "json", out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const flagged = wb.getWorksheet("Biểu 01")!.getCell("E10");
    const note =
      typeof flagged.note === "string"
        ? flagged.note
        : (flagged.note.texts ?? []).map((x) => x.text).join("");
    expect(note).toContain(`[${txt}, đoạn 2 · claim-value] “${CLAUSE}”: ${render(MESSAGE, "vi")}`);
    expect((flagged.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF/);
    const summary = wb.getWorksheet("Tổng hợp")!;
    const texts: string[][] = [];
    summary.eachRow((r) => texts.push((r.values as unknown[]).slice(1).map(cellText)));
    const heading = texts.findIndex((r) => r[0] === "Đối chiếu với báo cáo");
    expect(heading).toBeGreaterThan(0);
    expect(texts[heading + 1]).toEqual([
      "Đoạn",
      "Nhận định trong báo cáo",
      "Trang tính",
      "Dòng",
      "Đối chiếu",
      "Báo cáo",
    ]);
    // The result claim only: the count claim is tied to no table of this workbook.
    expect(texts[heading + 2]).toEqual([
      "2",
      CLAUSE,
      "Biểu 01",
      expect.stringContaining("10"),
      "Không khớp",
      txt,
    ]);
    expect(texts[heading + 3] ?? []).not.toContain(txt);
  });
});
