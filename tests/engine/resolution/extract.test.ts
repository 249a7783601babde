/** Reading a resolution's target list: the list, its groups and items, each target's parts. */
import { extractTargets, type ResolutionParagraph } from "../../../src/engine/resolution";

/** Paragraphs as the document reader gives them: "(n)" and heading labels split off the text. */
function paragraphs(lines: string[]): ResolutionParagraph[] {
  return lines.map((line, i) => {
    const m = /^(\(\d+\)|[IVX]+\.|\d+(?:\.\d+)*\.?|[a-z]\)|-)\s+(.*)$/.exec(line);
    return m ? { index: i + 1, numbering: m[1], text: m[2] } : { index: i + 1, text: line };
  });
}

const RESOLUTION = [
  "1. Đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2020-2025",
  "(1) Thu nhập bình quân đầu người 276/225 triệu đồng đạt 122,7%, vượt Nghị quyết.",
  "2.2. Chỉ tiêu cụ thể",
  "Phát triển kinh tế",
  "(1) Phấn đấu tốc độ tăng tổng giá trị sản phẩm trên địa bàn xã đạt từ 11%/năm trở lên.",
  "(2) Hằng năm, duy trì tổng đàn đại gia súc đạt 150 con; tổng đàn lợn đạt 5.000 con; đàn gia cầm đạt 80.000 con trở lên.",
  "(3) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030 dưới 7%.",
  "Văn hóa - xã hội",
  "(4) Duy trì 17/19 tiêu chí nông thôn mới.",
  "(5) Tỷ lệ hộ tái nghèo không quá 2%; có ít nhất 03 sản phẩm OCOP trong nhiệm kỳ; tỷ lệ lao động qua đào tạo tối thiểu 10%.",
  "(6) Phấn đấu đến năm 2030, xã đạt chuẩn nông thôn mới nâng cao.",
  "(7) Nhiệm kỳ trước: thu nhập bình quân 41/35 triệu đồng, đạt 117%; tỷ lệ che phủ rừng 25%/10%.",
  "2.3. Nhiệm vụ trọng tâm",
  "(1) Tăng cường xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.",
];

describe("extractTargets", () => {
  const targets = extractTargets(paragraphs(RESOLUTION));
  const byCode = (code: string) => targets.filter((t) => t.code === code);

  it("reads the list under its heading only: no past results, no tasks after it", () => {
    expect(targets.map((t) => t.code)).toEqual(["1", "2", "2", "2", "3", "4", "5", "5", "5", "6"]);
    expect(targets.some((t) => t.text.includes("276/225"))).toBe(false);
    // Results quoted inside the list ("41/35 … đạt 117%", "25%/10%") are no targets either.
    expect(byCode("7")).toEqual([]);
  });

  it("keeps each target's group and its place among the item's targets", () => {
    expect(byCode("1")[0].group).toBe("Phát triển kinh tế");
    expect(byCode("4")[0].group).toBe("Văn hóa - xã hội");
    expect(byCode("2").map((t) => [t.item, t.part])).toEqual([
      [2, 0],
      [2, 1],
      [2, 2],
    ]);
  });

  it("reads comparators written in words", () => {
    const [growth] = byCode("1");
    expect(growth.target).toMatchObject({ kind: "atLeast", value: 11 });
    expect(growth.unit).toBe("%");
    expect(growth.timeframe).toBe("Bình quân/năm");
    const [ceiling, ocop, trained] = byCode("5");
    expect(ceiling.target).toMatchObject({ kind: "atMost", value: 2 });
    expect(ocop.target).toMatchObject({ kind: "atLeast", value: 3 });
    expect(ocop.unit).toBe("sản phẩm");
    expect(ocop.timeframe).toBe("Trong nhiệm kỳ");
    expect(trained.target).toMatchObject({ kind: "atLeast", value: 10 });
  });

  it("reads several targets in one item, names and units apart, the opening time frame for all", () => {
    const herd = byCode("2");
    expect(herd.map((t) => t.name)).toEqual(["Duy trì tổng đàn đại gia súc", "Tổng đàn lợn", "Đàn gia cầm"]);
    expect(herd.map((t) => t.target.value)).toEqual([150, 5000, 80000]);
    expect(herd.map((t) => t.unit)).toEqual(["con", "con", "con"]);
    expect(herd.map((t) => t.timeframe)).toEqual(["Hằng năm", "Hằng năm", "Hằng năm"]);
  });

  it("gives lower polarity to an at-most target, with the cue as reason", () => {
    const [poor] = byCode("3");
    expect(poor.target).toMatchObject({ kind: "atMost", value: 7, strict: true });
    expect(poor.timeframe).toBe("Đến năm 2030");
    expect(poor.polarity.polarity).toBe("lower");
    expect(poor.polarity.reason).toEqual({ id: "polarity/target-at-most", data: { cue: "dưới" } });
    expect(byCode("1")[0].polarity.polarity).toBe("higher");
  });

  it("reads fractions and qualitative targets", () => {
    expect(byCode("4")[0].target).toMatchObject({ kind: "fraction", value: 19, numerator: 17 });
    expect(byCode("4")[0].unit).toBe("tiêu chí");
    const [standard] = byCode("6");
    expect(standard.target.kind).toBe("qualitative");
    expect(standard.timeframe).toBe("Đến năm 2030");
  });

  it("keeps a figure that qualifies the clause's subject inside its target", () => {
    const [schools] = extractTargets(
      paragraphs([
        "2. Các chỉ tiêu chủ yếu",
        "(1) Đến năm 2030, 100% các trường Mầm non, Tiểu học, THCS được trang bị ít nhất 01 phòng học thông minh.",
      ]),
    ).map((t) => [t.target.kind, t.target.value, t.unit, t.timeframe]);
    expect(schools).toEqual(["atLeast", 100, "%", "Đến năm 2030"]);
  });

  it("finds no target in a document without a target list", () => {
    expect(extractTargets(paragraphs(["Báo cáo", "(1) Đạt 95% kế hoạch."]))).toEqual([]);
  });
});

describe("an action programme's assignments", () => {
  const programme = [
    "V. Thực hiện các chỉ tiêu chủ yếu của nhiệm kỳ",
    "1. Về kinh tế",
    "Giao cho Phòng Kinh tế chủ trì, phối hợp với Phòng Văn hóa - Xã hội, Công an xã và các cơ quan, đơn vị có liên quan tham mưu tổ chức thực hiện các chỉ tiêu sau:",
    "(1) Hằng năm tỷ lệ giải ngân vốn đầu tư công cấp xã đạt 100%.",
    "2. Về quốc phòng, an ninh",
    "2.1. Giao cho Ban Chỉ huy Quân sự xã chủ trì, phối hợp với các ngành tham mưu thực hiện chỉ tiêu sau: Hằng năm, hoàn thành 100% chỉ tiêu tuyển chọn, gọi công dân nhập ngũ.",
    "C. TỔ CHỨC THỰC HIỆN",
    "(1) Ban Thường vụ chỉ đạo 100% chi bộ quán triệt.",
  ];
  const targets = extractTargets(paragraphs(programme));

  it("gives each target its lead and partners", () => {
    expect(targets).toHaveLength(2);
    expect(targets[0]).toMatchObject({
      code: "1",
      group: "Về kinh tế",
      lead: "Phòng Kinh tế",
      partners: ["Phòng Văn hóa - Xã hội", "Công an xã", "các cơ quan, đơn vị có liên quan"],
    });
    expect(targets[1]).toMatchObject({ code: "", lead: "Ban Chỉ huy Quân sự xã", partners: ["các ngành"] });
    expect(targets[1].target).toMatchObject({ kind: "atLeast", value: 100 });
  });

  it("counts a restated list once: the assigned one", () => {
    const both = extractTargets(
      paragraphs([
        "2. Các chỉ tiêu chủ yếu",
        "(1) Tỷ lệ giải ngân vốn đầu tư công đạt 100%.",
        "3. Các khâu đột phá",
        ...programme,
      ]),
    );
    expect(both.map((t) => t.lead)).toEqual(["Phòng Kinh tế", "Ban Chỉ huy Quân sự xã"]);
  });
});
