/** The words of engine messages: per rule, findings rendered in Vietnamese and in English. */
import { message, type EngineMessage } from "../../src/engine/messages";
import { formatNumber } from "../../src/engine/parse/numbers";
import { render } from "../../src/i18n";

const two = (n: number, lang: "vi" | "en") => formatNumber(n, lang, 2);

function both(m: EngineMessage): { vi: string; en: string } {
  return { vi: render(m, "vi"), en: render(m, "en") };
}

describe("rendering findings", () => {
  it("percent-mismatch names the formula, with a range's bounds and the higher-better hint", () => {
    const computed = (650 / 700) * 100;
    expect(
      both(
        message("percent-mismatch/mismatch", {
          reported: 95,
          computed: [{ value: computed, numerator: 650, denominator: 700 }],
        }),
      ),
    ).toEqual({
      vi: `Tỷ lệ ghi 95% nhưng 650/700 = ${two(computed, "vi")}%`,
      en: `Reported 95% but 650/700 = ${two(computed, "en")}%`,
    });
    const range = message("percent-mismatch/mismatch", {
      reported: 91.2,
      computed: [
        { value: 1500, numerator: 15, denominator: 1, note: message("percent/lower-bound", {}) },
        { value: (15 / 38) * 100, numerator: 15, denominator: 38, note: message("percent/upper-bound", {}) },
      ],
    });
    expect(render(range, "vi")).toBe(
      "Tỷ lệ ghi 91,2% nhưng 15/1 = 1.500% (so với cận dưới) hoặc 15/38 = 39,47% (so với cận trên)",
    );
    expect(render(range, "en")).toBe(
      "Reported 91.2% but 15/1 = 1,500% (against the lower bound) or 15/38 = 39.47% (against the upper bound)",
    );
    const asHigher = message("percent-mismatch/computed-as-higher", {
      reported: 83.33,
      computed: [{ value: 120, numerator: 3, denominator: 2.5 }],
      asHigher: { value: (2.5 / 3) * 100, numerator: 2.5, denominator: 3 },
    });
    expect(render(asHigher, "vi")).toBe(
      "Tỷ lệ ghi 83,33% nhưng 3/2,5 = 120%; tỷ lệ ghi là 2,5/3, tính như chỉ tiêu càng cao càng tốt, trong khi chỉ tiêu này càng thấp càng tốt",
    );
    expect(render(asHigher, "en")).toBe(
      "Reported 83.33% but 3/2.5 = 120%; the reported figure is 2.5/3, computed as if higher were better, but lower is better here",
    );
  });

  it("writes a number cell in the reader's style and a text cell as written", () => {
    const numbers = message("status-mismatch/against-numbers", {
      label: "Đạt",
      actual: { number: 12904.5, percent: false },
      target: "13.000,5",
      percent: null,
      expected: "missed",
      judgedAsHigher: false,
    });
    expect(both(numbers)).toEqual({
      vi: "Đánh giá ghi «Đạt» nhưng kết quả 12.904,5 so với chỉ tiêu 13.000,5 là «không đạt»",
      en: 'Reported "Đạt" but actual 12,904.5 against target 13.000,5 is "missed"',
    });
    const given = message("missing-value/actual-empty", {
      given: { percent: { number: 91.2, percent: true } },
    });
    expect(render(given, "vi")).toContain("tỷ lệ 91,2%");
    expect(render(given, "en")).toContain("percent 91.2%");
  });

  it("status-mismatch names the numbers or the sub-rows", () => {
    const pct = (85 / 70) * 100;
    const numbers = message("status-mismatch/against-numbers", {
      label: "Đạt",
      actual: "85",
      target: "70",
      percent: pct,
      expected: "exceeded",
      judgedAsHigher: false,
    });
    expect(both(numbers)).toEqual({
      vi: `Đánh giá ghi «Đạt» nhưng kết quả 85 so với chỉ tiêu 70 (${two(pct, "vi")}%) là «vượt»`,
      en: `Reported "Đạt" but actual 85 against target 70 (${two(pct, "en")}%) is "exceeded"`,
    });
    const blank = message("status-mismatch/against-numbers", {
      label: "Vượt",
      actual: "",
      target: "3%",
      percent: null,
      expected: "missed",
      judgedAsHigher: true,
    });
    expect(render(blank, "vi")).toBe(
      "Đánh giá ghi «Vượt» nhưng kết quả — so với chỉ tiêu 3% là «không đạt»; có vẻ đã đánh giá như chỉ tiêu càng cao càng tốt, trong khi chỉ tiêu này càng thấp càng tốt",
    );
    expect(
      render(
        message("status-mismatch/against-sub-rows", {
          label: "Đạt",
          expected: "missed",
          judgedAsHigher: false,
        }),
        "en",
      ),
    ).toBe('Reported "Đạt" but the worst of its sub-rows is "missed"');
  });

  it("count-mismatch lists each difference", () => {
    const statement = message("count-mismatch/statement", {
      fromLabels: true,
      differences: [
        message("count-mismatch/count", { count: "exceeded", stated: 2, counted: 1 }),
        message("count-mismatch/count", { count: "missed", stated: 0, counted: 1 }),
      ],
    });
    expect(both(statement)).toEqual({
      vi: "Câu tổng hợp không khớp với bảng (theo đánh giá ghi trong bảng): vượt ghi 2, bảng có 1; không đạt ghi 0, bảng có 1",
      en: "The summary statement disagrees with the table (from the statuses written in the table): exceeded stated 2, the table has 1; missed stated 0, the table has 1",
    });
    const share = message("count-mismatch/statement", {
      fromLabels: false,
      differences: [
        message("count-mismatch/achieved-share", { count: 4, total: 4, countedGood: 3, counted: 4 }),
        message("count-mismatch/percent", {
          percentText: "80,5",
          percent: 80.5,
          count: 4,
          total: 4,
          share: 100,
        }),
      ],
    });
    expect(render(share, "vi")).toBe(
      "Câu tổng hợp không khớp với bảng (theo số liệu của bảng): ghi 4/4 chỉ tiêu đạt và vượt, bảng có 3/4; tỷ lệ ghi 80,5% nhưng 4/4 = 100%",
    );
    expect(render(share, "en")).toContain("the stated 80.5% but 4/4 = 100%");
    expect(both(message("count-mismatch/group", { code: "II", stated: 3, counted: 2 }))).toEqual({
      vi: "Nhóm II ghi (3 chỉ tiêu) nhưng bảng có 2 chỉ tiêu trong nhóm",
      en: "Group II states (3 indicators) but the table has 2 in the group",
    });
  });

  it("ambiguous-number names both conventions and what would change", () => {
    const m = message("ambiguous-number/status-changes", {
      texts: ["1,250"],
      used: "vi",
      other: "en",
      status: "missed",
      instead: "exceeded",
    });
    expect(both(m)).toEqual({
      vi: "«1,250» được đọc theo quy ước số của trang, kiểu Việt Nam (dấu phẩy thập phân); nếu đọc theo kiểu Anh (dấu chấm thập phân) thì đánh giá sẽ là «không đạt» thay vì «vượt»",
      en: '«1,250» is read with the sheet\'s number convention, Vietnamese (decimal comma); read as English (decimal point), the status would be "missed" instead of "exceeded"',
    });
  });

  it("boundary-value, duplicate-code and numbering-gap", () => {
    expect(render(message("boundary-value/strict-threshold", { actual: 30, target: ">30" }), "vi")).toBe(
      "Kết quả 30 bằng đúng ngưỡng của chỉ tiêu «>30»: hiểu chặt («trên/dưới») là không đạt, hiểu rộng là đạt; đã tính là đạt, cần xác nhận",
    );
    expect(
      both(
        message("duplicate-code/other-indicator", {
          code: "02",
          name: "Sản lượng cá",
          firstName: "Diện tích lúa",
          firstRow: 4,
        }),
      ),
    ).toEqual({
      vi: "TT 02 đã dùng cho «Diện tích lúa» ở dòng 4, lại dùng cho «Sản lượng cá»",
      en: 'No. 02 is used for "Diện tích lúa" on row 4 and again for "Sản lượng cá"',
    });
    expect(
      render(message("duplicate-code/same-indicator", { code: "3", name: "Chỉ tiêu 3", firstRow: 6 }), "vi"),
    ).toBe("TT 3 lặp lại chỉ tiêu «Chỉ tiêu 3» đã có ở dòng 6");
    expect(
      both(message("numbering-gap/gap", { code: "4", previous: "2", prefix: "", from: 3, to: 3 })),
    ).toEqual({
      vi: "Sau TT 2 là TT 4: thiếu TT 3",
      en: "No. 4 follows No. 2: No. 3 is missing",
    });
    expect(
      render(message("numbering-gap/gap", { code: "5", previous: "1", prefix: "", from: 2, to: 4 }), "vi"),
    ).toBe("Sau TT 1 là TT 5: thiếu TT 2–4");
    expect(
      render(
        message("numbering-gap/gap", { code: "5.3", previous: "5.1", prefix: "5", from: 2, to: 2 }),
        "en",
      ),
    ).toBe("No. 5.3 follows No. 5.1: No. 5.2 is missing");
  });

  it("invalid-value and missing-value", () => {
    expect(both(message("invalid-value/percent-error", { error: "#DIV/0!" }))).toEqual({
      vi: "Ô tỷ lệ chứa lỗi #DIV/0!",
      en: "The percent cell holds the error #DIV/0!",
    });
    expect(
      render(message("invalid-value/actual-unreadable", { actual: "khoảng năm mươi", target: "60" }), "vi"),
    ).toBe("Kết quả thực hiện «khoảng năm mươi» không đọc được thành số để so với chỉ tiêu 60");
    expect(both(message("missing-value/actual-empty", { given: { status: "Đạt" } }))).toEqual({
      vi: "Có đánh giá «Đạt» nhưng ô kết quả thực hiện trống",
      en: 'The status "Đạt" given but the actual cell is empty',
    });
    const both2 = message("missing-value/actual-error", {
      given: { status: "Không đạt", percent: "90" },
      error: "#DIV/0!",
    });
    expect(both(both2)).toEqual({
      vi: "Có đánh giá «Không đạt» và tỷ lệ 90 nhưng kết quả thực hiện là lỗi #DIV/0!",
      en: 'The status "Không đạt" and the percent 90 given but the actual is the error #DIV/0!',
    });
    expect(render(message("missing-value/target-empty", { given: { percent: "105%" } }), "en")).toBe(
      "The percent 105% given but the target cell is empty",
    );
  });

  it("suspect-magnitude and text-number write numbers in the language's convention", () => {
    expect(
      both(message("suspect-magnitude/head-count", { actual: 152000, unit: "Nghìn con", target: 150 })),
    ).toEqual({
      vi: "Kết quả 152.000 với đơn vị «Nghìn con» có vẻ là số đếm từng cá thể (chỉ tiêu 150 Nghìn con)",
      en: 'The actual 152,000 with unit "Nghìn con" looks like a head count (target 150 Nghìn con)',
    });
    expect(
      render(message("suspect-magnitude/far-from-target", { actual: 520, ratio: 10, target: 52 }), "vi"),
    ).toBe("Kết quả 520 gấp 10 lần chỉ tiêu 52: kiểm tra đơn vị hoặc số nhập");
    expect(
      render(
        message("suspect-magnitude/percent-as-actual", { actual: 100.5, percentCell: "F7", target: 95 }),
        "vi",
      ),
    ).toBe(
      "Kết quả 100,5% bằng đúng tỷ lệ so với chỉ tiêu ghi ở ô F7: có thể đã ghi tỷ lệ % so với chỉ tiêu 95% thay cho kết quả",
    );
    expect(both(message("text-number/text", { role: "target", text: "3.000", value: 3000 }))).toEqual({
      vi: "Ô chỉ tiêu «3.000» là văn bản chứ không phải số (đọc được là 3.000); nên nhập dạng số để Excel tính được",
      en: 'The target cell "3.000" is text, not a number (read as 3,000); enter it as a number so Excel can compute with it',
    });
  });
});

describe("rendering reasons and summaries", () => {
  const counts = (exceeded: number, achieved: number, missed: number, unassessed = 0) => ({
    total: exceeded + achieved + missed + unassessed,
    exceeded,
    achieved,
    missed,
    unassessed,
  });

  it("writes the summary sentence with two-digit counts in Vietnamese and a decimal comma", () => {
    // 19 of 23 achieved or exceeded: 19/23 = 82.608… → 82,6
    expect(both(message("summary/sentence", counts(9, 10, 4)))).toEqual({
      vi: "Tổng số 23 chỉ tiêu: 09 chỉ tiêu vượt, 10 chỉ tiêu đạt, 04 chỉ tiêu không đạt; 19/23 chỉ tiêu đạt và vượt (82,6%).",
      en: "Total 23 indicators: 9 exceeded, 10 achieved, 4 missed; 19/23 indicators achieved or exceeded (82.6%).",
    });
    expect(render(message("summary/sentence", counts(2, 3, 1, 2)), "vi")).toBe(
      "Tổng số 08 chỉ tiêu: 02 chỉ tiêu vượt, 03 chỉ tiêu đạt, 01 chỉ tiêu không đạt, 02 chỉ tiêu chưa đánh giá được; 5/8 chỉ tiêu đạt và vượt (62,5%).",
    );
    expect(render(message("summary/sentence", counts(0, 0, 0, 12)), "vi")).toBe(
      "Tổng số 12 chỉ tiêu; chưa có chỉ tiêu nào đánh giá được.",
    );
    expect(both(message("summary/sentence", counts(0, 0, 0)))).toEqual({
      vi: "Không có chỉ tiêu nào trong bảng.",
      en: "The table holds no indicator.",
    });
  });

  it("names a target's text, shortening a long one", () => {
    const long =
      "Duy trì 06 trường đạt chuẩn quốc gia, phấn đấu tăng thêm 01 trường đạt chuẩn mức độ 2 vào năm 2025";
    expect(render(message("target/relative", { text: "tăng bình quân 13%/năm", cue: "tăng" }), "vi")).toBe(
      'Chỉ tiêu tương đối ("tăng bình quân 13%/năm", có "tăng"): cần số liệu gốc (năm trước, kế hoạch giao) mà bảng không có',
    );
    expect(render(message("target/compound", { text: long, parts: 2 }), "en")).toBe(
      `The target cell holds 2 sub-targets ("${long.slice(0, 77)}…"): not assessable as one number`,
    );
  });

  it("names the polarity's cue", () => {
    expect(both(message("polarity/lower-quantity", { quantity: "poor-households" }))).toEqual({
      vi: "tỷ lệ hộ nghèo: càng thấp càng tốt",
      en: "poor households: lower is better",
    });
    expect(render(message("polarity/name-at-most", { cue: "xuống dưới", afterReduce: true }), "vi")).toBe(
      'tên có "giảm … xuống dưới": càng thấp càng tốt',
    );
    expect(
      render(message("polarity/work-done", { quantity: "poor-households", action: "supported" }), "en"),
    ).toBe('poor households, but the name says "supported": a count of work done, higher is better');
  });

  it("says why no table was found, with 1-based rows", () => {
    expect(
      both(message("detect/partial-header", { row: 1, labels: ["TT", "Kết quả thực hiện", "Đánh giá"] })),
    ).toEqual({
      vi:
        "Không tìm thấy dòng tiêu đề có cột 'Chỉ tiêu' (tên chỉ tiêu) cùng ít nhất một cột 'Chỉ tiêu NQ', " +
        "'Kết quả thực hiện', 'Tỷ lệ (%)' hoặc 'Đánh giá'. Dòng 1 chỉ có các tiêu đề 'TT', 'Kết quả thực hiện', " +
        "'Đánh giá'. Có thể chỉ định dòng tiêu đề và các cột.",
      en:
        "No header row with an indicator-name column ('Chỉ tiêu') and at least one of the target, result, percent " +
        "or assessment columns was found. Row 1 only has the headers 'TT', 'Kết quả thực hiện', 'Đánh giá'. " +
        "You can give the header row and columns explicitly.",
    });
    expect(both(message("detect/bad-column-letter", { role: "target", letters: "D1" }))).toEqual({
      vi: "Cột 'D1' chỉ định cho 'Chỉ tiêu NQ' không phải là tên cột hợp lệ (A, B, …, AB).",
      en: "Column 'D1' given for 'Target' is not a valid column letter (A, B, …, AB).",
    });
    expect(render(message("detect/bad-header-rows", { rows: [], rowCount: 7 }), "vi")).toBe(
      "Dòng tiêu đề chỉ định không hợp lệ: (trống) (trang tính có 7 dòng).",
    );
  });
});
