/** @jest-environment node */
import ExcelJS from "exceljs";
import { inPagePort } from "../../src/standalone/in-page-port";
import { BrowserWorkbookService } from "../../src/standalone/service";
import { SettingsStore } from "../../src/standalone/settings-store";

/** The page-side fallback (no worker, e.g. file://) answers the service like the worker does. */
describe("inPagePort", () => {
  it("opens and checks a workbook without a worker, and refuses a protected one", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu 01");
    ws.addRow(["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"]);
    ws.addRow([1, "Diện tích cây ăn quả", "ha", 700, 650, 92.9, "Không đạt"]);
    ws.addRow([2, "Thu nhập bình quân đầu người", "Triệu đồng", 60, 66, 110, "Đạt"]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer).slice().buffer;
    const common = { fileName: "a.xlsx", settings: new SettingsStore(null), saveFile: () => undefined };

    const service = await BrowserWorkbookService.open({ ...common, port: inPagePort(), bytes });
    expect(await service.activeSheet()).toBe("Biểu 01");
    const report = await service.check("Biểu 01", {});
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].findings.some((f) => f.row === 3)).toBe(true);

    const protectedFile = new Uint8Array(600);
    protectedFile.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    protectedFile.set(
      Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]),
      520,
    );
    await expect(
      BrowserWorkbookService.open({ ...common, port: inPagePort(), bytes: protectedFile.buffer }),
    ).rejects.toMatchObject({ code: "encrypted" });
  });
});
