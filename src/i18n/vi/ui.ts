/** Vietnamese words of the front ends and the sheets they write. */
import type { UiCatalog } from "../catalog";

export const uiVi: UiCatalog = {
  "severity/error": () => "Lỗi",
  "severity/warning": () => "Cảnh báo",
  "severity/info": () => "Thông tin",
};
