/** English words of the front ends and the sheets they write. */
import type { UiCatalog } from "../catalog";

export const uiEn: UiCatalog = {
  "severity/error": () => "Error",
  "severity/warning": () => "Warning",
  "severity/info": () => "Info",
};
