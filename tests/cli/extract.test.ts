/** `chitieu extract`, run as users run it, on the seed texts copied as fixtures. */
import * as fs from "fs";
import * as path from "path";
import { Paragraph } from "docx";
import { buildDocx } from "../adapters/documents/support/build-docx";
import { ensureBuilt, lines, ROOT, runCli, tempDir } from "./helpers";

const FIXTURES = path.join(ROOT, "tests", "fixtures", "resolutions");
const seed = (id: string) => {
  const name = fs.readdirSync(FIXTURES).find((n) => n.startsWith(`${id}_`) && n.endsWith(".txt"));
  if (!name) throw new Error(`no fixture for seed ${id}`);
  return path.join(FIXTURES, name);
};

interface ExtractJson {
  targets: Array<{
    group: string;
    code: string;
    item: number;
    part: number;
    text: string;
    name: string;
    unit: string;
    timeframe: string;
    polarity: string;
    polarityReason: string;
    target: { text: string; kind: string; value: number | null; numerator?: number };
    lead: string | null;
    partners: string[];
  }>;
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
});

describe("chitieu extract", () => {
  it("prints the targets as JSON", () => {
    const run = runCli(["extract", seed("004"), "--format", "json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ExtractJson;
    expect(new Set(json.targets.map((t) => t.item)).size).toBe(24);
    const poor = json.targets.find((t) => t.code === "7");
    expect(poor).toMatchObject({
      group: "Các chỉ tiêu về xã hội, môi trường (14 chỉ tiêu)",
      unit: "%",
      timeframe: "Đến năm 2030",
      polarity: "lower",
      target: { kind: "atMost", value: 12 },
      lead: null,
      partners: [],
    });
    expect(poor?.polarityReason).toContain("dưới");
    const schools = json.targets.find((t) => t.code === "6");
    expect(schools?.target).toMatchObject({ kind: "fraction", value: 7, numerator: 5 });
  });

  it("fills lead and partners from an action programme", () => {
    const json = JSON.parse(runCli(["extract", seed("002"), "--format", "json"]).stdout) as ExtractJson;
    expect(json.targets.every((t) => t.lead !== null)).toBe(true);
    expect(json.targets[0]).toMatchObject({ lead: "Ban Xây dựng Đảng" });
    expect(json.targets[0].partners).toContain("Văn phòng Đảng ủy");
  });

  it("prints a text list, in English on request", () => {
    const vi = lines(runCli(["extract", seed("000")]).stdout);
    expect(vi[0]).toMatch(/: \d+ chỉ tiêu trong 30 mục$/);
    expect(vi).toContain("— Phát triển kinh tế");
    const en = lines(runCli(["extract", seed("000"), "--lang", "en"]).stdout);
    expect(en[0]).toMatch(/: \d+ targets in 30 items$/);
  });

  it.each(["000", "001", "002", "004"])(
    "writes a target table for seed %s that checks with no error",
    (id) => {
      const out = path.join(dir, `bieu-${id}.xlsx`);
      const written = runCli(["extract", seed(id), "--out", out]);
      expect(written.code).toBe(0);
      expect(fs.existsSync(out)).toBe(true);
      const check = runCli(["check", out, "--format", "json"]);
      expect(check.code).toBe(0);
      const report = JSON.parse(check.stdout) as {
        files: Array<{
          sheets: Array<{
            table: unknown;
            indicators: Array<{ code: string }>;
            findings: Array<{ severity: string }>;
          }>;
        }>;
      };
      const [sheet] = report.files[0].sheets;
      expect(sheet.table).not.toBeNull();
      expect(sheet.findings.filter((f) => f.severity === "error")).toEqual([]);
      const items = JSON.parse(runCli(["extract", seed(id), "--format", "json"]).stdout) as ExtractJson;
      expect(sheet.indicators).toHaveLength(items.targets.length);
    },
  );

  it("reads a .docx whose items are numbered by Word", async () => {
    const items = (text: string) => new Paragraph({ text, numbering: { reference: "items", level: 0 } });
    const docx = await buildDocx([
      new Paragraph("2.2. Các chỉ tiêu chủ yếu"),
      new Paragraph("Phát triển kinh tế"),
      items("Tổng sản lượng lương thực có hạt đạt 3.000 tấn/năm."),
      items("Tỷ lệ hộ nghèo đến năm 2030 dưới 5%; tỷ lệ lao động qua đào tạo đạt ít nhất 60%."),
      new Paragraph("2.3. Nhiệm vụ trọng tâm"),
      items("Tăng cường xây dựng Đảng."),
    ]);
    const file = path.join(dir, "nghi-quyet.docx");
    fs.writeFileSync(file, docx);
    const run = runCli(["extract", file, "--format", "json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ExtractJson;
    expect(json.targets.map((t) => [t.code, t.part, t.target.kind, t.target.value])).toEqual([
      ["1", 0, "atLeast", 3000],
      ["2", 0, "atMost", 5],
      ["2", 1, "atLeast", 60],
    ]);
    expect(json.targets[1]).toMatchObject({ timeframe: "Đến năm 2030", polarity: "lower" });
  });

  it("reads a PDF, and says so in one line when it has no text layer", () => {
    const pdfs = path.join(ROOT, "tests", "adapters", "documents", "fixtures");
    const report = runCli(["extract", path.join(pdfs, "report.pdf")]);
    expect(report.code).toBe(0);
    expect(lines(report.stdout)).toEqual([
      `${path.join(pdfs, "report.pdf")}: không tìm thấy danh mục chỉ tiêu đánh số`,
    ]);
    const scanned = runCli(["extract", path.join(pdfs, "scanned.pdf")]);
    expect(scanned.code).toBe(2);
    expect(lines(scanned.stderr)).toEqual([
      `chitieu: ${path.join(pdfs, "scanned.pdf")} là PDF chỉ có hình ảnh (2 trang, không có lớp chữ): hãy dùng bản PDF xuất từ Word hoặc tệp .docx`,
    ]);
  });

  it("refuses a missing file and a file it cannot read, in one line, exit 2", () => {
    const missing = runCli(["extract", path.join(dir, "khong-co.docx")]);
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual([
      `chitieu: Không tìm thấy tệp: ${path.join(dir, "khong-co.docx")}`,
    ]);
    const sheet = path.join(dir, "bang.xlsx");
    fs.copyFileSync(path.join(ROOT, "examples", "bao-cao-mau.xlsx"), sheet);
    const wrong = runCli(["extract", sheet]);
    expect(wrong.code).toBe(2);
    expect(lines(wrong.stderr)).toHaveLength(1);
    expect(wrong.stderr).toContain("không phải văn bản đọc được (cần .docx, .pdf hoặc .txt)");
  });
});
