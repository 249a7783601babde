/** English words of the engine's messages (findings, reasons, readings, summaries). */
import type { EngineCatalog } from "../catalog";

export const engineEn: EngineCatalog = {
  "sheet/no-table": () => "No target table was found on this sheet",
};
