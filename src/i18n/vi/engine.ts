/** Vietnamese words of the engine's messages (findings, reasons, readings, summaries). */
import type { EngineCatalog } from "../catalog";

export const engineVi: EngineCatalog = {
  "sheet/no-table": () => "Không tìm thấy bảng chỉ tiêu trên trang này",
};
