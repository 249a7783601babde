/**
 * A real political report as pdftotext gave it (seed 001 in ../shared/seeds): hard-wrapped,
 * double-spaced, footnotes at the page feet and footnote marks glued to words.
 */
import * as fs from "fs";
import * as path from "path";
import { readDocument, type DocumentContent } from "../../../src/adapters/documents";

const shared = process.env.CHITIEU_SHARED ?? path.join(__dirname, "..", "..", "..", "..", "shared");
const seed = path.join(shared, "seeds", "001_fa5fc0f88a865043.txt");
const resolution = path.join(shared, "seeds", "004_bd552adaefbb1e7f.txt");
const available = fs.existsSync(seed) && fs.existsSync(resolution);
const inCI = process.env.CI === "true";

if (!available && !inCI) {
  console.warn(
    `Skipping the seed report tests: ${seed} is missing (set CHITIEU_SHARED to the shared folder).`,
  );
}

(available || inCI ? describe : describe.skip)("seed 001 as text", () => {
  let content: DocumentContent;
  beforeAll(async () => {
    content = await readDocument(new Uint8Array(fs.readFileSync(seed)), path.basename(seed));
  });

  const find = (needle: string) => {
    const found = content.paragraphs.filter((p) => p.text.includes(needle));
    expect(found).toHaveLength(1);
    return found[0];
  };

  it("keeps the count claim in one paragraph across its wrapped lines", () => {
    const claim = find("18/23 chỉ tiêu đạt và vượt");
    expect(claim.text).toContain(
      "kết quả có 18/23 chỉ tiêu đạt và vượt (chiếm 78%), 05/23 chỉ tiêu không đạt so với Nghị quyết (chiếm 22%)",
    );
  });

  it("records the footnote mark glued to 95%", () => {
    const health = find("tỷ lệ bao phủ BHYT đạt 95%35.");
    const marks = (health.footnoteSuspects ?? []).map((s) => health.text.slice(s.start - 3, s.end));
    expect(marks).toContain("95%35");
  });

  it("puts footnote bodies apart and joins the body paragraph they interrupt", () => {
    const body = find("tạo nguồn kế cận4.");
    expect(body.text).toContain("nâng tổng số đảng viên toàn Đảng bộ lên 738 đồng chí; quan tâm bồi dưỡng");
    expect(body.footnote).toBeUndefined();
    const footnote = find("Xã Quang Thuận trên 90%, xã Đồng Thắng trên 96%.");
    expect(footnote.footnote).toBe(true);
  });

  it("reads the numbered items with their labels", () => {
    const labels = content.paragraphs.map((p) => p.numbering).filter((n) => n !== undefined);
    expect(labels.slice(0, 6)).toEqual(["I.", "II.", "1.", "1.1.", "(1)", "(2)"]);
    expect(content.paragraphs.some((p) => /^\d{1,4}$/.test(p.text))).toBe(false);
  });
});

/** Seed 004 (a resolution): blank lines fall inside paragraphs, not between them. */
(available || inCI ? describe : describe.skip)("seed 004 as text", () => {
  it("keeps each numbered target in one paragraph across stray blank lines", async () => {
    const content = await readDocument(
      new Uint8Array(fs.readFileSync(resolution)),
      path.basename(resolution),
    );
    const item = (label: string) => content.paragraphs.find((p) => p.numbering === label)?.text ?? "";
    expect(item("(1)")).toMatch(
      /^Tốc độ tăng tổng thu ngân sách nhà nước trên địa bàn bình quân hằng năm \(5%\)\./,
    );
    expect(item("(2)")).toMatch(/thịt hơi xuất chuồng đạt: 5\.928 tấn\.$/);
    expect(item("(6)")).toBe(
      "Tỷ lệ trường học đạt chuẩn quốc gia: Phấn đấu đạt 05/07 trường (đạt tỉ lệ 71,4 %).",
    );
  });
});
