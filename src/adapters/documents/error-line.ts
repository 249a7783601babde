/**
 * The one line for a report the document reader refused, worded once for every front end: the
 * command line prints it, the pane and the page show it in "Đối chiếu với báo cáo".
 */
import type { DocumentReadError } from "./types";
import type { Lang } from "../../engine/types";
import { t } from "../../i18n";

export function documentErrorLine(err: DocumentReadError, file: string, lang: Lang): string {
  switch (err.code) {
    case "encrypted":
      return t(lang, "cli/document-encrypted", { file });
    case "legacy-doc":
      return t(lang, "cli/document-legacy-doc", { file });
    case "corrupt":
      return t(lang, "cli/document-corrupt", { file });
    case "too-large":
    case "too-many-entries":
    case "too-deep":
      return t(lang, "cli/document-too-large", { file });
    case "no-text-layer": {
      const { pages } = (err as DocumentReadError<"no-text-layer">).data;
      return t(lang, "cli/document-no-text-layer", { file, pages });
    }
    case "empty":
      return t(lang, "cli/document-empty", { file });
    case "not-utf8": {
      const { offset } = (err as DocumentReadError<"not-utf8">).data;
      return t(lang, "cli/document-not-utf8", { file, offset });
    }
    case "unsupported": {
      const { format } = (err as DocumentReadError<"unsupported">).data;
      return t(lang, "cli/document-unsupported", { file, format });
    }
  }
}
