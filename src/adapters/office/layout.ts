/**
 * Renders a sheet layout (src/app) into an Excel worksheet: values in blocks of rows under the
 * payload budget (text format first, so "01" or "=…" stays text), styles by name in as few
 * ranges as the layout allows, links to cells, widths, frozen rows and native charts.
 */
import type { CellStyle, LayoutRow, SheetLayout } from "../../app/sheet-layout";
import { layoutWidth } from "../../app/sheet-layout";
import { columnLetter } from "../../engine/grid";
import { qualifiedAddress } from "./address";
import { FLAG_FILLS } from "./flags";
import { BYTES_HYPERLINK, BYTES_RANGE_PROPERTY, BYTES_STYLE_BLOCK, BatchWriter, jsonBytes } from "./payload";

type Value = string | number;

interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  underline?: boolean;
  fill?: string;
  wrap?: boolean;
  /** Thin lines around and between the cells (a counts table). */
  boxed?: boolean;
}

const HEADER_FILL = "#D9E1F2";
const TOTAL_FILL = "#F2F2F2";
const RED = "#C00000";

const LOOKS: Record<CellStyle, Look> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, size: 12 },
  explanation: { italic: true },
  header: { bold: true, fill: HEADER_FILL, boxed: true },
  cell: { boxed: true },
  "cell-text": { wrap: true, boxed: true },
  mismatch: { bold: true, color: RED, boxed: true },
  total: { bold: true, fill: TOTAL_FILL, boxed: true },
  "total-mismatch": { bold: true, fill: TOTAL_FILL, color: RED, boxed: true },
  label: { bold: true },
  link: { color: "#1F4E79", underline: true },
  wrap: { wrap: true },
  error: { fill: FLAG_FILLS.error },
  warning: { fill: FLAG_FILLS.warning },
};

const BOX_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

/** Excel's column width is in points; a character of the default font is about 5.7 points wide. */
const POINTS_PER_CHARACTER = 5.7;

interface Block {
  style: CellStyle;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The cells of each style as rectangles: runs along a row, stacked while rows repeat the run. */
export function styleBlocks(rows: LayoutRow[]): Block[] {
  const done: Block[] = [];
  let open: Block[] = [];
  rows.forEach((cells, r) => {
    const runs: Block[] = [];
    cells.forEach((c, col) => {
      const style = c?.style;
      if (!style) return;
      const last = runs[runs.length - 1];
      if (last && last.style === style && last.right === col - 1) last.right = col;
      else runs.push({ style, top: r, bottom: r, left: col, right: col });
    });
    const next: Block[] = [];
    for (const run of runs) {
      const above = open.find((b) => b.style === run.style && b.left === run.left && b.right === run.right);
      if (above) {
        above.bottom = r;
        next.push(above);
      } else next.push(run);
    }
    for (const b of open) if (!next.includes(b)) done.push(b);
    open = next;
  });
  return done.concat(open);
}

function applyLook(range: Excel.Range, look: Look): void {
  const font = range.format.font;
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size) font.size = look.size;
  if (look.color) font.color = look.color;
  if (look.underline) font.underline = "Single";
  if (look.fill) range.format.fill.color = look.fill;
  if (look.wrap) range.format.wrapText = true;
  if (look.boxed) {
    for (const edge of BOX_EDGES) range.format.borders.getItem(edge).style = "Continuous";
  }
}

/** Write `layout` into an empty `sheet`, in batches under `budget`. */
export async function renderLayout(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  budget: number,
): Promise<void> {
  const width = layoutWidth(layout);
  const rows: Value[][] = layout.rows.map((cells) => {
    const out: Value[] = [];
    for (let c = 0; c < width; c++) out.push(cells[c]?.value ?? "");
    return out;
  });
  const writer = new BatchWriter(context, budget);

  // Blocks of rows whose request stays under a quarter of the budget.
  const perRow = Math.max(1, jsonBytes(rows) / Math.max(1, rows.length)) * 2;
  const rowsPerBlock = Math.max(1, Math.floor(budget / 4 / perRow));
  for (let top = 0; top < rows.length; top += rowsPerBlock) {
    const block = rows.slice(top, top + rowsPerBlock);
    const formats = block.map((r) => r.map((v) => (typeof v === "number" ? "0" : "@")));
    await writer.add(jsonBytes(block) + jsonBytes(formats) + 2 * BYTES_RANGE_PROPERTY, () => {
      const range = sheet.getRangeByIndexes(top, 0, block.length, width);
      range.numberFormat = formats;
      range.values = block;
    });
  }
  for (const [i, w] of layout.columnWidths.entries()) {
    await writer.add(BYTES_RANGE_PROPERTY, () => {
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(w * POINTS_PER_CHARACTER);
    });
  }
  for (const b of styleBlocks(layout.rows)) {
    await writer.add(BYTES_STYLE_BLOCK, () => {
      applyLook(
        sheet.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1),
        LOOKS[b.style],
      );
    });
  }
  for (const [r, cells] of layout.rows.entries()) {
    for (const [c, cell] of cells.entries()) {
      if (!cell?.link) continue;
      const target = qualifiedAddress(cell.link.sheet, cell.link.cell);
      const hyperlink = { documentReference: target, textToDisplay: String(cell.value), screenTip: target };
      await writer.add(jsonBytes(hyperlink) + BYTES_HYPERLINK, () => {
        sheet.getRangeByIndexes(r, c, 1, 1).hyperlink = hyperlink;
      });
    }
  }
  if (layout.frozenRows > 0) {
    await writer.add(BYTES_RANGE_PROPERTY, () => sheet.freezePanes.freezeRows(layout.frozenRows));
  }
  for (const [i, chart] of layout.charts.entries()) {
    await writer.add(4 * BYTES_RANGE_PROPERTY, () => {
      const source = sheet.getRangeByIndexes(
        chart.top,
        chart.left,
        chart.bottom - chart.top + 1,
        chart.right - chart.left + 1,
      );
      const added = sheet.charts.add("ColumnClustered", source, "Columns");
      added.title.text = chart.title;
      // Beside the tables, one below the other.
      const top = 3 + i * 18;
      added.setPosition(`${columnLetter(width + 1)}${top + 1}`, `${columnLetter(width + 8)}${top + 16}`);
    });
  }
  await writer.flush();
}
