/**
 * The new-term target table (Biểu) built from a resolution's targets, as rows of cell texts in
 * the layout the checker reads: TT, Chỉ tiêu, ĐVT, Chỉ tiêu NQ, Kết quả thực hiện, Tỷ lệ (%),
 * Đánh giá, Ghi chú; a row per group, an item's first target on its TT row and the next ones
 * on sub-rows below it, the result columns empty to be filled in.
 */
import type { ExtractedTarget } from "../engine/resolution";

/** The header the detector knows (GUIDE §2); Vietnamese in every language, as tables are. */
export const TARGET_TABLE_HEADER = [
  "TT",
  "Chỉ tiêu",
  "ĐVT",
  "Chỉ tiêu NQ",
  "Kết quả thực hiện",
  "Tỷ lệ (%)",
  "Đánh giá",
  "Ghi chú",
] as const;

/** Column widths in characters, from A: both writers use them. */
export const TARGET_TABLE_WIDTHS = [6, 60, 12, 24, 16, 10, 12, 40] as const;

export interface TargetTableRow {
  kind: "group" | "item" | "sub";
  cells: string[];
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** "a) Các chỉ tiêu về kinh tế (05 chỉ tiêu)" → "Các chỉ tiêu về kinh tế": the table counts its own rows. */
function groupTitle(group: string): string {
  return group.replace(/\s*\(\s*\d+\s+chỉ tiêu\s*\)\s*$/iu, "").trim();
}

export function targetTableRows(
  targets: readonly ExtractedTarget[],
  note: (target: ExtractedTarget) => string,
): TargetTableRow[] {
  const rows: TargetTableRow[] = [];
  let group: string | null = null;
  let groups = 0;
  for (const t of targets) {
    if (t.group && t.group !== group) {
      group = t.group;
      rows.push({
        kind: "group",
        cells: [ROMAN[groups] ?? String(groups + 1), groupTitle(t.group), "", "", "", "", "", ""],
      });
      groups++;
    }
    const first = t.part === 0;
    rows.push({
      kind: first ? "item" : "sub",
      cells: [first ? String(t.item) : "", t.name, t.unit, t.target.text, "", "", "", first ? note(t) : ""],
    });
  }
  return rows;
}
