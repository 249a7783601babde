/**
 * Writes the report documents of tests/fixtures/documents/ (npx tsx scripts/realistic/make-documents.ts):
 * four political reports in plain text, each restating one fixture workbook's results item by
 * item in the style of seed report 001, two agreeing with their table and two carrying planted
 * contradictions, each with a truth file listing every claim and whether it agrees.
 */
import { promises as fs } from "fs";
import * as path from "path";
import * as prettier from "prettier";
import type { WorkbookSpec } from "./build";
import {
  claimText,
  judgeCount,
  judgePart,
  layout,
  tableRows,
  tableTally,
  type Block,
  type Claim,
  type CountClaim,
  type ItemClaim,
  type ItemPart,
  type Shape,
  type TableRow,
} from "./prose";
import { WORKBOOKS } from "./specs";

const DOC_DIR = path.resolve(__dirname, "../../tests/fixtures/documents");

function workbook(file: string): WorkbookSpec {
  const spec = WORKBOOKS.find((w) => w.file === file);
  if (!spec) throw new Error(`no workbook ${file}`);
  return spec;
}

/** Item helper: TT `code` of `rows` (the n-th row of that TT for sub-rows). */
function item(
  rows: TableRow[],
  code: string,
  unit: string,
  shape: Shape,
  more: Partial<ItemPart> = {},
  n = 0,
): ItemClaim {
  return { kind: "item", item: code, parts: [part(rows, code, unit, shape, more, n)] };
}

function part(
  rows: TableRow[],
  code: string,
  unit: string,
  shape: Shape,
  more: Partial<ItemPart> = {},
  n = 0,
): ItemPart {
  const row = rows.filter((r) => r.code === code)[n];
  if (!row) throw new Error(`no row for TT ${code}`);
  return { row, unit, shape, ...more };
}

function count(
  text: string,
  stated: CountClaim["stated"],
  scope: CountClaim["scope"],
  planted?: string,
): CountClaim {
  return { kind: "count", text, stated, scope, planted };
}

const HEAD = (commune: string) => [
  { heading: "ĐẢNG BỘ TỈNH THÁI NGUYÊN                    ĐẢNG CỘNG SẢN VIỆT NAM" },
  { heading: `ĐẢNG BỘ XÃ ${commune.toUpperCase()}` },
  { heading: "BÁO CÁO CHÍNH TRỊ" },
  { heading: "CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ" },
  { heading: "LẦN THỨ I, NHIỆM KỲ 2025 - 2030" },
  { heading: "PHẦN THỨ NHẤT" },
  { heading: "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT" },
  { heading: "ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020 - 2025" },
  { heading: "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU" },
];

export interface DocSpec {
  file: string;
  workbook: string;
  agrees: boolean;
  description: string;
  blocks: Block[];
  /** Wrap lines after a "/" inside a pair too, so a pair can be cut across two lines. */
  breakAfterSlash?: boolean;
}

/** Bạch Thông's 23 targets (workbook 01), item by item; `wrong` plants the contradictions. */
export function bachThongDoc(wrong: boolean): DocSpec {
  const wb = workbook("01-bieu01-bach-thong.xlsx");
  const rows = tableRows(wb, "Biểu 01");
  const scope = [{ sheet: "Biểu 01", tally: tableTally(wb, "Biểu 01") }];
  const opening = wrong
    ? count(
        "19/23 chỉ tiêu đạt và vượt (chiếm 82,6%), 04/23 chỉ tiêu không đạt so với Nghị quyết (chiếm 17,4%)",
        { good: 19, goodOf: 23, share: 82.6, missed: 4 },
        scope,
        "the table has 18/23 achieved or exceeded and 05 missed",
      )
    : count(
        "18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ tiêu không đạt so với Nghị quyết (chiếm 22%)",
        { good: 18, goodOf: 23, share: 78, missed: 5 },
        scope,
      );
  const i3 = item(rows, "3", "con", "pair", wrong ? { percent: 190.3, planted: "typo 109,3 → 190,3" } : {});
  const i4 = item(
    rows,
    "4",
    "ha",
    "pair",
    wrong ? { verdict: "achieved", planted: "650/700 ha is written as meeting the resolution" } : {},
  );
  const i7 = item(
    rows,
    "7",
    "đồng/người/năm",
    "pair",
    wrong
      ? { scale: 1e6, actual: 43e6, percent: 122.9, planted: "43 million in the text, 41 in the table" }
      : { scale: 1e6 },
  );
  const econ: Claim[] = [
    item(rows, "1", "tấn", "pair", { name: "Tổng sản lượng lương thực có hạt bình quân hằng năm" }),
    item(rows, "2", "triệu đồng", "pair-sentence"),
    i3,
    i4,
    item(rows, "5", "ha/năm", "pair"),
    item(rows, "6", "%", "pair-percent"),
    i7,
    item(rows, "8", "tiêu chí", "actual-only", { name: "Xây dựng nông thôn mới", outOf: 19 }),
  ];
  const social: Claim[] = [
    item(rows, "9", "%", "pair-percent", { name: "Tỷ lệ bao phủ bảo hiểm y tế", footnote: 35 }),
    item(rows, "10", "trường", "pair", { name: "Số trường đạt chuẩn quốc gia" }),
    item(rows, "11", "%", "percent-only"),
    item(rows, "12", "%", "percent-only"),
    item(rows, "13", "%", "pair-no-percent", { name: "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn" }),
    item(rows, "14", "%", "pair-percent"),
    item(rows, "15", "%", "pair-percent"),
    item(rows, "16", "%", "actual-only", { name: "Tỷ lệ hộ có nhà tiêu hợp vệ sinh", verdict: null }),
  ];
  const rest: Claim[] = [
    item(rows, "17", "%", "percent-only"),
    item(rows, "18", "%", "percent-only"),
    item(rows, "19", "%", "percent-only", { name: "Tuyển quân hằng năm" }),
    item(rows, "20", "%", "percent-only"),
    item(rows, "21", "đảng viên", "pair", { decimals: 2, footnote: 3 }),
    item(rows, "22", "%", "pair-percent"),
    item(rows, "23", "%", "pair-percent"),
  ];
  const paras = (claims: Claim[]): Block[] => claims.map((c) => ({ para: [c] }));
  const rice: Claim = {
    kind: "unmatched",
    text: "diện tích lúa khoảng 1.20021 ha, năng suất bình quân đạt 48 tạ/ha",
    reason:
      'no row of Biểu 01 is about rice; "1.20021" is 1.200 ha with footnote 21 glued to it, as seed 001 prints it',
  };
  return {
    file: wrong ? "bao-cao-bach-thong-lech.txt" : "bao-cao-bach-thong-khop.txt",
    workbook: wb.file,
    agrees: !wrong,
    description: wrong
      ? "Bạch Thông's report restating workbook 01 with planted contradictions: the opening counts, a % that does not follow from its pair, a verdict against the numbers and a figure that differs from the table."
      : "Bạch Thông's report restating workbook 01 item by item; every claim agrees with the table.",
    blocks: [
      ...HEAD("Bạch Thông"),
      {
        para: [
          "Trong nhiệm kỳ 2020-2025, Đảng bộ xã đã chỉ đạo thực hiện 23 chỉ tiêu chủ yếu trên tất cả các lĩnh vực, kết quả có ",
          opening,
          " (có biểu chi tiết kèm theo), cụ thể:",
        ],
      },
      { heading: "1. Các chỉ tiêu về kinh tế" },
      ...paras(econ),
      {
        para: [
          "Sản xuất nông nghiệp tiếp tục phát triển theo hướng hàng hóa; tổng diện tích gieo trồng hằng năm đạt trên 2.000 ha, trong đó ",
          rice,
          ". Tổng giá trị sản xuất nông, lâm nghiệp ước đạt 250 tỷ đồng.",
        ],
      },
      {
        page: 3,
        footnotes: ["21 Diện tích Quang Thuận 119 ha, Đồng Thắng 426,05 ha, Dương Phong 119,2 ha."],
      },
      { heading: "2. Các chỉ tiêu về văn hóa - xã hội" },
      ...paras(social),
      { page: 4, footnotes: ["35 Theo số liệu của Bảo hiểm xã hội khu vực đến ngày 30/6/2025."] },
      { heading: "3. Các chỉ tiêu về môi trường, quốc phòng - an ninh và xây dựng Đảng" },
      ...paras(rest),
      {
        para: [
          "Bên cạnh những kết quả đạt được, vẫn còn ",
          wrong
            ? count("04 chỉ tiêu không đạt", { missed: 4 }, scope, "the table has 05 missed")
            : count("05 chỉ tiêu không đạt", { missed: 5 }, scope),
          " so với Nghị quyết Đại hội đề ra, chủ yếu thuộc lĩnh vực kinh tế và xây dựng Đảng.",
        ],
      },
      { page: 5, footnotes: ["3 Xã Quang Thuận kết nạp 20 đảng viên, xã Đồng Thắng 30, xã Dương Phong 19."] },
    ],
  };
}

/** Đồng Thắng's 20 targets (workbook 03), all agreeing. */
export function dongThangDoc(): DocSpec {
  const wb = workbook("03-hai-dong-tieu-de-dong-thang.xlsx");
  const sheet = "Biểu 02 - Đồng Thắng";
  const rows = tableRows(wb, sheet);
  const scope = [{ sheet, tally: tableTally(wb, sheet) }];
  const claims: Claim[] = [
    item(rows, "1", "tấn", "pair"),
    item(rows, "2", "tạ/ha", "pair-sentence"),
    item(rows, "3", "con", "pair"),
    item(rows, "4", "ha", "pair"),
    item(rows, "5", "đồng/người/năm", "pair", { scale: 1e6, decimals: 0 }),
    item(rows, "6", "ha", "pair"),
    item(rows, "7", "hợp tác xã", "pair"),
    item(rows, "8", "%", "pair-percent"),
    item(rows, "9", "trường", "percent-only", { decimals: 0 }),
    item(rows, "10", "%", "pair-percent", { footnote: 41 }),
    item(rows, "11", "%", "percent-only", { decimals: 0 }),
    item(rows, "12", "%", "pair-no-percent", {
      name: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn",
    }),
    item(rows, "13", "%", "pair-percent"),
    item(rows, "14", "tiêu chí", "actual-only", { name: "Xây dựng nông thôn mới", outOf: 19 }),
    item(rows, "15", "%", "pair-percent"),
    item(rows, "16", "%", "percent-only", { decimals: 0 }),
    item(rows, "17", "%", "pair-percent"),
    item(rows, "18", "%", "percent-only", { decimals: 0, name: "Công tác tuyển quân hằng năm" }),
    item(rows, "19", "đảng viên", "pair"),
    item(rows, "20", "%", "pair-percent"),
  ];
  return {
    file: "bao-cao-dong-thang-khop.txt",
    workbook: wb.file,
    agrees: true,
    description:
      "Đồng Thắng's report restating workbook 03's 20 targets with the opening counts in the '… nhất trí thông qua 20 chỉ tiêu; kết quả: …' form; every claim agrees.",
    blocks: [
      ...HEAD("Đồng Thắng"),
      {
        para: [
          "Nghị quyết Đại hội Đảng bộ xã Đồng Thắng nhiệm kỳ 2020 - 2025 đã nhất trí thông qua 20 chỉ tiêu; kết quả: ",
          count(
            "06 chỉ tiêu vượt, 11 chỉ tiêu đạt, 03 chỉ tiêu không đạt",
            { exceeded: 6, achieved: 11, missed: 3 },
            scope,
          ),
          " (có biểu số 02 kèm theo). Kết quả cụ thể như sau:",
        ],
      },
      ...claims.slice(0, 10).map((c) => ({ para: [c] })),
      { page: 6, footnotes: ["41 Có 17/19 thôn được công nhận danh hiệu thôn văn hóa 3 năm liên tục."] },
      ...claims.slice(10).map((c) => ({ para: [c] })),
      { page: 7, footnotes: [] },
    ],
  };
}

/** The merged commune's report over workbook 08's three former communes, with contradictions. */
export function mergedDoc(): DocSpec {
  const wb = workbook("08-sap-nhap-bach-thong.xlsx");
  const qt = tableRows(wb, "Quang Thuận");
  const dp = tableRows(wb, "Dương Phong");
  const dt = tableRows(wb, "Đồng Thắng");
  const s = (sheet: string) => ({ sheet, tally: tableTally(wb, sheet) });
  const all = [s("Quang Thuận"), s("Dương Phong"), s("Đồng Thắng")];
  const income: Claim = {
    kind: "unmatched",
    text: "thu nhập bình quân đầu người toàn xã năm 2025 ước đạt 51 triệu đồng/người/năm",
    reason: "about the merged commune as a whole: no single table holds it (guide §8)",
  };
  const para = (c: Claim): Block => ({ para: [c] });
  return {
    file: "bao-cao-sap-nhap-lech.txt",
    workbook: wb.file,
    agrees: false,
    description:
      "The merged commune's report over workbook 08 (one section per former commune, biểu số 01-03), with planted contradictions: Dương Phong's rice area % (the seed report's own 90,1 % for 119,2/132) and Đồng Thắng's opening counts.",
    blocks: [
      ...HEAD("Bạch Thông"),
      {
        para: [
          "Nhiệm kỳ 2020 - 2025, Nghị quyết Đại hội Đảng bộ 03 xã trước sắp xếp đề ra 27 chỉ tiêu (xã Quang Thuận 10, xã Dương Phong 09, xã Đồng Thắng 08); đến nay có ",
          count("22/27 chỉ tiêu đạt và vượt", { good: 22, goodOf: 27 }, all),
          "; ",
          count("còn 05 chỉ tiêu chưa đạt", { missed: 5 }, all),
          " (xã Quang Thuận 02/10, xã Dương Phong 02/09, xã Đồng Thắng 01/08). Kinh tế tăng trưởng khá, ",
          income,
          ".",
        ],
      },
      { heading: "2.1- Đối với xã Quang Thuận cũ (có biểu số 01 kèm theo)" },
      {
        para: [
          "Nghị quyết đề ra 10 chỉ tiêu; kết quả: ",
          count(
            "03 chỉ tiêu vượt, 05 chỉ tiêu đạt, 02 chỉ tiêu không đạt",
            { exceeded: 3, achieved: 5, missed: 2 },
            [s("Quang Thuận")],
          ),
          ".",
        ],
      },
      para(item(qt, "1", "tấn", "pair")),
      para(item(qt, "2", "ha", "pair")),
      para(item(qt, "3", "đồng/người/năm", "pair-sentence", { scale: 1e6 })),
      para(
        item(qt, "4", "tiêu chí", "actual-only", { name: "Xây dựng nông thôn mới", outOf: 19, footnote: 47 }),
      ),
      para(item(qt, "5", "%", "pair-percent")),
      para(item(qt, "7", "%", "pair-percent")),
      { page: 8, footnotes: ["47 Xã Dương Phong đạt 15/19 tiêu chí; xã Quang Thuận đạt 12/19 tiêu chí."] },
      { heading: "2.2- Đối với xã Dương Phong cũ (có biểu số 02 kèm theo)" },
      {
        para: [
          "Nghị quyết đề ra 09 chỉ tiêu; kết quả: ",
          count(
            "03 chỉ tiêu vượt, 04 chỉ tiêu đạt, 02 chỉ tiêu không đạt",
            { exceeded: 3, achieved: 4, missed: 2 },
            [s("Dương Phong")],
          ),
          ".",
        ],
      },
      para(item(dp, "1", "tấn", "pair")),
      para(
        item(dp, "2", "ha", "pair", {
          percent: 90.1,
          planted: "119,2/132 = 90,30 %, written 90,1 % (as in seed 001's footnote 21)",
        }),
      ),
      para(item(dp, "4", "tiêu chí", "actual-only", { name: "Xây dựng nông thôn mới", outOf: 19 })),
      para(item(dp, "6", "nhà văn hóa", "pair-no-percent", { name: "Nhà văn hóa thôn đạt chuẩn" })),
      para(item(dp, "7", "%", "pair-no-percent", { name: "Tỷ lệ hộ nghèo giảm còn" })),
      { heading: "2.3- Đối với xã Đồng Thắng cũ (có biểu số 03 kèm theo)" },
      {
        para: [
          "Nghị quyết đề ra 08 chỉ tiêu; kết quả: ",
          count(
            "04 chỉ tiêu vượt, 04 chỉ tiêu đạt",
            { exceeded: 4, achieved: 4 },
            [s("Đồng Thắng")],
            "TT 2 has a missed sub-row (tổng đàn lợn 3.900/4.000), so the table has 03 exceeded, 04 achieved, 01 missed",
          ),
          ".",
        ],
      },
      para(item(dt, "1", "tấn", "pair")),
      {
        para: [
          {
            kind: "item",
            item: "2",
            parts: [
              part(dt, "2", "con", "pair", { name: "Tổng đàn trâu, bò" }),
              part(dt, "2", "con", "pair", { name: "Tổng đàn lợn" }, 1),
            ],
          },
        ],
      },
      para(item(dt, "3", "triệu đồng/người/năm", "pair", { decimals: 0 })),
      para(item(dt, "8", "%", "pair-percent")),
      { page: 9, footnotes: [] },
    ],
  };
}

/**
 * The merged commune's report over workbook 08, agreeing, in the shapes the other reports do
 * not use: per-commune counts "(xã A 02/10, …)", "96%/95% đạt 101,1%", sub-indicators as
 * sentences, amounts in đồng, pairs cut across two lines after the "/", footnote marks.
 */
export function mergedAgreeingDoc(): DocSpec {
  const wb = workbook("08-sap-nhap-bach-thong.xlsx");
  const qt = tableRows(wb, "Quang Thuận");
  const dp = tableRows(wb, "Dương Phong");
  const dt = tableRows(wb, "Đồng Thắng");
  const s = (sheet: string) => ({ sheet, tally: tableTally(wb, sheet) });
  const all = [s("Quang Thuận"), s("Dương Phong"), s("Đồng Thắng")];
  const perCommune = (sheet: string, label: string): CountClaim => {
    const t = tableTally(wb, sheet);
    const two = (n: number) => String(n).padStart(2, "0");
    return count(`xã ${label} ${two(t.missed)}/${two(t.total)}`, { missed: t.missed, total: t.total }, [
      s(sheet),
    ]);
  };
  const para = (c: Claim): Block => ({ para: [c] });
  const area: Claim = {
    kind: "unmatched",
    text: "tổng diện tích tự nhiên toàn xã là 12.345,6 ha",
    reason: "about the merged commune as a whole: no table holds it (guide §8)",
  };
  // Figures in prose, with no item number (seed 001's narrative paragraphs).
  const prose = (
    rows: TableRow[],
    code: string,
    unit: string,
    more: Partial<ItemPart> = {},
    n = 0,
  ): Claim => ({
    kind: "prose",
    part: part(rows, code, unit, "prose", more, n),
  });
  const insured: Claim = {
    kind: "unmatched",
    text: "tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%, bằng 100% Nghị quyết",
    reason:
      "no item number and no section: the three former communes' tables each hold this indicator, so no single row is meant",
  };
  const perHectare: Claim = {
    kind: "unmatched",
    text: "giá trị thu được trên 01 ha đất canh tác đạt 95 triệu đồng, vượt kế hoạch",
    reason: "no item number, and no row of biểu số 03 is about the value per hectare",
  };
  return {
    file: "bao-cao-sap-nhap-khop.txt",
    workbook: wb.file,
    agrees: true,
    breakAfterSlash: true,
    description:
      "The merged commune's report over workbook 08, every claim agreeing: per-commune counts in brackets, items in the shapes '96%/95% đạt 101,1%', sub-indicators as sentences, amounts in đồng against triệu đồng, pairs cut after the '/' by the line wrap, glued footnote marks, a figure about the whole commune, and figures in prose with no item number: tied by name in their section, unmatched outside any section or when no row bears the name.",
    blocks: [
      ...HEAD("Bạch Thông"),
      {
        para: [
          "Sau sắp xếp, ",
          area,
          ". Nhiệm kỳ 2020 - 2025, Nghị quyết Đại hội Đảng bộ 03 xã trước sắp xếp đề ra 27 chỉ tiêu; đến nay có ",
          count("22/27 chỉ tiêu đạt và vượt (chiếm 81,5%)", { good: 22, goodOf: 27, share: 81.5 }, all),
          "; ",
          count("còn 05 chỉ tiêu chưa đạt", { missed: 5 }, all),
          " (",
          perCommune("Quang Thuận", "Quang Thuận"),
          ", ",
          perCommune("Dương Phong", "Dương Phong"),
          ", ",
          perCommune("Đồng Thắng", "Đồng Thắng"),
          ").",
        ],
      },
      { para: ["Công tác an sinh xã hội được quan tâm thực hiện; ", insured, "."] },
      { heading: "2.1- Đối với xã Quang Thuận cũ (có biểu số 01 kèm theo)" },
      para(item(qt, "1", "tấn", "pair-sentence")),
      para(
        item(qt, "3", "đồng/người/năm", "pair", {
          scale: 1e6,
          footnote: 12,
          // long enough for the wrap to cut the pair after its "/"
          name: "Thu nhập bình quân đầu người của xã Quang Thuận cũ năm 2025",
        }),
      ),
      para(item(qt, "5", "%", "pair-both-percent")),
      para(item(qt, "7", "%", "pair-both-percent")),
      {
        para: [
          "Sản xuất nông nghiệp có bước chuyển dịch theo hướng hàng hóa; ",
          prose(qt, "2", "ha", { name: "diện tích lúa" }),
          " do chuyển một phần diện tích sang trồng cây ăn quả.",
        ],
      },
      { page: 10, footnotes: ["12 Theo số liệu điều tra thu nhập hộ gia đình năm 2024."] },
      { heading: "2.2- Đối với xã Dương Phong cũ (có biểu số 02 kèm theo)" },
      para(item(dp, "1", "tấn", "pair", { decimals: 2 })),
      para(item(dp, "2", "ha", "pair", { decimals: 2 })),
      para(item(dp, "5", "%", "pair-both-percent", { footnote: 15 })),
      para(
        item(dp, "7", "%", "pair-no-percent", { name: "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn" }),
      ),
      para(item(dp, "8", "%", "percent-only")),
      {
        para: [
          "Chăn nuôi phát triển ổn định, ",
          prose(dp, "3", "con", { name: "tổng đàn trâu, bò", verdict: null }),
          ", công tác phòng, chống dịch bệnh cho đàn vật nuôi được chú trọng.",
        ],
      },
      { page: 11, footnotes: ["15 Số liệu của Bảo hiểm xã hội khu vực đến ngày 30/6/2025."] },
      { heading: "2.3- Đối với xã Đồng Thắng cũ (có biểu số 03 kèm theo)" },
      {
        para: [
          {
            kind: "item",
            item: "2",
            separator: ".",
            parts: [
              part(dt, "2", "con", "pair", { name: "Tổng đàn trâu, bò" }),
              part(dt, "2", "con", "pair", { name: "Tổng đàn lợn" }, 1),
            ],
          },
        ],
      },
      para(item(dt, "3", "triệu đồng/người/năm", "pair-sentence", { decimals: 0 })),
      para(item(dt, "8", "%", "pair-both-percent")),
      {
        para: [
          "Công tác chuyển đổi cơ cấu cây trồng được đẩy mạnh; ",
          perHectare,
          ". Cơ sở vật chất trường lớp tiếp tục được đầu tư; ",
          prose(dt, "6", "trường", { name: "số trường đạt chuẩn quốc gia", verdict: null }),
          ".",
        ],
      },
      { page: 12, footnotes: [] },
    ],
  };
}

export interface ClaimTruth {
  line: number;
  kind: Claim["kind"];
  text?: string;
  item?: string;
  parts?: ReturnType<typeof judgePart>[];
  stated?: CountClaim["stated"];
  table?: ReturnType<typeof judgeCount>["table"];
  sheets?: string[];
  agrees: boolean | null;
  reason: string;
  planted?: string;
}

export function claimTruth(c: Claim, line: number): ClaimTruth {
  if (c.kind === "unmatched") return { line, kind: c.kind, text: c.text, agrees: null, reason: c.reason };
  if (c.kind === "count") {
    const j = judgeCount(c);
    return {
      line,
      kind: c.kind,
      text: c.text,
      stated: c.stated,
      table: j.table,
      sheets: c.scope.map((x) => x.sheet),
      agrees: j.agrees,
      reason: j.agrees ? "the counts follow from the table (per TT, worst sub-row)" : j.reasons.join("; "),
      planted: c.planted,
    };
  }
  if (c.kind === "prose") {
    const judged = judgePart(c.part);
    return {
      line,
      kind: c.kind,
      text: claimText(c),
      parts: [judged],
      agrees: judged.agrees,
      reason: judged.agrees
        ? "no item number: its name names exactly one row of the section's table, whose figures, percent and verdict it restates"
        : judged.reasons.join("; "),
      planted: c.part.planted,
    };
  }
  const parts = c.parts.map(judgePart);
  const agrees = parts.every((p) => p.agrees);
  const planted = c.parts.map((p) => p.planted).filter((p) => p !== undefined);
  return {
    line,
    kind: c.kind,
    item: c.item,
    parts,
    agrees,
    reason: agrees
      ? "figures, percent and verdict agree with the table row"
      : parts.flatMap((p) => p.reasons).join("; "),
    planted: planted.length > 0 ? planted.join("; ") : undefined,
  };
}

async function write(doc: DocSpec, options: prettier.Options): Promise<void> {
  const laid = layout(doc.blocks, { breakAfterSlash: doc.breakAfterSlash });
  const claims: ClaimTruth[] = [];
  for (const [claim, line] of laid.claimLines) claims.push(claimTruth(claim, line));
  const disagreeing = claims.filter((c) => c.agrees === false);
  if (doc.agrees !== (disagreeing.length === 0)) {
    throw new Error(
      `${doc.file}: meant to ${doc.agrees ? "agree" : "disagree"}, ${disagreeing.length} claims disagree`,
    );
  }
  const unplanted = disagreeing.filter((c) => c.planted === undefined);
  if (unplanted.length > 0)
    throw new Error(`${doc.file}: unplanted disagreement at line ${unplanted[0].line}`);
  await fs.writeFile(path.join(DOC_DIR, doc.file), laid.text);
  const truth = {
    document: doc.file,
    workbook: doc.workbook,
    agrees: doc.agrees,
    description: doc.description,
    claims,
  };
  const json = await prettier.format(JSON.stringify(truth), { ...options, parser: "json" });
  await fs.writeFile(path.join(DOC_DIR, doc.file.replace(/\.txt$/, ".truth.json")), json);
  console.log(`${doc.file}: ${claims.length} claims, ${disagreeing.length} disagreeing`);
}

async function main(): Promise<void> {
  await fs.mkdir(DOC_DIR, { recursive: true });
  const options = (await prettier.resolveConfig(DOC_DIR)) ?? {};
  for (const doc of [
    bachThongDoc(false),
    dongThangDoc(),
    bachThongDoc(true),
    mergedDoc(),
    mergedAgreeingDoc(),
  ])
    await write(doc, options);
}

// Other generators reuse the reports above; only a direct run writes the text files.
if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
