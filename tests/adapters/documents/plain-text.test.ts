import fc from "fast-check";
import { plainTextParagraphs, readDocument, type DocumentReadError } from "../../../src/adapters/documents";

const encode = (text: string) => new TextEncoder().encode(text);

async function read(text: string) {
  return readDocument(encode(text), "bao-cao.txt");
}

async function failure(bytes: Uint8Array): Promise<DocumentReadError> {
  try {
    await readDocument(bytes, "bao-cao.txt");
  } catch (e) {
    return e as DocumentReadError;
  }
  throw new Error("the text was read");
}

// Hard-wrapped as pdftotext gives seed 001, with a blank line after every line.
const WRAPPED = [
  "Trong nhiệm kỳ 2020-2025, Đảng bộ xã đã chỉ đạo thực hiện 23 chỉ tiêu chủ yếu ",
  "trên tất cả các lĩnh vực, kết quả có 18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ ",
  "tiêu không đạt so với Nghị quyết (chiếm 22%) (có biểu chi tiết kèm theo). ",
  "(3) Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội. ",
  "Cơ sở vật chất và đội ngũ y, bác sĩ được củng cố, kiện toàn bảo đảm thực hiện tốt ",
  "công tác khám, chữa bệnh cho Nhân dân; tỷ lệ bao phủ BHYT đạt 95%35. Duy trì xã đạt Bộ ",
  "12",
  "tiêu chí quốc gia về y tế theo Quyết định số 1694-QĐ/TU, ngày 06/6/2025 của Ban ",
  "Thường vụ Tỉnh ủy Bắc Kạn, với 30 tổ chức đảng trực thuộc và 738 đảng viên. ",
  "- 13 -",
  "2.1- Đối với xã A (có biểu số 01 kèm theo) ",
  "a) Các chỉ tiêu về kinh tế ",
].join("\n\n");

describe("plain text", () => {
  it("joins hard-wrapped lines into paragraphs and drops page-number lines", async () => {
    const content = await read(`\uFEFF${WRAPPED}\n`);
    expect(content.kind).toBe("txt");
    expect(content.paragraphs.map((p) => [p.numbering ?? null, p.text])).toEqual([
      [
        null,
        "Trong nhiệm kỳ 2020-2025, Đảng bộ xã đã chỉ đạo thực hiện 23 chỉ tiêu chủ yếu trên tất cả các lĩnh vực, kết quả có 18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ tiêu không đạt so với Nghị quyết (chiếm 22%) (có biểu chi tiết kèm theo).",
      ],
      ["(3)", "Tổng đàn gia súc: 8.200/7.500 con, đạt 109,3%, vượt Nghị quyết Đại hội."],
      [
        null,
        "Cơ sở vật chất và đội ngũ y, bác sĩ được củng cố, kiện toàn bảo đảm thực hiện tốt công tác khám, chữa bệnh cho Nhân dân; tỷ lệ bao phủ BHYT đạt 95%35. Duy trì xã đạt Bộ tiêu chí quốc gia về y tế theo Quyết định số 1694-QĐ/TU, ngày 06/6/2025 của Ban Thường vụ Tỉnh ủy Bắc Kạn, với 30 tổ chức đảng trực thuộc và 738 đảng viên.",
      ],
      ["2.1-", "Đối với xã A (có biểu số 01 kèm theo)"],
      ["a)", "Các chỉ tiêu về kinh tế"],
    ]);
  });

  it("records glued footnote marks without removing them", async () => {
    const content = await read(WRAPPED);
    const health = content.paragraphs[2];
    expect(health.text).toContain("đạt 95%35.");
    expect(health.footnoteSuspects?.map((s) => health.text.slice(s.start - 3, s.end))).toEqual(["95%35"]);
    const other = await read(
      "Toàn Đảng bộ có 30 tổ chức đảng trực thuộc1, diện tích 200 m2 và 31 đảng viên5; ",
    );
    const p = other.paragraphs[0];
    expect(p.footnoteSuspects?.map((s) => p.text.slice(s.start, s.end))).toEqual(["1", "5"]);
  });

  it("takes pages from form feeds and puts a footnote apart from the body it interrupts", async () => {
    const text = [
      "Công tác thi hành kỷ luật Đảng được thực hiện công khai, minh bạch; nhất là thực hiện",
      "Quy định số 69-QĐ/TW, ngày 6/7/2022",
      "4 Số lượng học nhận thức về đảng: có 91 quần chúng.",
      "\fcủa Ban Chấp hành Trung ương được triển khai nghiêm túc.",
      "Công tác dân vận được đổi mới.",
    ].join("\n");
    const content = await read(text);
    expect(content.pages).toBe(2);
    expect(content.paragraphs.map((p) => [p.page, p.footnote ?? false, p.text])).toEqual([
      [
        1,
        false,
        "Công tác thi hành kỷ luật Đảng được thực hiện công khai, minh bạch; nhất là thực hiện Quy định số 69-QĐ/TW, ngày 6/7/2022 của Ban Chấp hành Trung ương được triển khai nghiêm túc.",
      ],
      [1, true, "4 Số lượng học nhận thức về đảng: có 91 quần chúng."],
      [2, false, "Công tác dân vận được đổi mới."],
    ]);
  });

  it("tells the dash of a wrapped 'kinh tế - xã hội' from a bullet", async () => {
    const text = [
      "Chi ngân sách theo đúng quy định; ưu tiên chi cho đầu tư phát triển hạ tầng, sự nghiệp",
      "giáo dục, an sinh xã hội, cho các nhiệm vụ trọng tâm của xã về quốc phòng",
      "- an ninh và cải cách hành chính. Cơ cấu chi ngân sách được điều chỉnh.",
      "Các giải pháp chủ yếu:",
      "- Tập trung lãnh đạo phát triển kinh tế.",
      "- xây dựng nông thôn mới.",
    ].join("\n");
    const content = await read(text);
    expect(content.paragraphs.map((p) => [p.numbering ?? null, p.text])).toEqual([
      [
        null,
        "Chi ngân sách theo đúng quy định; ưu tiên chi cho đầu tư phát triển hạ tầng, sự nghiệp giáo dục, an sinh xã hội, cho các nhiệm vụ trọng tâm của xã về quốc phòng - an ninh và cải cách hành chính. Cơ cấu chi ngân sách được điều chỉnh.",
      ],
      [null, "Các giải pháp chủ yếu:"],
      ["-", "Tập trung lãnh đạo phát triển kinh tế."],
      ["-", "xây dựng nông thôn mới."],
    ]);
  });

  it("treats a blank line as a paragraph break when lines are not double-spaced", async () => {
    const content = await read("Phần thứ nhất\n\nĐánh giá kết quả\nthực hiện nghị quyết\n\nPhần thứ hai\n");
    expect(content.paragraphs.map((p) => p.text)).toEqual([
      "Phần thứ nhất",
      "Đánh giá kết quả thực hiện nghị quyết",
      "Phần thứ hai",
    ]);
  });

  it("refuses invalid UTF-8, UTF-16 and empty text", async () => {
    const bad = new Uint8Array([...encode("Tổng đàn "), 0xc3, 0x28, ...encode(" con")]);
    expect(await failure(bad)).toMatchObject({
      code: "not-utf8",
      data: { offset: encode("Tổng đàn ").length },
    });
    expect((await failure(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).data).toEqual({
      offset: 0,
      encoding: "utf-16le",
    });
    expect((await failure(new Uint8Array(0))).code).toBe("empty");
    expect((await failure(encode(" \n\n\t\n12\n"))).code).toBe("empty");
  });
});

describe("plain text normaliser on hostile text", () => {
  const pieces = fc.constantFrom(
    "(",
    ")",
    "(3)",
    "2.1.",
    "a)",
    "-",
    "+",
    " ",
    "\n",
    "\n\n",
    "\f",
    "\r",
    "\t",
    "12",
    "- 12 -",
    "Trang 12",
    "95%35",
    "đạt",
    "Đ",
    ".",
    "%",
    "9",
    "chỉ tiêu",
    "\u00a0",
  );
  const hostile = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.array(pieces, { maxLength: 400 }).map((a) => a.join("")),
  );

  it("never throws and its work grows linearly with the input", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const meter = { steps: 0 };
        const { paragraphs } = plainTextParagraphs(text, meter);
        let total = 0;
        for (const p of paragraphs) {
          total += p.text.length + (p.numbering?.length ?? 0);
          expect(p.text).toBe(p.text.trim());
          for (const s of p.footnoteSuspects ?? []) expect(s.end).toBeLessThanOrEqual(p.text.length);
        }
        expect(total).toBeLessThanOrEqual(text.length);
        expect(meter.steps).toBeLessThanOrEqual(8 * (text.length + 1));
      }),
      { numRuns: 300 },
    );
  });

  it("does the same bounded work per character on long repetitive text", () => {
    for (const unit of ["(3)\n", "1\n", "95%35", "a", "\n\n", "đạt 9\n\n"]) {
      const small = { steps: 0 };
      const large = { steps: 0 };
      plainTextParagraphs(unit.repeat(1_000), small);
      plainTextParagraphs(unit.repeat(10_000), large);
      // Ten times the text: about ten times the steps, nowhere near a hundred.
      expect(large.steps).toBeLessThanOrEqual(11 * small.steps);
    }
  });
});
