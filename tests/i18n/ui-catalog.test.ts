import { catalogIds, t } from "../../src/i18n";
import { uiEn } from "../../src/i18n/en/ui";
import { uiVi } from "../../src/i18n/vi/ui";

const uiIds = (catalog: object) => Object.keys(catalog).sort();

describe("the front ends' words", () => {
  it("has the same ids in Vietnamese and English", () => {
    expect(uiIds(uiVi)).toEqual(uiIds(uiEn));
    expect(catalogIds("vi").sort()).toEqual(catalogIds("en").sort());
    for (const id of uiIds(uiVi)) expect(catalogIds("vi")).toContain(id);
  });

  it("has words for every id in both languages, and English differs from Vietnamese", () => {
    const sameInBoth: string[] = [];
    for (const id of uiIds(uiVi)) {
      // Data-free words only: templates are exercised below with real data.
      if (uiVi[id as keyof typeof uiVi].length > 0) continue;
      const vi = t("vi", id as "severity/info");
      const en = t("en", id as "severity/info");
      expect(`${id}: ${vi.trim()}`).not.toMatch(/: $/);
      expect(`${id}: ${en.trim()}`).not.toMatch(/: $/);
      if (vi === en) sameInBoth.push(id);
    }
    // Language names are written in their own language in both.
    expect(sameInBoth.sort()).toEqual(["language/en", "language/vi"]);
  });

  it("uses one word per concept: info, the table's own labels", () => {
    expect(t("vi", "severity/info")).toBe("Thông tin");
    expect(t("vi", "count/reported")).toBe("Bảng ghi");
    expect(t("en", "count/reported")).toBe("Reported");
  });

  it("writes counts with each language's thousands separator", () => {
    const counts = { errors: 12904, warnings: 3, infos: 0 };
    expect(t("vi", "findings/count", counts)).toBe("Phát hiện: 12.904 lỗi, 3 cảnh báo, 0 thông tin.");
    expect(t("en", "findings/count", counts)).toBe("Findings: 12,904 errors, 3 warnings, 0 info.");
    expect(t("vi", "pane/check-done", { tables: 2, findings: 1500 })).toBe(
      "Đã kiểm tra xong: 2 bảng, 1.500 phát hiện.",
    );
    expect(t("en", "pane/show-more", { remaining: 2500 })).toBe("Show more (2,500 left)");
    expect(t("vi", "pane/group-cell", { computed: 1200, reported: 1200 })).toBe("1.200");
    expect(t("vi", "pane/group-cell", { computed: 3, reported: 4 })).toBe("3 (bảng ghi 4)");
  });

  it("fills in places and names", () => {
    expect(t("vi", "place/row", { row: 12 })).toBe("Dòng 12");
    expect(t("en", "cli/sheet-table", { sheet: "Biểu 01", index: 2, where: "…" })).toBe(
      "Sheet “Biểu 01”, table 2: …",
    );
    expect(
      t("vi", "table/where", { headerRows: [4, 5], firstRow: 6, lastRow: 40, columns: "Tên chỉ tiêu B" }),
    ).toBe("dòng tiêu đề 4–5; dữ liệu dòng 6–40; cột: Tên chỉ tiêu B");
    expect(t("vi", "ribbon/no-table", { sheet: "Ghi chép" })).toBe(
      'Không tìm thấy bảng chỉ tiêu trên trang "Ghi chép". Có thể chỉ định cột trong Bảng điều khiển.',
    );
  });
});
