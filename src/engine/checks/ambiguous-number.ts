/**
 * A number text such as "1,250" reads as 1.25 or 1250. The sheet's convention decides;
 * this warns when the other reading would change the status or the % verdict.
 */
import { reportedPercentAccepted } from "../evaluate/evaluate";
import { checkAlone, type RowRule } from "./row-rules";
import { cellOf, finding, STATUS_WORDS } from "./util";

const CONVENTION_NAMES = {
  vi: { vi: "kiểu Việt Nam (dấu phẩy thập phân)", en: "Vietnamese (decimal comma)" },
  en: { vi: "kiểu Anh (dấu chấm thập phân)", en: "English (decimal point)" },
};

export const ambiguousNumber: RowRule = {
  id: "ambiguous-number",
  severity: "warning",
  description: {
    vi: "Số có thể đọc theo hai cách (như «1,250») và cách đọc làm thay đổi kết quả",
    en: "A number that reads two ways (like “1,250”) and the reading changes the outcome",
  },
  check: (context) => checkAlone(ambiguousNumber, context),
  rowChecker(context, out) {
    const tolerance = context.options.tolerance ?? 0;
    const used = CONVENTION_NAMES[context.convention];
    return (ind) => {
      const alt = ind.ambiguity;
      // The other reading only matters when it makes sense of the row (it can be assessed).
      if (!alt || alt.status === "unassessed") return;
      const statusChanged = alt.status !== ind.status;
      // Whether the reported % is accepted here matters only when the status stays the same and
      // the other reading has a verdict on the %: most ambiguous rows skip working it out.
      const here =
        !statusChanged && alt.percentAccepted !== null ? reportedPercentAccepted(ind, tolerance) : null;
      const percentChanged = here !== null && here !== alt.percentAccepted;
      if (!statusChanged && !percentChanged) return;
      const other = CONVENTION_NAMES[alt.convention];
      const texts = alt.roles.map((role) =>
        role === "target"
          ? ind.target.text.trim()
          : role === "actual"
            ? ind.actual.text.trim()
            : ind.reported.percentText.trim(),
      );
      const quoted = texts.map((t) => `«${t}»`).join(", ");
      const changeVi = statusChanged
        ? `đánh giá sẽ là «${STATUS_WORDS[alt.status].vi}» thay vì «${STATUS_WORDS[ind.status].vi}»`
        : here
          ? "tỷ lệ ghi trong bảng sẽ không còn khớp"
          : "tỷ lệ ghi trong bảng sẽ khớp";
      const changeEn = statusChanged
        ? `the status would be "${STATUS_WORDS[alt.status].en}" instead of "${STATUS_WORDS[ind.status].en}"`
        : here
          ? "the reported percent would no longer match"
          : "the reported percent would match";
      out.push(
        finding(ambiguousNumber, ind.row, cellOf(context, ind.row, alt.roles[0]), {
          vi: `${quoted} được đọc theo quy ước số của trang, ${used.vi}; nếu đọc theo ${other.vi} thì ${changeVi}`,
          en: `${quoted} is read with the sheet's number convention, ${used.en}; read as ${other.en}, ${changeEn}`,
        }),
      );
    };
  },
};
