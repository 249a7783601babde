/** A number typed as text (often pasted from Word): readable, but Excel cannot compute with it. */
import { parseNumberText } from "../numbers";
import type { Rule } from "../rule";
import type { Finding, LocalizedText } from "../types";
import { cellOf, finding, num } from "./util";

const ROLES = [
  ["target", { vi: "chỉ tiêu", en: "target" }],
  ["actual", { vi: "kết quả", en: "actual" }],
  ["percent", { vi: "tỷ lệ", en: "percent" }],
] as const;

export const textNumber: Rule = {
  id: "text-number",
  severity: "info",
  description: { vi: "Số được nhập dạng văn bản", en: "A number typed as text" },
  check(context) {
    const out: Finding[] = [];
    const { grid, table, convention } = context;
    // The roles this table has, with their columns, looked up once.
    const roles: Array<{ role: (typeof ROLES)[number][0]; word: LocalizedText; column: number }> = [];
    for (const [role, word] of ROLES) {
      const column = table.columns[role];
      if (column !== undefined) roles.push({ role, word, column });
    }
    for (let kInd = 0, indList = context.indicators; kInd < indList.length; kInd++) {
      const ind = indList[kInd];
      const cells = grid.cells[ind.row - 1];
      if (!cells) continue;
      for (let k = 0; k < roles.length; k++) {
        const { role, word, column } = roles[k];
        const value = cells[column]?.value;
        if (typeof value !== "string") continue;
        // A target is a number typed as text only when it is a bare level ("3.000", not "05/07").
        if (role === "target" && ind.target.plain !== true) continue;
        // The actual and the % were parsed already; only a target's text needs reading again.
        const parsed =
          role === "actual" && ind.actual.text === value && !value.includes("/")
            ? ind.actual.parsed
            : role === "percent" && ind.reported.percentText === value
              ? ind.reported.percentParsed
              : parseNumberText(value, convention);
        if (!parsed.ok) continue;
        const shown = value.trim();
        out.push(
          finding(textNumber, ind.row, cellOf(context, ind.row, role), {
            vi: `Ô ${word.vi} «${shown}» là văn bản chứ không phải số (đọc được là ${num(parsed.value, "vi")}); nên nhập dạng số để Excel tính được`,
            en: `The ${word.en} cell "${shown}" is text, not a number (read as ${num(parsed.value, "en")}); enter it as a number so Excel can compute with it`,
          }),
        );
      }
    }
    return out;
  },
};
