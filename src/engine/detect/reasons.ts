/** Why detection found no table, in Vietnamese and English, naming the rows it looked at. */
import type { ColumnRole, LocalizedText } from "../types";

export const ROLE_LABELS: Record<ColumnRole, LocalizedText> = {
  code: { vi: "TT", en: "No." },
  name: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "Đơn vị tính", en: "Unit" },
  target: { vi: "Chỉ tiêu NQ", en: "Target" },
  actual: { vi: "Kết quả thực hiện", en: "Result" },
  percent: { vi: "Tỷ lệ (%)", en: "Percent" },
  status: { vi: "Đánh giá", en: "Assessment" },
  note: { vi: "Ghi chú", en: "Note" },
};

export function emptySheet(): LocalizedText {
  return { vi: "Trang tính trống, không có bảng chỉ tiêu.", en: "The sheet is empty: no target table." };
}

export function noHeader(partial: { row: number; labels: string[] } | null): LocalizedText {
  const base: LocalizedText = {
    vi:
      "Không tìm thấy dòng tiêu đề có cột 'Chỉ tiêu' (tên chỉ tiêu) cùng ít nhất một cột " +
      "'Chỉ tiêu NQ', 'Kết quả thực hiện', 'Tỷ lệ (%)' hoặc 'Đánh giá'.",
    en:
      "No header row with an indicator-name column ('Chỉ tiêu') and at least one of the " +
      "target, result, percent or assessment columns was found.",
  };
  if (!partial || partial.labels.length === 0) return base;
  const quoted = partial.labels.map((l) => `'${l}'`).join(", ");
  return {
    vi: `${base.vi} Dòng ${partial.row + 1} chỉ có các tiêu đề ${quoted}. Có thể chỉ định dòng tiêu đề và các cột.`,
    en: `${base.en} Row ${partial.row + 1} only has the headers ${quoted}. You can give the header row and columns explicitly.`,
  };
}

export function noDataRows(headerRow: number): LocalizedText {
  return {
    vi: `Tìm thấy dòng tiêu đề ở dòng ${headerRow + 1} nhưng bên dưới không có dòng chỉ tiêu nào.`,
    en: `A header was found on row ${headerRow + 1}, but no indicator rows follow it.`,
  };
}

export function noDataBelowGivenHeader(headerRow: number): LocalizedText {
  return {
    vi: `Dưới dòng tiêu đề chỉ định (dòng ${headerRow + 1}) không có dòng chỉ tiêu nào.`,
    en: `No indicator rows follow the given header row (row ${headerRow + 1}).`,
  };
}

export function badHeaderRows(rows: number[], rowCount: number): LocalizedText {
  const list = rows.join(", ") || "(trống)";
  return {
    vi: `Dòng tiêu đề chỉ định không hợp lệ: ${list} (trang tính có ${rowCount} dòng).`,
    en: `Invalid header rows given: ${rows.join(", ") || "(none)"} (the sheet has ${rowCount} rows).`,
  };
}

export function badColumnLetter(role: ColumnRole, letters: string): LocalizedText {
  return {
    vi: `Cột '${letters}' chỉ định cho '${ROLE_LABELS[role].vi}' không phải là tên cột hợp lệ (A, B, …, AB).`,
    en: `Column '${letters}' given for '${ROLE_LABELS[role].en}' is not a valid column letter (A, B, …, AB).`,
  };
}

export function missingNameColumn(): LocalizedText {
  return {
    vi: "Cách chỉ định cột thiếu cột 'Chỉ tiêu' (tên chỉ tiêu).",
    en: "The column mapping has no indicator-name column.",
  };
}

export function badLastRow(lastRow: number, firstRow: number): LocalizedText {
  return {
    vi: `Dòng cuối chỉ định (${lastRow}) nằm trước dòng dữ liệu đầu tiên (${firstRow}).`,
    en: `The given last row (${lastRow}) is above the first data row (${firstRow}).`,
  };
}
