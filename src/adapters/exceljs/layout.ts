/**
 * Renders a sheet layout (src/app) into an ExcelJS worksheet: values, styles by name, links
 * to cells, column widths, frozen rows and the filter. ExcelJS cannot write charts, so a
 * layout's charts are left to the add-in. Browser-safe.
 */
import type * as ExcelJS from "exceljs";
import type { CellStyle, SheetLayout } from "../../app/sheet-layout";
import { linkValue, SEVERITY_FILL, solidFill } from "./style";

const HEADER_FILL = "FFD9E1F2";
const TOTAL_FILL = "FFF2F2F2";
const BODY_FILL = "FFFFFFFF";
const LINK_COLOUR = "FF1F4E79";
const MISMATCH_COLOUR = "FFC00000";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  bottom: { style: "thin" },
  left: { style: "thin" },
  right: { style: "thin" },
};

function boxed(fill: string, font?: Partial<ExcelJS.Font>): Partial<ExcelJS.Style> {
  return { fill: solidFill(fill), border: THIN, ...(font ? { font } : {}) };
}

const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  heading: { font: { bold: true, size: 12 } },
  explanation: { font: { italic: true } },
  header: boxed(HEADER_FILL, { bold: true }),
  cell: boxed(BODY_FILL),
  "cell-text": { ...boxed(BODY_FILL), alignment: { wrapText: true, vertical: "top" } },
  mismatch: boxed(BODY_FILL, { bold: true, color: { argb: MISMATCH_COLOUR } }),
  total: boxed(TOTAL_FILL, { bold: true }),
  "total-mismatch": boxed(TOTAL_FILL, { bold: true, color: { argb: MISMATCH_COLOUR } }),
  label: { font: { bold: true } },
  link: { font: { color: { argb: LINK_COLOUR }, underline: true } },
  wrap: { alignment: { wrapText: true, vertical: "top" } },
  error: { fill: solidFill(SEVERITY_FILL.error as string) },
  warning: { fill: solidFill(SEVERITY_FILL.warning as string) },
};

/** Fill an empty worksheet with `layout`. */
export function renderLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  layout.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((c, i) => {
      if (!c) return;
      const target = row.getCell(i + 1);
      target.value =
        c.link && typeof c.value === "string" ? linkValue(c.value, c.link.sheet, c.link.cell) : c.value;
      if (c.style) target.style = { ...STYLES[c.style] };
    });
  });
  if (layout.frozenRows > 0) ws.views = [{ state: "frozen", ySplit: layout.frozenRows }];
  const f = layout.filter;
  if (f) {
    ws.autoFilter = {
      from: { row: f.top + 1, column: f.left + 1 },
      to: { row: f.bottom + 1, column: f.right + 1 },
    };
  }
}
