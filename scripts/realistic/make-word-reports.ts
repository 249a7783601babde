/**
 * Writes the Word reports of tests/fixtures/documents/ (npx tsx scripts/realistic/make-word-reports.ts):
 * the plain-text reports of make-documents.ts laid out as a Word file, with their result tables
 * inside as Word tables (caption "Biểu 01" right above each), items numbered by Word's list
 * numbering or typed "(n)", and truth files citing the reader's paragraphs and the Word rows.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { Document, HeadingLevel, Packer, Paragraph, type FileChild } from "docx";
import * as prettier from "prettier";
import { buildWorkbook, type WorkbookSpec } from "./build";
import type { FindingSpec, TruthTable } from "./truth";
import { bachThongDoc, claimTruth, mergedDoc, type ClaimTruth, type DocSpec } from "./make-documents";
import { claimText, tableRows, tableTally, type Block, type Claim, type TableRow } from "./prose";
import { WORKBOOKS } from "./specs";
import { withFixedDates } from "./fixed-zip";
import { FIRST_DATA_ROW, HEADER_ROWS, WORD_NUMBERING, wordTable, type WordTable } from "./word-table";

const DOC_DIR = path.resolve(__dirname, "../../tests/fixtures/documents");

interface TablePlan {
  sheet: string;
  caption: string;
  title: string;
  autoTT: boolean;
}

interface WordReport {
  file: string;
  base: DocSpec;
  tables: TablePlan[];
  /** Items numbered by Word's list numbering; the others have "(n)" typed. */
  autoItems: (code: string) => boolean;
  description: string;
}

function workbook(file: string): WorkbookSpec {
  const spec = WORKBOOKS.find((w) => w.file === file);
  if (!spec) throw new Error(`no workbook ${file}`);
  return spec;
}

/** Points every claim of `blocks` at the Word tables' rows instead of the sheets'. */
function retarget(blocks: Block[], wb: WorkbookSpec, tables: Array<TablePlan & WordTable>): void {
  const bySheetRow = new Map<string, TableRow>();
  for (const t of tables) {
    const sheetRows = tableRows(wb, t.sheet).map((r) => r.row);
    sheetRows.forEach((sheetRow, i) => bySheetRow.set(`${t.sheet}\u0000${sheetRow}`, t.rows[i]));
  }
  for (const b of blocks) {
    if (!("para" in b)) continue;
    for (const part of b.para) {
      if (typeof part === "string") continue;
      if (part.kind === "item") {
        for (const p of part.parts) {
          const moved = bySheetRow.get(`${p.row.sheet}\u0000${p.row.row}`);
          if (!moved) throw new Error(`TT ${part.item}: no Word row for ${p.row.sheet}!${p.row.row}`);
          p.row = moved;
        }
      } else if (part.kind === "count") {
        part.scope = part.scope.map((s) => {
          const t = tables.find((x) => x.sheet === s.sheet);
          if (!t) throw new Error(`no Word table for ${s.sheet}`);
          return { sheet: t.caption, tally: tableTally(wb, s.sheet) };
        });
      }
    }
  }
}

interface Laid {
  children: FileChild[];
  /** The reader's 1-based paragraph index of each claim (empty paragraphs are not counted). */
  paragraphOf: Map<Claim, number>;
}

function lay(report: WordReport, tables: Array<TablePlan & WordTable>): Laid {
  const children: FileChild[] = [];
  const paragraphOf = new Map<Claim, number>();
  let paragraphs = 0;
  const push = (p: Paragraph) => {
    children.push(p);
    paragraphs++;
  };
  for (const b of report.base.blocks) {
    if ("heading" in b) {
      push(new Paragraph({ text: b.heading.replace(/\s{2,}/g, "\t"), heading: HeadingLevel.HEADING_2 }));
    } else if ("para" in b) {
      const [only] = b.para;
      if (b.para.length === 1 && typeof only !== "string" && only.kind === "item") {
        const text = claimText(only).replace(/^\(\d+(\.\d+)?\)\s*/, "");
        paragraphOf.set(only, paragraphs + 1);
        push(
          report.autoItems(only.item)
            ? new Paragraph({ text, numbering: { reference: "items", level: 0 } })
            : new Paragraph(`(${only.item}) ${text}`),
        );
        continue;
      }
      let text = "";
      for (const part of b.para) {
        if (typeof part === "string") text += part;
        else {
          paragraphOf.set(part, paragraphs + 1);
          text += claimText(part);
        }
      }
      push(new Paragraph(text));
    }
    // Page ends and their footnotes belong to the text layout; a Word file has neither here.
  }
  for (const t of tables) {
    push(new Paragraph({ text: t.title, heading: HeadingLevel.HEADING_3 }));
    push(new Paragraph(t.caption));
    children.push(t.table);
    children.push(new Paragraph(""));
  }
  return { children, paragraphOf };
}

/** Any of these may be read either way ("1.250": 1250 or 1,25); the table's other numbers decide. */
const AMBIGUOUS = /^\d{1,3}\.\d{3}$/;

/** The sheet's truth moved to the Word table's rows: one Word row per sheet row, from row 4. */
function tableTruth(wb: WorkbookSpec, t: TablePlan & WordTable): TruthTable {
  const sheet = buildWorkbook(wb).truth.sheets.find((s) => s.name === t.sheet);
  if (!sheet) throw new Error(`no truth for ${t.sheet}`);
  const source = sheet.tables[0];
  const move = (row: number) => row - source.firstRow + FIRST_DATA_ROW;
  const ambiguous: FindingSpec[] = t.cells
    .filter((c) => AMBIGUOUS.test(c.text))
    .map((c) => ({
      rule: "ambiguous-number",
      severity: "warning",
      cell: c.cell,
      why: `"${c.text}" reads either way as text; the table's unambiguous numbers say which`,
    }));
  return {
    headerRows: HEADER_ROWS,
    firstRow: move(source.firstRow),
    lastRow: move(source.lastRow),
    columns: { code: "A", name: "B", unit: "C", target: "D", actual: "E", percent: "F", status: "G" },
    indicators: source.indicators.map((x) => ({ ...x, row: move(x.row) })),
    groupRows: source.groupRows.map(move),
    headingRows: source.headingRows.map(move),
    expectedFindings: [],
    allowedFindings: [
      { rule: "text-number", severity: "info", why: "every cell of a Word table is text" },
      ...ambiguous,
    ],
  };
}

async function write(report: WordReport, options: prettier.Options): Promise<void> {
  const wb = workbook(report.base.workbook);
  const tables = report.tables.map((plan) => ({
    ...plan,
    ...wordTable(wb, plan.sheet, plan.caption, plan.autoTT),
  }));
  retarget(report.base.blocks, wb, tables);
  const laid = lay(report, tables);
  const claims: Array<ClaimTruth & { paragraph: number }> = [];
  for (const [claim, paragraph] of laid.paragraphOf) {
    claims.push({ ...claimTruth(claim, paragraph), paragraph });
  }
  const disagreeing = claims.filter((c) => c.agrees === false);
  if (report.base.agrees !== (disagreeing.length === 0))
    throw new Error(`${report.file}: ${disagreeing.length} claims disagree, against the plan`);
  if (disagreeing.some((c) => c.planted === undefined))
    throw new Error(`${report.file}: unplanted disagreement`);
  const doc = new Document({
    creator: "Soát Chỉ Tiêu fixtures",
    numbering: { config: WORD_NUMBERING },
    sections: [{ children: laid.children }],
  });
  await fs.writeFile(path.join(DOC_DIR, report.file), await withFixedDates(await Packer.toBuffer(doc)));
  const base = report.file.replace(/\.docx$/, "");
  const truth = {
    document: report.file,
    workbook: report.file,
    builtFrom: report.base.workbook,
    tablesTruth: `${base}.tables.truth.json`,
    agrees: report.base.agrees,
    description: report.description,
    claims,
  };
  const tablesTruth = {
    document: report.file,
    builtFrom: report.base.workbook,
    correct: true,
    description:
      "The Word tables of the report, in the workbook truth format (tests/fixtures/realistic/README.md); rows are Word rows, header included.",
    tables: tables.map((t, i) => ({
      index: i + 1,
      caption: t.caption,
      sourceSheet: t.sheet,
      ...tableTruth(wb, t),
    })),
  };
  const json = (x: unknown) => prettier.format(JSON.stringify(x), { ...options, parser: "json" });
  await fs.writeFile(path.join(DOC_DIR, `${base}.truth.json`), await json(truth));
  await fs.writeFile(path.join(DOC_DIR, `${base}.tables.truth.json`), await json(tablesTruth));
  console.log(
    `${report.file}: ${claims.length} claims, ${disagreeing.length} disagreeing, ${tables.length} tables`,
  );
}

const BACH_THONG_TABLE: TablePlan = {
  sheet: "Biểu 01",
  caption: "Biểu 01",
  title: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025",
  autoTT: true,
};

/** Items 1–16 by Word's numbering, 17–23 typed: reports mix both once edited by several people. */
const firstSixteenAuto = (code: string) => Number(code) <= 16;

function reports(): WordReport[] {
  const commune = (sheet: string, n: number): TablePlan => ({
    sheet,
    caption: `Biểu số 0${n}`,
    title: `KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ ${sheet.toUpperCase()} NHIỆM KỲ 2020-2025`,
    autoTT: false,
  });
  return [
    {
      file: "bao-cao-word-bach-thong-khop.docx",
      base: bachThongDoc(false),
      tables: [BACH_THONG_TABLE],
      autoItems: firstSixteenAuto,
      description:
        "Bạch Thông's report as a Word file with Biểu 01 inside (two-row header with gridSpan and vMerge, group rows merged across, TT by Word numbering); items (1)–(16) by Word's list numbering, (17)–(23) typed; every claim agrees.",
    },
    {
      file: "bao-cao-word-bach-thong-lech.docx",
      base: bachThongDoc(true),
      tables: [BACH_THONG_TABLE],
      autoItems: firstSixteenAuto,
      description:
        "The same Word report with planted contradictions against its own Biểu 01: opening counts (19/23, 04/23), a percent (190,3 for 8.200/7.500), a verdict (đạt for 650/700 ha), a value (43 million where the table has 41), a later count (04 không đạt).",
    },
    {
      file: "bao-cao-word-sap-nhap.docx",
      base: mergedDoc(),
      tables: [commune("Quang Thuận", 1), commune("Dương Phong", 2), commune("Đồng Thắng", 3)],
      // The sections restart at (1): typed, as Word's single list would run on.
      autoItems: () => false,
      description:
        "The merged commune's report as a Word file with its three former communes' tables inside (Biểu số 01–03), sections '2.N- Đối với xã … cũ (có biểu số 0N kèm theo)', a figure about the whole commune that belongs to no table, and planted contradictions: 90,1 % for 119,2/132 and Đồng Thắng's counts.",
    },
  ];
}

async function main(): Promise<void> {
  const options = (await prettier.resolveConfig(DOC_DIR)) ?? {};
  for (const report of reports()) await write(report, options);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
