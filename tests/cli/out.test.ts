/** `chitieu check --out / --out-dir`: the annotated copy, and the input left untouched. */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { EXAMPLE, ensureBuilt, lines, runCli, sha256, tempDir } from "./helpers";

interface JsonFinding {
  severity: "error" | "warning" | "info";
  cell: string;
}
interface JsonReport {
  files: Array<{ sheets: Array<{ name: string; findings: JsonFinding[] }> }>;
}

let dir: string;
let input: string;
let inputHash: string;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  input = path.join(dir, "bao-cao.xlsx");
  fs.copyFileSync(EXAMPLE, input);
  inputHash = sha256(input);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("--out", () => {
  let output: string;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let findings: Map<string, Map<string, JsonFinding[]>>;

  beforeAll(async () => {
    output = path.join(dir, "ket-qua", "bao-cao.checked.xlsx");
    const result = runCli(["check", input, "--out", output]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(output);
    const json = JSON.parse(runCli(["check", input, "--format", "json"]).stdout) as JsonReport;
    findings = new Map();
    for (const sheet of json.files[0].sheets) {
      const byCell = new Map<string, JsonFinding[]>();
      for (const f of sheet.findings) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
      findings.set(sheet.name, byCell);
    }
    before = await load(input);
    after = await load(output);
  });

  it("leaves the input file's bytes unchanged and no temporary file behind", () => {
    expect(sha256(input)).toBe(inputHash);
    expect(fs.readdirSync(path.dirname(output))).toEqual(["bao-cao.checked.xlsx"]);
    expect(fs.readdirSync(dir).sort()).toEqual(["bao-cao.xlsx", "ket-qua"]);
  });

  it("keeps every cell's value, and every non-flagged cell's style, on every original sheet", () => {
    let compared = 0;
    for (const a of before.worksheets) {
      const b = after.getWorksheet(a.name)!;
      expect(b).toBeDefined();
      const flagged = findings.get(a.name) ?? new Map();
      // Bounds taken first: getCell creates cells, which would move them.
      const lastRow = a.rowCount + 2;
      const lastColumn = a.columnCount + 2;
      for (let r = 1; r <= lastRow; r++) {
        for (let c = 1; c <= lastColumn; c++) {
          const x = a.getCell(r, c);
          const y = b.getCell(r, c);
          expect(y.value).toEqual(x.value);
          if (!flagged.has(x.address)) {
            expect({ cell: x.address, style: y.style }).toEqual({ cell: x.address, style: x.style });
          }
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("fills error cells red and warning cells yellow, and notes every flagged cell", () => {
    const ws = after.getWorksheet("Biểu 01")!;
    const flagged = findings.get("Biểu 01")!;
    expect(flagged.size).toBeGreaterThan(5);
    for (const [address, list] of flagged) {
      const cell = ws.getCell(address).master;
      expect(JSON.stringify(cell.note)).toContain(
        list[0].severity === "error" ? "Lỗi" : list[0].severity === "warning" ? "Cảnh báo" : "Thông tin",
      );
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (list.some((f) => f.severity === "error")) expect(fill?.fgColor?.argb).toBe("FFFFC7CE");
      else if (list.some((f) => f.severity === "warning")) expect(fill?.fgColor?.argb).toBe("FFFFEB9C");
    }
  });

  it("keeps merged cells, column widths, row heights, formulas and frozen panes", () => {
    for (const a of before.worksheets) {
      const b = after.getWorksheet(a.name)!;
      expect(b.model.merges.slice().sort()).toEqual(a.model.merges.slice().sort());
      for (let c = 1; c <= a.columnCount; c++) expect(b.getColumn(c).width).toBe(a.getColumn(c).width);
      for (let r = 1; r <= a.rowCount; r++) expect(b.getRow(r).height).toBe(a.getRow(r).height);
      expect(b.views).toEqual(a.views);
    }
    let formulas = 0;
    before.getWorksheet("Biểu 01")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) {
          formulas++;
          expect(after.getWorksheet("Biểu 01")!.getCell(cell.address).formula).toBe(cell.formula);
        }
      }),
    );
    expect(formulas).toBeGreaterThan(0);
  });

  it("adds the summary and findings sheets after the original ones", () => {
    expect(after.worksheets.map((w) => w.name)).toEqual([
      ...before.worksheets.map((w) => w.name),
      "Tổng hợp",
      "Phát hiện",
    ]);
    let rows = 0;
    after.getWorksheet("Phát hiện")!.eachRow((_row, n) => {
      if (n > 2) rows++;
    });
    const total = [...findings.values()].reduce(
      (n, m) => n + [...m.values()].reduce((k, l) => k + l.length, 0),
      0,
    );
    expect(rows).toBe(total);
  });

  it("skips its own sheets when the annotated copy is checked again, and replaces them when annotating it again", async () => {
    const json = JSON.parse(runCli(["check", output, "--format", "json"]).stdout) as JsonReport;
    expect(json.files[0].sheets.map((s) => s.name)).toEqual(before.worksheets.map((w) => w.name));
    const again = path.join(dir, "ket-qua", "lan-2.xlsx");
    runCli(["check", output, "--out", again]);
    const wb = await load(again);
    expect(wb.worksheets.filter((w) => w.name.startsWith("Tổng hợp"))).toHaveLength(1);
    expect(wb.worksheets.filter((w) => w.name.startsWith("Phát hiện"))).toHaveLength(1);
    fs.rmSync(again);
  });
});

describe("refusing to write over the input", () => {
  it.each([
    ["the same path", () => input],
    ["another spelling of the same path", () => path.join(dir, "ket-qua", "..", "bao-cao.xlsx")],
    [
      "a link to the input",
      () => {
        const link = path.join(dir, "lien-ket.xlsx");
        if (!fs.existsSync(link)) fs.symlinkSync(input, link);
        return link;
      },
    ],
  ])("refuses %s with exit 2 and leaves the input as it was", (_label, target) => {
    const result = runCli(["check", input, "--out", target()]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/Không ghi đè lên tệp đầu vào/);
    expect(sha256(input)).toBe(inputHash);
  });
});

describe("--out with --format json", () => {
  it("keeps stdout pure JSON while writing the copy", () => {
    const target = path.join(dir, "json-copy.xlsx");
    const result = runCli(["check", input, "--format", "json", "--out", target]);
    expect(result.code).toBe(1);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    expect(fs.existsSync(target)).toBe(true);
    fs.rmSync(target);
  });
});

describe("--out-dir", () => {
  it("writes <name>.checked.xlsx for each input into the directory", () => {
    const second = path.join(dir, "xa-dong-thang.xlsx");
    fs.copyFileSync(EXAMPLE, second);
    const outDir = path.join(dir, "da-soat");
    const result = runCli(["check", input, second, "--out-dir", outDir]);
    expect(result.code).toBe(1);
    expect(fs.readdirSync(outDir).sort()).toEqual(["bao-cao.checked.xlsx", "xa-dong-thang.checked.xlsx"]);
    expect(sha256(input)).toBe(inputHash);
  });
});
