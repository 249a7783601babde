/**
 * The realistic workbooks, laid out as commune clerks and review offices type them. Half are
 * correct (no error-level finding expected), half carry planted faults, each listed with the
 * reason in its row's `faults` (or a statement's `fault`).
 */
import type { ColumnSpec, IndicatorRow, RowSpec, SheetSpec, TableSpec, WorkbookSpec } from "./build";
import {
  bachThong,
  bachThongNewTerm,
  dongThang20,
  dongThang8,
  duongPhong,
  phiengKhoaiNewTerm,
  quangThuan,
} from "./data";
import { group, ind, sub, tally, two, type Tally } from "./rows";

const STANDARD: ColumnSpec[] = [
  { role: "code", header: "TT" },
  { role: "name", header: "Chỉ tiêu" },
  { role: "unit", header: "Đơn vị tính", width: 12 },
  { role: "target", header: "Chỉ tiêu NQ", width: 12 },
  { role: "actual", header: "Kết quả thực hiện", width: 12 },
  { role: "percent", header: "Tỷ lệ (%)", width: 10 },
  { role: "status", header: "Đánh giá", width: 12 },
];
const WITH_NOTE: ColumnSpec[] = [...STANDARD, { role: "note", header: "Ghi chú", width: 14 }];

/** "Tổng số: 23 chỉ tiêu; vượt: 07; đạt: 11; không đạt: 05". */
function colonStatement(t: Tally): string {
  return `Tổng số: ${two(t.total)} chỉ tiêu; vượt: ${two(t.exceeded)}; đạt: ${two(t.achieved)}; không đạt: ${two(t.missed)}`;
}

/** "Tổng số 20 chỉ tiêu: 06 chỉ tiêu vượt, 11 chỉ tiêu đạt, 03 chỉ tiêu không đạt." */
function proseStatement(t: Tally): string {
  return `Tổng số ${two(t.total)} chỉ tiêu: ${two(t.exceeded)} chỉ tiêu vượt, ${two(t.achieved)} chỉ tiêu đạt, ${two(t.missed)} chỉ tiêu không đạt.`;
}

function goodShare(t: Tally): number {
  return Math.round(((t.exceeded + t.achieved) / t.total) * 100);
}

function fixRow(rows: RowSpec[], code: string, change: Partial<IndicatorRow>): RowSpec[] {
  let done = false;
  const out = rows.map((r) => {
    if ("group" in r || r.code !== code || done) return r;
    done = true;
    return { ...r, ...change };
  });
  if (!done) throw new Error(`no row with TT ${code}`);
  return out;
}

const BACH_THONG_TOP = [
  "ĐẢNG BỘ XÃ BẠCH THÔNG",
  "Biểu 01",
  "BIỂU CÁC CHỈ TIÊU ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020-2025",
  "(Kèm theo Báo cáo chính trị của Ban Chấp hành Đảng bộ xã tại Đại hội lần thứ I)",
];

function bieu01(rows: RowSpec[], statements: TableSpec["statements"]): TableSpec {
  return { columns: WITH_NOTE, numbers: "number", percentStyle: "number", rows, statements };
}

// ---------------------------------------------------------------------------------------------

const w01: WorkbookSpec = (() => {
  const rows = bachThong();
  return {
    file: "01-bieu01-bach-thong.xlsx",
    correct: true,
    description:
      "The guide's standard Biểu 01: title block, one-row header, Roman-numeral groups with (N chỉ tiêu), 23 targets, a colon statement under the table and the signature block.",
    sheets: [
      {
        name: "Biểu 01",
        top: BACH_THONG_TOP,
        tables: [bieu01(rows, [{ text: colonStatement(tally(rows)) }])],
      },
    ],
  };
})();

const w02: WorkbookSpec = (() => {
  let rows = bachThong();
  rows = fixRow(rows, "3", {
    percent: 190.3,
    faults: [
      {
        rule: "percent-mismatch",
        severity: "error",
        at: "percent",
        why: "typo 109,3 → 190,3: 8.200/7.500 = 109,33 %",
      },
    ],
  });
  rows = fixRow(rows, "4", {
    label: "Đạt",
    faults: [
      {
        rule: "status-mismatch",
        severity: "error",
        at: "status",
        why: "650 against 700 is missed, labelled Đạt",
      },
    ],
  });
  rows = fixRow(rows, "10", {
    actual: undefined,
    percent: 100,
    label: "Đạt",
    status: "unassessed",
    pct: null,
    faults: [{ rule: "missing-value", severity: "error", at: "row", why: "no actual, yet 100 % and Đạt" }],
  });
  rows = fixRow(rows, "18", {
    target: undefined,
    percent: { formula: "E{r}/D{r}*100", result: { error: "#DIV/0!" } },
    label: "Đạt",
    status: "unassessed",
    pct: null,
    faults: [
      {
        rule: "invalid-value",
        severity: "error",
        at: "percent",
        why: "the % formula gives #DIV/0! (blank target)",
      },
    ],
    allow: [
      {
        rule: "missing-value",
        severity: "error",
        at: "row",
        why: "a label without a target is also a missing-value case (guide §7.3)",
      },
    ],
  });
  return {
    file: "02-bieu01-bach-thong-loi.xlsx",
    correct: false,
    description:
      "Biểu 01 of workbook 01 with planted faults: a % typo, a wrong label, a missing actual and a #DIV/0! percent. No statement.",
    sheets: [{ name: "Biểu 01", top: BACH_THONG_TOP, tables: [bieu01(rows, [])] }],
  };
})();

const w03: WorkbookSpec = (() => {
  const rows = dongThang20();
  const t = tally(rows);
  const missedShare = 100 - goodShare(t);
  return {
    file: "03-hai-dong-tieu-de-dong-thang.xlsx",
    correct: true,
    description:
      'Two-row header (merged "Kết quả thực hiện" over "Thực hiện | Tỷ lệ so với NQ (%)"), a column-number row (1)…(8), group headings without numerals merged across, and the report\'s own wording under the table ("17/20 chỉ tiêu đạt và vượt (chiếm 85%), 03/20 chỉ tiêu không đạt (chiếm 15%)").',
    sheets: [
      {
        name: "Biểu 02 - Đồng Thắng",
        top: [
          "Biểu số 02",
          "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ ĐỒNG THẮNG NHIỆM KỲ 2020-2025",
        ],
        tables: [
          {
            columns: [
              { role: "code", header: "STT" },
              { role: "name", header: "Nội dung chỉ tiêu" },
              { role: "unit", header: "ĐVT" },
              { role: "target", header: "Chỉ tiêu Nghị quyết" },
              { role: "actual", header: "Thực hiện" },
              { role: "percent", header: "Tỷ lệ so với NQ (%)" },
              { role: "status", header: "Đánh giá" },
              { role: "note", header: "Ghi chú" },
            ],
            parents: [{ first: 4, last: 5, text: "Kết quả thực hiện" }],
            numberRow: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
            numbers: "number",
            percentStyle: "number",
            rows,
            statementGap: 1,
            statements: [
              { text: proseStatement(t) },
              {
                text: `${two(t.exceeded + t.achieved)}/${t.total} chỉ tiêu đạt và vượt (chiếm ${goodShare(t)}%), ${two(t.missed)}/${t.total} chỉ tiêu không đạt (chiếm ${missedShare}%).`,
              },
            ],
            notes: [
              '"03/20 chỉ tiêu không đạt" means 3 of 20 missed (guide §8: "NN/MM chỉ tiêu …" means NN of MM); reading it as 20 missed is a false error.',
            ],
          },
        ],
      },
    ],
  };
})();

/** Quang Thuận's table as pasted from Word: text numbers, "%" in cells, merged TT, (n) codes. */
function wordRows(): RowSpec[] {
  const nbsp = "\u00a0";
  return [
    group("CÁC CHỈ TIÊU VỀ KINH TẾ", { tt: "A" }),
    ind("(1)", "Tổng sản lượng lương thực có hạt", "Tấn", "1.150", "1.207,5", "V", { code: "1" }),
    ind("(2)", "Tổng đàn trâu, bò", "Con", "150", "162", "V", { code: "2", mergeTT: 3 }),
    sub("2", "Tổng đàn lợn", "Con", "5.000", "5.120", "V"),
    sub("2", "Đàn gia cầm", "Con", "80.000", "76.500", "K", {
      note: "merged TT (2): TT 2 takes the worst, missed",
    }),
    {
      ...ind("(3)", "Diện tích cây trồng chủ yếu", "", undefined, undefined, "U", { code: "3" }),
      heading: true,
    },
    sub("3", "Diện tích lúa", "ha", "120", "119", "K", { tt: "a)" }),
    sub("3", "Diện tích cây ăn quả", "ha", "115", "119,2", "V", { tt: "b)" }),
    ind("(4)", "Diện tích rừng trồng mới", "ha", "300", "312,5", "V", { code: "4" }),
    ind("(5)", "Tổng thu ngân sách trên địa bàn", "Triệu đồng", "5.800", `6.250${nbsp}`, "V", {
      code: "5",
      A: 6250,
    }),
    ind("(6)", "Thu nhập bình quân đầu người", "Triệu đồng", "40", "47", "V", { code: "6" }),
    group("CÁC CHỈ TIÊU VỀ VĂN HÓA - XÃ HỘI VÀ XÂY DỰNG ĐẢNG", { tt: "B" }),
    ind("(7)", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95%", "96,3%", "V", { code: "7" }),
    {
      ...ind("(8)", "Giáo dục", "", undefined, undefined, "U", { code: "8" }),
      heading: true,
    },
    sub("8", "Số trường đạt chuẩn quốc gia", "Trường", "03", "03", "D", { tt: "-" }),
    sub("8", "Trong đó: trường đạt chuẩn mức độ 2", "Trường", "01", "01", "D", { tt: "+" }),
    ind("(9)", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", `3${nbsp}`, "1,85", "V", {
      code: "9",
      T: 3,
      lower: true,
      percent: "none",
    }),
    ind("(10)", "Kết nạp đảng viên mới", "Đảng viên", "25", "20", "K", { code: "10" }),
  ];
}

const WORD_COLUMNS: ColumnSpec[] = [
  { role: "code", header: "TT" },
  { role: "name", header: "Chỉ tiêu" },
  { role: "unit", header: "Đơn\nvị\ntính" },
  { role: "target", header: "Chỉ tiêu\nNghị quyết\nĐại hội" },
  { role: "actual", header: "Kết\nquả\nthực\nhiện" },
  { role: "percent", header: "Tỷ lệ\n(%)" },
  { role: "status", header: "Đánh\ngiá" },
];

const w04: WorkbookSpec = (() => {
  const rows = wordRows();
  return {
    file: "04-dan-tu-word-quang-thuan.xlsx",
    correct: true,
    description:
      'A table pasted from Word: line breaks in header cells, TT written "(1)", a TT merged over three sub-rows, sub-rows "a)", "b)", "-", "+", numbers typed as text ("1.207,5", "6.250" with a non-breaking space), "%" typed in the cells, letter groups.',
    sheets: [
      {
        name: "Sheet1",
        top: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI XÃ QUANG THUẬN NHIỆM KỲ 2020 - 2025"],
        tables: [
          {
            columns: WORD_COLUMNS,
            numbers: "vn-text",
            percentStyle: "pct-text",
            labels: { exceeded: "Vượt", achieved: "Đạt", missed: "K\nđạt" },
            rows,
            statements: [{ text: colonStatement(tally(rows)) }],
            notes: [
              'Heading TT rows (3) "Diện tích cây trồng chủ yếu" and (8) "Giáo dục" carry no values and are not judged; their sub-rows are.',
              'Sub-rows "a)", "b)" carry values in the unit/target/actual columns: they are indicator sub-rows, not group rows (guide §2 lists "a), b)" among group markers, which is where a tool can go wrong).',
            ],
          },
        ],
      },
    ],
  };
})();

const w05: WorkbookSpec = (() => {
  const nbsp = "\u00a0";
  const rows: RowSpec[] = [
    group("CÁC CHỈ TIÊU VỀ KINH TẾ", { tt: "A" }),
    ind("(1)", "Tổng sản lượng lương thực có hạt", "Tấn", "1.000", "1.020.000", "V", {
      code: "1",
      percent: "102%",
      skipPercent: true,
      faults: [
        {
          rule: "suspect-magnitude",
          severity: "warning",
          at: "actual",
          why: "the actual was typed in kg (1.020.000) against a target in tấn (1.000)",
        },
        {
          rule: "percent-mismatch",
          severity: "error",
          at: "percent",
          why: "102 % does not follow from 1.020.000/1.000",
        },
      ],
      note: "by the cells the actual is 1.020 times the target; the clerk meant 1.020 tấn",
    }),
    ind("(2)", "Diện tích lúa", "ha", "132", "119,2", "K", { code: "2" }),
    ind("(3)", "Tổng đàn trâu, bò", "Con", "600", "600", "D", { code: "3" }),
    ind("(4)", "Số tiêu chí nông thôn mới đạt được", "Tiêu chí", "17", "15", "K", {
      code: "4",
      allow: [
        {
          rule: "duplicate-code",
          severity: "error",
          at: "code",
          why: "the first of the two (4)s: a tool may point at either",
        },
      ],
    }),
    group("CÁC CHỈ TIÊU VỀ VĂN HÓA - XÃ HỘI", { tt: "B" }),
    ind("(4)", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "95%", "95%", "D", {
      code: "4",
      label: "Vượt",
      faults: [
        {
          rule: "duplicate-code",
          severity: "error",
          at: "code",
          why: "TT (4) typed twice; this one should be (5)",
        },
        {
          rule: "status-mismatch",
          severity: "error",
          at: "status",
          why: "95 % against 95 % is achieved, labelled Vượt",
        },
      ],
    }),
    ind("(6)", "Số nhà văn hóa thôn đạt chuẩn", "Nhà", "09/09", "09/09", "D", {
      code: "6",
      T: 9,
      A: 9,
      percent: "none",
      skipPercent: true,
    }),
    ind("(7)", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", `Dưới 5%`, `4,1${nbsp}`, "V", {
      code: "7",
      T: 5,
      A: 4.1,
      lower: true,
      percent: "none",
    }),
    ind("(8)", "Kết nạp đảng viên mới", "Đảng viên", "19", "19", "D", { code: "8" }),
  ];
  return {
    file: "05-dan-tu-word-duong-phong-loi.xlsx",
    correct: false,
    description:
      "Dương Phong's table pasted from Word, with planted faults: an actual typed in kg against a target in tấn, a duplicated TT (4) (the second should be (5)), and Vượt where the numbers say Đạt.",
    sheets: [
      {
        name: "Dương Phong",
        top: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI XÃ DƯƠNG PHONG NHIỆM KỲ 2020 - 2025"],
        tables: [
          {
            columns: WORD_COLUMNS,
            numbers: "vn-text",
            percentStyle: "pct-text",
            rows,
            allow: [
              {
                rule: "numbering-gap",
                severity: "warning",
                why: "(5) is missing because (4) was typed twice",
              },
            ],
          },
        ],
      },
    ],
  };
})();

/** Review (sơ kết) 2026 columns: term target, year plan, year result, % of plan, vs last year. */
const REVIEW_COLUMNS: ColumnSpec[] = [
  { role: "code", header: "TT" },
  { role: "name", header: "Chỉ tiêu" },
  { role: "unit", header: "ĐVT" },
  { role: "extra", key: "nq", header: "Chỉ tiêu NQ nhiệm kỳ 2025-2030", width: 14 },
  { role: "target", header: "KH năm 2026" },
  { role: "actual", header: "TH năm 2026" },
  { role: "percent", header: "% so với KH" },
  { role: "extra", key: "ck", header: "So với cùng kỳ (%)" },
  { role: "status", header: "Đánh giá" },
];

function reviewRows(): RowSpec[] {
  const r = (
    tt: number | undefined,
    code: string,
    name: string,
    unit: string,
    nq: string | number,
    plan: number,
    actual: number,
    ck: number | string,
    st: "V" | "D" | "K",
  ) =>
    tt === undefined
      ? sub(code, name, unit, plan, actual, st, { extra: { nq, ck } })
      : ind(tt, name, unit, plan, actual, st, { extra: { nq, ck } });
  return [
    group("Phát triển kinh tế", { tt: "I" }),
    r(1, "1", "Tốc độ tăng tổng giá trị sản phẩm trên địa bàn", "%", "Từ 11% trở lên", 11, 11.5, "-", "V"),
    r(
      2,
      "2",
      "Tổng thu ngân sách nhà nước trên địa bàn",
      "Triệu đồng",
      "Tăng 10%/năm trở lên",
      1650,
      1720,
      110.3,
      "V",
    ),
    r(3, "3", "Tổng sản lượng lương thực có hạt", "Tấn", "3.000", 3000, 3050, 102.3, "V"),
    r(4, "4", "Tổng đàn đại gia súc (trâu, bò)", "Con", 150, 150, 146, 98.6, "K"),
    r(undefined, "4", "Tổng đàn lợn", "Con", "5.000", 5000, 5000, 101.2, "D"),
    r(undefined, "4", "Đàn gia cầm", "Con", "80.000 trở lên", 80000, 81200, 103.4, "V"),
    r(5, "5", "Diện tích cây ăn quả các loại", "ha", "700 ha trở lên", 700, 705, 100.4, "V"),
    r(6, "6", "Diện tích trồng rừng", "ha", "Từ 55 ha/năm trở lên", 55, 55, 91.7, "D"),
    r(undefined, "6", "Độ che phủ rừng", "%", 76, 75, 75.3, 100.4, "V"),
    r(7, "7", "Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", "%", 99, 98, 98.5, 100.5, "V"),
    group("Văn hóa - xã hội", { tt: "II" }),
    r(8, "8", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "Trên 96%", 95, 95, 100.2, "D"),
    r(9, "9", "Hồ sơ thủ tục hành chính xử lý trực tuyến", "%", "Ít nhất 85%", 70, 72, 120, "V"),
    r(
      10,
      "10",
      "Người dân có tài khoản định danh điện tử (VNeID)",
      "%",
      "Từ 80% trở lên",
      75,
      78.4,
      109.2,
      "V",
    ),
    r(
      11,
      "11",
      "Tỷ lệ người trưởng thành có chữ ký số công cộng",
      "%",
      "Từ 50% trở lên",
      30,
      27.5,
      137.5,
      "K",
    ),
    r(12, "12", "Tỷ lệ người lao động tham gia bảo hiểm xã hội", "%", "Từ 45% trở lên", 35, 35, 106.1, "D"),
    group("Quốc phòng, an ninh và xây dựng Đảng", { tt: "III" }),
    r(13, "13", "Tuyển quân đạt chỉ tiêu giao", "%", 100, 100, 100, 100, "D"),
    r(14, "14", "Kết nạp đảng viên mới so với tổng số đảng viên", "%", "Ít nhất 3%", 3, 3.2, 106.7, "V"),
    r(
      15,
      "15",
      "Tỷ lệ chi, đảng bộ hoàn thành tốt nhiệm vụ trở lên",
      "%",
      "90% trở lên",
      90,
      93.3,
      103.7,
      "V",
    ),
  ];
}

function reviewTable(rows: RowSpec[], statements: TableSpec["statements"]): TableSpec {
  return {
    columns: REVIEW_COLUMNS,
    parents: [{ first: 4, last: 7, text: "Năm 2026" }],
    numberRow: ["A", "B", "C", "1", "2", "3", "4=3/2", "5", "6"],
    numbers: "number",
    percentStyle: "number",
    rows,
    statements,
    notes: [
      'The % column says "so với KH": the year is judged against "KH năm 2026" (guide §10), so that is the target column; "Chỉ tiêu NQ nhiệm kỳ" is the term target and is not judged here.',
      '"So với cùng kỳ (%)" compares with 2025 and is not a percent of target (guide §10): a tool that takes it for the % column is wrong.',
    ],
  };
}

const REVIEW_TOP = [
  "ĐẢNG BỘ XÃ BẠCH THÔNG",
  "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2026",
  "(Kèm theo Báo cáo sơ kết 01 năm thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I)",
];

const w06: WorkbookSpec = (() => {
  const rows = reviewRows();
  const t = tally(rows);
  return {
    file: "06-so-ket-2026.xlsx",
    correct: true,
    description:
      'A yearly review (sơ kết) 2026: "Chỉ tiêu NQ nhiệm kỳ", "KH năm 2026", "TH năm 2026", "% so với KH" and "So với cùng kỳ (%)" under a merged "Năm 2026", a column-number row A, B, C, 1, 2, 3, 4=3/2 …, merged-TT-free sub-rows.',
    sheets: [
      {
        name: "Sơ kết 2026",
        top: REVIEW_TOP,
        tables: [
          reviewTable(rows, [
            {
              text: `Năm 2026 có ${two(t.exceeded + t.achieved)}/${t.total} chỉ tiêu đạt và vượt kế hoạch (chiếm ${vnShare(t)}%).`,
            },
          ]),
        ],
      },
    ],
  };
})();

function vnShare(t: Tally): string {
  const share = Math.round(((t.exceeded + t.achieved) / t.total) * 1000) / 10;
  return String(share).replace(".", ",");
}

const w07: WorkbookSpec = (() => {
  let rows = reviewRows();
  rows = fixRow(rows, "9", {
    percent: 84.7,
    label: "Không đạt",
    faults: [
      {
        rule: "percent-mismatch",
        severity: "error",
        at: "percent",
        why: "84,7 % is 72 against the term target 85, but the column is % so với KH: 72/70 = 102,86 %",
      },
      {
        rule: "status-mismatch",
        severity: "error",
        at: "status",
        why: "72 against the year's plan 70 is exceeded, labelled Không đạt",
      },
    ],
  });
  rows = fixRow(rows, "11", {
    actual: { formula: "#REF!C12", result: { error: "#REF!" } },
    percent: { formula: "F{r}/E{r}*100", result: { error: "#REF!" } },
    label: "none",
    status: "unassessed",
    pct: null,
    faults: [
      {
        rule: "invalid-value",
        severity: "error",
        at: "actual",
        why: "the actual is #REF! (a deleted source sheet)",
      },
    ],
    allow: [{ rule: "invalid-value", severity: "error", at: "percent", why: "the % formula inherits #REF!" }],
  });
  return {
    file: "07-so-ket-2026-loi.xlsx",
    correct: false,
    description:
      "The 2026 review of workbook 06 with planted faults: a % computed against the term target instead of the year's plan (and the label that follows it), and an actual that is #REF!.",
    sheets: [{ name: "Sơ kết 2026", top: REVIEW_TOP, tables: [reviewTable(rows, [])] }],
  };
})();

function communeTable(title: string, rows: RowSpec[], statement?: string, fault?: string): TableSpec {
  return {
    title: [title],
    columns: STANDARD,
    numbers: "number",
    percentStyle: "number",
    rows,
    statements: statement === undefined ? [] : [{ text: statement, fault }],
  };
}

const w08: WorkbookSpec = (() => {
  const qt = quangThuan();
  const dp = duongPhong();
  const dt = dongThang8();
  const tdp = tally(dp);
  const newTerm = bachThongNewTerm();
  return {
    file: "08-sap-nhap-bach-thong.xlsx",
    correct: true,
    description:
      "After the 2025 merger: one results sheet per former commune (Quang Thuận, Dương Phong, Đồng Thắng), each with its own statement wording, and a new-term target table for Bạch Thông (resolution 000, 30 targets, no results columns).",
    sheets: [
      {
        name: "Quang Thuận",
        tables: [
          communeTable(
            "Biểu số 01: KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ QUANG THUẬN NHIỆM KỲ 2020-2025",
            qt,
            colonStatement(tally(qt)),
          ),
        ],
      },
      {
        name: "Dương Phong",
        tables: [
          communeTable(
            "Biểu số 02: KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ DƯƠNG PHONG NHIỆM KỲ 2020-2025",
            dp,
            `Có ${two(tdp.exceeded + tdp.achieved)}/${two(tdp.total)} chỉ tiêu đạt và vượt (chiếm ${vnShare(tdp)}%); còn ${two(tdp.missed)} chỉ tiêu chưa đạt.`,
          ),
        ],
      },
      {
        name: "Đồng Thắng",
        tables: [
          communeTable(
            "Biểu số 03: KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ ĐỒNG THẮNG NHIỆM KỲ 2020-2025",
            dt,
            proseStatement(tally(dt)),
          ),
        ],
      },
      {
        name: "Chỉ tiêu 2025-2030",
        top: ["Biểu số 04", "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030 CỦA ĐẢNG BỘ XÃ BẠCH THÔNG"],
        tables: [
          {
            columns: [
              { role: "code", header: "TT" },
              { role: "name", header: "Chỉ tiêu" },
              { role: "unit", header: "Đơn vị tính" },
              { role: "target", header: "Mục tiêu đến năm 2030", width: 24 },
              { role: "note", header: "Ghi chú" },
            ],
            numbers: "number",
            percentStyle: "number",
            rows: newTerm,
            statements: [{ text: `Tổng số: ${tally(newTerm).total} chỉ tiêu` }],
            notes: [
              "A target-only table: every row is unassessed and has no percent; no finding about missing actuals is due.",
            ],
          },
        ],
      },
    ],
  };
})();

const w09: WorkbookSpec = (() => {
  const qt = quangThuan();
  let dp = duongPhong();
  dp = fixRow(dp, "1", {
    percent: 120,
    faults: [
      {
        rule: "percent-mismatch",
        severity: "error",
        at: "percent",
        why: "typo 102 → 120: 1.020/1.000 = 102 %",
      },
    ],
  });
  dp = fixRow(dp, "5", {
    actual: undefined,
    percent: "none",
    label: "Vượt",
    status: "unassessed",
    pct: null,
    faults: [{ rule: "missing-value", severity: "error", at: "row", why: "labelled Vượt with no actual" }],
  });
  return {
    file: "09-hai-bang-canh-nhau-loi.xlsx",
    correct: false,
    description:
      "One sheet holding two former communes' tables side by side (A–G and I–O), as a district office lays them out for comparison; the right-hand table carries a % typo and a label without an actual.",
    sheets: [
      {
        name: "Biểu 01",
        top: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI CÁC XÃ TRƯỚC SẮP XẾP, NHIỆM KỲ 2020-2025"],
        layout: "side",
        tables: [
          communeTable("Xã Quang Thuận (cũ)", qt, colonStatement(tally(qt))),
          { ...communeTable("Xã Dương Phong (cũ)", dp), col: 9 },
        ],
      },
    ],
  };
})();

const w10: WorkbookSpec = (() => {
  const dt = dongThang8();
  const qt = quangThuan();
  const tq = tally(qt);
  return {
    file: "10-hai-bang-tren-duoi-loi.xlsx",
    correct: false,
    description:
      "One sheet with two tables one under the other (Đồng Thắng, then Quang Thuận), each with its title and statement; the second statement overstates the count.",
    sheets: [
      {
        name: "Biểu 01-02",
        tables: [
          communeTable("Biểu 01 - XÃ ĐỒNG THẮNG (CŨ)", dt, proseStatement(tally(dt))),
          communeTable(
            "Biểu 02 - XÃ QUANG THUẬN (CŨ)",
            qt,
            `Có ${two(tq.exceeded + tq.achieved + 1)}/${tq.total} chỉ tiêu đạt và vượt (chiếm ${goodShare({ ...tq, achieved: tq.achieved + 1 })}%).`,
            `states ${two(tq.exceeded + tq.achieved + 1)}/${tq.total}, the table has ${tq.exceeded + tq.achieved}/${tq.total}`,
          ),
        ],
      },
    ],
  };
})();

const w11: WorkbookSpec = (() => {
  const rows = phiengKhoaiNewTerm();
  return {
    file: "11-nhiem-ky-moi-phieng-khoai.xlsx",
    correct: true,
    description:
      'A new-term target table only (resolution 004, Phiêng Khoài, 24 targets): groups "a) … (05 chỉ tiêu)", "b) … (14 chỉ tiêu)", "c) … (05 chỉ tiêu)", TT "(1)" … "(24)", sub-rows "-", a heading TT with five products, and a lead-agency column from the action programme.',
    sheets: [
      {
        name: "Chỉ tiêu 2025-2030",
        top: [
          "ĐẢNG BỘ XÃ PHIÊNG KHOÀI",
          "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2025-2030",
          "(Kèm theo Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030)",
        ],
        tables: [
          {
            columns: [
              { role: "code", header: "STT" },
              { role: "name", header: "Nội dung chỉ tiêu" },
              { role: "unit", header: "Đơn vị" },
              { role: "target", header: "Chỉ tiêu đến năm 2030", width: 16 },
              { role: "extra", key: "lead", header: "Cơ quan chủ trì", width: 22 },
              { role: "note", header: "Ghi chú" },
            ],
            numbers: "number",
            percentStyle: "number",
            rows,
            notes: [
              "The group counts (05, 14, 05) are per TT: TT (2) with five products and TT (15) with three sub-rows count once each.",
            ],
          },
        ],
      },
    ],
  };
})();

/** Lower-is-better and unusual target forms (Dương Phong's social table). */
function polarityRows(): RowSpec[] {
  return [
    group("Nhóm chỉ tiêu về xã hội", { tt: "I" }),
    ind(1, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "Dưới 3%", "2,1", "V", {
      T: 3,
      lower: true,
      percent: "none",
    }),
    ind(2, "Tỷ lệ hộ nghèo giảm bình quân hằng năm", "%/năm", "1,5", "1,8", "V", {
      note: "the rate of reduction: higher is better (guide §5 trap)",
    }),
    ind(3, "Tỷ lệ sinh con thứ 3 trở lên", "%", "Giảm xuống dưới 5%", "4,2", "V", {
      T: 5,
      lower: true,
      percent: "none",
    }),
    ind(4, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "Không quá 10%", "8,57", "V", {
      T: 10,
      lower: true,
      note: "the clerk gives target/actual: 10/8,57 = 116,69 %",
    }),
    ind(5, "Số trường đạt chuẩn quốc gia", "Trường", "05/07 trường", "05/07", "D", {
      T: 5,
      A: 5,
      percent: "none",
      skipPercent: true,
    }),
    ind(6, "Xã đạt Bộ tiêu chí quốc gia về y tế", "", "Đạt chuẩn", "Đạt", "D", {
      percent: "none",
      pct: null,
    }),
    ind(7, "Thành lập mới hợp tác xã trong nhiệm kỳ", "HTX", "1-2", 2, "D", {
      percent: "none",
      skipPercent: true,
      hidden: true,
      note: "range target, actual inside: achieved; the row is hidden",
    }),
    ind(
      8,
      "Thu nhập bình quân đầu người",
      "%/năm",
      "Tăng bình quân 13%/năm",
      "Tăng bình quân 13,5%/năm",
      "V",
      {
        status: ["unassessed", "exceeded"],
        label: "Vượt",
        percent: "none",
        skipPercent: true,
        note: "relative target: the guide says it needs a baseline; comparing the two rates (13,5 against 13) is also defensible",
      },
    ),
    group("Nhóm chỉ tiêu về quốc phòng - an ninh", { tt: "II" }),
    ind(9, "Số vụ tai nạn giao thông", "Vụ", "Không quá 2 vụ/năm", 1, "V", {
      T: 2,
      lower: true,
      percent: "none",
    }),
    ind(10, "Số vụ việc phức tạp về an ninh, trật tự", "Vụ", 0, 0, "D", {
      lower: true,
      percent: "none",
      pct: null,
      hidden: true,
      note: "zero target: no percent, achieved by comparison (guide §6); the row is hidden",
    }),
    ind(11, "Tỷ lệ vụ việc hòa giải thành", "%", "Trên 90%", 90, "D", {
      T: 90,
      faults: [
        {
          rule: "boundary-value",
          severity: "warning",
          at: "row",
          why: "90 against a strict 'Trên 90%': worth a warning, achieved (README)",
        },
      ],
    }),
    ind(12, "Tỷ lệ người nghiện ma túy được quản lý, cai nghiện", "%", 95, 97, "V", {
      note: "a share of addicts managed: higher is better despite 'người nghiện'",
    }),
    ind(13, "Số bản không có ma túy", "Bản", "30/30", "28/30", "K", {
      T: 30,
      A: 28,
      percent: "none",
      skipPercent: true,
      note: "a count of good villages: higher is better (guide §5 trap)",
    }),
    ind(
      14,
      "Xây dựng trường đạt chuẩn quốc gia",
      "Trường",
      "Duy trì 06; phấn đấu thêm 01 trường đạt mức độ 2",
      "06; 01",
      "D",
      {
        status: ["unassessed", "achieved"],
        label: "Đạt",
        percent: "none",
        skipPercent: true,
        note: "compound target (guide §4): assessing both parts gives achieved; leaving it unassessed is also defensible",
      },
    ),
  ];
}

function polarityTable(rows: RowSpec[], statements: TableSpec["statements"]): TableSpec {
  return {
    columns: [
      { role: "code", header: "TT" },
      { role: "name", header: "Tên chỉ tiêu" },
      { role: "unit", header: "ĐVT" },
      { role: "target", header: "Mục tiêu NQ", width: 20 },
      { role: "actual", header: "Kết quả", width: 16 },
      { role: "percent", header: "Đạt (%)" },
      { role: "status", header: "Mức độ đạt" },
      { role: "note", header: "Ghi chú" },
    ],
    numbers: "vn-text",
    percentStyle: "vn-text",
    rows,
    statements,
    statementGap: 1,
    notes: [
      "The % is left empty on most lower-is-better rows, as many tables do (guide §6): an empty % is not an error.",
    ],
  };
}

const POLARITY_TOP = [
  "Biểu số 03",
  "CÁC CHỈ TIÊU VỀ XÃ HỘI, QUỐC PHÒNG - AN NINH XÃ DƯƠNG PHONG NHIỆM KỲ 2020-2025",
];

const w13: WorkbookSpec = (() => {
  const rows = polarityRows();
  // Where the truth is open, the statement counts what the label says: TT 8 Vượt, TT 14 Đạt.
  const at = (code: string) => rows.findIndex((r) => !("group" in r) && r.code === code);
  const t = tally(rows, { [at("8")]: "exceeded", [at("14")]: "achieved" });
  return {
    file: "13-chieu-thap-la-tot.xlsx",
    correct: true,
    description:
      'Lower-is-better indicators (tỷ lệ hộ nghèo "Dưới 3%", sinh con thứ 3, suy dinh dưỡng "Không quá 10%", tai nạn giao thông "Không quá 2 vụ/năm"), their traps (giảm bình quân, số bản không có ma túy), a fraction, a qualitative, a range, a relative and a zero target, a strict "Trên 90%" met exactly, and hidden rows.',
    sheets: [
      {
        name: "Biểu 03",
        top: POLARITY_TOP,
        tables: [
          {
            ...polarityTable(rows, [{ text: colonStatement(t) }]),
            notes: [
              "The % is left empty on most lower-is-better rows, as many tables do (guide §6): an empty % is not an error.",
              "The statement counts TT 8 (relative target, labelled Vượt) as exceeded and TT 14 (compound target, labelled Đạt) as achieved: report counts are computed from the labels (guide §6).",
            ],
          },
        ],
      },
    ],
  };
})();

const w12: WorkbookSpec = (() => {
  let rows = polarityRows();
  rows = fixRow(rows, "1", {
    percent: "70",
    label: "Không đạt",
    faults: [
      {
        rule: "percent-mismatch",
        severity: "error",
        at: "percent",
        why: "70 = 2,1/3 judged as if higher were better; lower is better: 3/2,1 = 142,86 %",
      },
      {
        rule: "status-mismatch",
        severity: "error",
        at: "status",
        why: "2,1 % poor households against 'Dưới 3%' is exceeded, labelled Không đạt",
      },
    ],
  });
  rows = fixRow(rows, "9", {
    actual: 3,
    label: "Đạt",
    status: "missed",
    faults: [
      {
        rule: "status-mismatch",
        severity: "error",
        at: "status",
        why: "3 accidents against 'Không quá 2 vụ/năm' is missed, labelled Đạt",
      },
    ],
  });
  return {
    file: "12-chieu-thap-la-tot-loi.xlsx",
    correct: false,
    description:
      "Workbook 13's table with planted faults: the poverty rate judged as if higher were better (70 %, Không đạt), and three accidents against 'Không quá 2' labelled Đạt. No statement.",
    sheets: [{ name: "Biểu 03", top: POLARITY_TOP, tables: [polarityTable(rows, [])] }],
  };
})();

const w14: WorkbookSpec = (() => {
  const rows = bachThong().map((r) =>
    "group" in r && r.tt === "II"
      ? group("Nhóm chỉ tiêu về văn hóa - xã hội (09 chỉ tiêu)", {
          tt: "II",
          fault: "the group states 09 indicators, it has 08 (TT 9-16)",
        })
      : r,
  );
  const t = tally(rows);
  return {
    file: "14-cau-tong-hop-sai.xlsx",
    correct: false,
    description:
      "Biểu 01 whose numbers and labels are right but whose statements are not: the counts say 08 exceeded and 04 missed (07 and 05), the share says 87 % (78 %), and a group header says (09 chỉ tiêu) over 8 rows.",
    sheets: [
      {
        name: "Biểu 01",
        top: BACH_THONG_TOP,
        tables: [
          bieu01(rows, [
            {
              text: colonStatement({ ...t, exceeded: t.exceeded + 1, missed: t.missed - 1 }),
              fault: "states vượt 08, không đạt 04; the table has 07 and 05",
            },
            {
              text: `Có ${t.exceeded + t.achieved}/${t.total} chỉ tiêu đạt và vượt (chiếm 87%).`,
              fault: "18/23 is 78 %, not 87 %",
            },
          ]),
        ],
      },
    ],
  };
})();

const w15: WorkbookSpec = (() => {
  const pct = { target: "0%", actual: "0.0%" };
  const rows: RowSpec[] = [
    group("Các chỉ tiêu về kinh tế", { tt: "I" }),
    ind(1, "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 800, 812, "V"),
    {
      ...ind(2, "Sản lượng một số cây trồng, vật nuôi chủ yếu", "", undefined, undefined, "U"),
      heading: true,
    },
    sub("2", "Cây lương thực có hạt", "Tấn", 45000, 46120, "V", { tt: "2.1" }),
    sub("2", "Quả các loại", "Tấn", 180000, 185300, "V", { tt: "2.2" }),
    sub("2", "Thịt hơi xuất chuồng", "Tấn", 5500, 5210, "K", {
      tt: "2.3",
      label: "Cơ bản đạt",
      note: '"Cơ bản đạt" is missed but close (guide §6): consistent with 94,7 %',
    }),
    ind(3, "Tỷ lệ che phủ rừng", "%", 0.42, 0.386, "K", {
      numFmt: pct,
      note: "target and actual are percent-formatted cells (0,42 shows 42%)",
    }),
    ind(4, "Chăm sóc, bảo vệ diện tích rừng hiện có", "ha", 4500, 4151, "K"),
    group("Các chỉ tiêu về văn hóa - xã hội", { tt: "II" }),
    ind(5, "Tỷ lệ trường học đạt chuẩn quốc gia", "%", 0.5, 0.571, "V", { numFmt: pct }),
    ind(6, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 0.95, 0.963, "V", { numFmt: pct }),
    ind(7, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "Dưới 20%", 0.152, "V", {
      T: 0.2,
      lower: true,
      percent: "none",
      numFmt: { actual: "0.0%" },
      note: 'the actual is a percent-formatted 0,152 (15,2 %) against the words "Dưới 20%"',
    }),
    ind(8, "Số bản đạt chuẩn nông thôn mới", "Bản", 6, 6, "D"),
    ind(9, "Số sản phẩm OCOP đạt 3 sao trở lên", "Sản phẩm", 3, 2, "K", {
      percent: 66.6,
      note: "2/3 = 66,67 %: the clerk truncates to 66,6, which the guide accepts (§6)",
    }),
    ind(10, "Tỷ lệ tăng dân số tự nhiên", "%", "x", 1.1, "U", {
      percent: "none",
      label: "none",
      pct: null,
      note: "target 'x': not assigned, nothing to assess (guide §4)",
    }),
    group(""),
    group("Các chỉ tiêu về xây dựng Đảng", { tt: "III" }),
    ind(11, "Kết nạp đảng viên mới trong nhiệm kỳ", "Đảng viên", 100, 112, "V"),
    ind(12, "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên", "%", 90, 90, "D"),
  ];
  return {
    file: "15-uoc-th-2025-cong-thuc.xlsx",
    correct: true,
    description:
      'Phiêng Khoài\'s estimate table: "Kế hoạch | Ước TH 2025 | So sánh (%) | Kết quả đánh giá", the % as =ROUND(E/D*100,1) formulas with their cached results, percent-formatted cells (0,42 shows 42%), sub-rows "2.1", "2.2", "2.3" under a heading TT, and the labels "Vượt chỉ tiêu", "Hoàn thành", "Chưa đạt", "Cơ bản đạt".',
    sheets: [
      {
        name: "Biểu 01",
        top: [
          "ĐẢNG BỘ XÃ PHIÊNG KHOÀI",
          "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025 (ƯỚC ĐẾN HẾT NĂM 2025)",
        ],
        tables: [
          {
            columns: [
              { role: "code", header: "STT" },
              { role: "name", header: "Nội dung" },
              { role: "unit", header: "Đơn vị" },
              { role: "target", header: "Kế hoạch" },
              { role: "actual", header: "Ước TH 2025" },
              { role: "percent", header: "So sánh (%)" },
              { role: "status", header: "Kết quả đánh giá" },
            ],
            numbers: "number",
            percentStyle: "formula",
            labels: { exceeded: "Vượt chỉ tiêu", achieved: "Hoàn thành", missed: "Chưa đạt" },
            rows,
            statements: [
              { text: proseStatement(tally(rows)) },
              { text: "Ghi chú: Số liệu ước thực hiện đến hết năm 2025; TT 10 không giao chỉ tiêu." },
            ],
            notes: [
              "A blank row stands between group II and group III; the table goes on after it.",
              "TT 10 (target 'x') is not assigned: the statement counts it in the total only.",
            ],
          },
        ],
      },
    ],
  };
})();

const w16: WorkbookSpec = (() => {
  const rows: RowSpec[] = [
    ind(1, "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 1250, 1480.5, "V"),
    ind(2, "Tổng sản lượng lương thực có hạt", "Tấn", 3000, 3150, "V"),
    ind(3, "Tổng đàn gia súc", "Con", 7500, 8200, "V"),
    ind(4, "Diện tích cây ăn quả các loại", "ha", 700, 650, "K", {
      label: "Đạt",
      faults: [
        {
          rule: "status-mismatch",
          severity: "error",
          at: "status",
          why: "650 against 700 is missed, labelled Đạt",
        },
      ],
    }),
    ind(5, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 96.3, "V", {
      percent: "1.014",
      faults: [
        {
          rule: "percent-mismatch",
          severity: "error",
          at: "percent",
          why: "the % typed as a fraction: 1.014 where 96,3/95 = 101,37 %",
        },
      ],
    }),
    ind(6, "Thu nhập bình quân đầu người", "Triệu đồng", 35, 41, "V"),
    ind(7, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", 3, 2.1, "V", { lower: true, percent: "none" }),
    ind(8, "Số vụ tai nạn giao thông", "Vụ", "≤ 2", 1, "V", { T: 2, lower: true, percent: "none" }),
    ind(9, "Tỷ lệ lao động qua đào tạo", "%", "≥ 60", 62.5, "V", { T: 60 }),
    ind(10, "Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", "%", 99, undefined, "U", {
      actual: { formula: "VLOOKUP(B{r},'Nguồn'!A:C,3,FALSE)", result: { error: "#N/A" } },
      percent: "none",
      label: "Đạt",
      pct: null,
      faults: [
        {
          rule: "invalid-value",
          severity: "error",
          at: "actual",
          why: "the actual is #N/A (a failed lookup)",
        },
      ],
      allow: [
        {
          rule: "missing-value",
          severity: "error",
          at: "row",
          why: "labelled Đạt without a usable actual is also a missing-value case (guide §7.3)",
        },
      ],
    }),
    ind(11, "Kết nạp đảng viên mới trong nhiệm kỳ", "Đảng viên", 95, 69, "K"),
  ];
  return {
    file: "16-xuat-tu-phan-mem-loi.xlsx",
    correct: false,
    description:
      'A table exported from reporting software: English-convention text numbers ("1,480.5", "3,150"), no group rows, "≤ 2" and "≥ 60" targets, and planted faults: a wrong label, a % typed as a fraction (1.014) and an actual that is #N/A.',
    sheets: [
      {
        name: "Export",
        tables: [
          {
            columns: [
              { role: "code", header: "STT" },
              { role: "name", header: "Tên chỉ tiêu" },
              { role: "unit", header: "ĐVT" },
              { role: "target", header: "Chỉ tiêu giao" },
              { role: "actual", header: "Thực hiện" },
              { role: "percent", header: "Tỷ lệ (%)" },
              { role: "status", header: "Đánh giá" },
              { role: "note", header: "Ghi chú" },
            ],
            numbers: "en-text",
            percentStyle: "en-text",
            rows,
            notes: [
              '"3,150" and "7,500" are ambiguous alone; "1,480.5" settles the sheet on the English convention (guide §3), so they are 3150 and 7500.',
            ],
          },
        ],
      },
    ],
  };
})();

export const WORKBOOKS: WorkbookSpec[] = [
  w01,
  w02,
  w03,
  w04,
  w05,
  w06,
  w07,
  w08,
  w09,
  w10,
  w11,
  w12,
  w13,
  w14,
  w15,
  w16,
];

export type { SheetSpec };
